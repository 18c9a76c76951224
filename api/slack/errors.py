"""Errors of the Slack integration, written for the person running the bot."""


class SlackError(Exception):
    """Base error of the `api.slack` package."""


class SlackConfigError(SlackError):
    """The Slack settings cannot work (e.g. no signing secret); raised at startup."""


class SlackDeliveryError(SlackError):
    """Slack refused or never received a message we tried to post."""


class RefusalError(SlackError):
    """A request to the /slack routes refused before bolt sees it (``status``: HTTP code)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
