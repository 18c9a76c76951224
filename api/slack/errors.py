"""Errors of the Slack integration, written for the person running the bot."""


class SlackError(Exception):
    """Base error of the `api.slack` package."""


class SlackConfigError(SlackError):
    """The Slack settings cannot work (e.g. no signing secret); raised at startup."""


class SlackDeliveryError(SlackError):
    """Slack refused or never received a message we tried to post."""
