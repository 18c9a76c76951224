"""The Slack integration: Events API, the /tradebot slash command, an incoming webhook.

`mount(app, settings)` adds ``POST /slack/events`` and ``POST /slack/commands`` to the
FastAPI app; answers come from ``app.state.chat``. `post_to_webhook` sends one answer to
an incoming webhook (``tradebot post``).
"""

from api.slack.errors import SlackConfigError, SlackDeliveryError, SlackError
from api.slack.messages import SlackMessage, render_answer
from api.slack.mrkdwn import escape, to_mrkdwn, to_plain
from api.slack.routes import COMMANDS_PATH, EVENTS_PATH, mount
from api.slack.settings import SlackSettings
from api.slack.webhook import post_to_webhook

__all__ = [
    "COMMANDS_PATH",
    "EVENTS_PATH",
    "SlackConfigError",
    "SlackDeliveryError",
    "SlackError",
    "SlackMessage",
    "SlackSettings",
    "escape",
    "mount",
    "post_to_webhook",
    "render_answer",
    "to_mrkdwn",
    "to_plain",
]
