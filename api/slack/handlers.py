"""What the bot does with Slack events and slash commands.

Listeners acknowledge at once and answer in a background task: a mention or a direct
message is answered in its thread (one conversation per thread), a slash command through
its ``response_url``. An answer is posted short with a "How this was computed" button;
the responder keeps the last `KEPT_ANSWERS` answers so that the button's action
(`Responder.on_provenance`) can post one's full provenance in its thread. Each user
message is answered once (see `api.slack.dedupe`); the bot never answers bots (itself
included), edits, deletions or other message subtypes.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from slack_sdk.web.async_client import AsyncWebClient

from api.slack.chart import chart_title, render_png
from api.slack.checks import render_report
from api.slack.dedupe import Deduper
from api.slack.delivery import post_response, post_thread, upload_chart
from api.slack.identity import BotIdentity
from api.slack.messages import SlackMessage, render_answer, render_provenance, render_text
from api.slack.mrkdwn import escape, to_mrkdwn, to_plain
from api.slack.settings import SlackSettings
from bot.check import CheckReport
from bot.records import Answer

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong while answering that. Please try again in a moment."
USAGE = (
    "Ask me about trade flows, e.g. *How much did exports to Singapore grow in "
    "January 2026?* I answer with figures computed from the ingested tables and quotes "
    "from the ingested articles."
)
FORGOTTEN = (
    "I no longer have that answer (the bot keeps only its recent answers, and forgets them "
    "when it restarts). Ask the question again to see how it was computed."
)
KEPT_ANSWERS = 500
# Errors about the question itself (too long, nothing to answer from) carry messages for
# people; failures of the store or anything else get the plain apology.
_QUESTION_ERROR_PACKAGES = frozenset({"api", "bot"})


class Checker(Protocol):
    """What the "Check figures" shortcut needs (`bot.check.Checker`)."""

    def check(
        self, text: str, *, date: str | None = None, title: str | None = None
    ) -> CheckReport: ...


class Asker(Protocol):
    """What the Slack integration needs of the chat service (`api.chat.ChatService`)."""

    def ask(self, message: str, conversation_id: str | None = None) -> tuple[Answer, str]: ...


@dataclass(frozen=True)
class Reply:
    """Where an answer goes: a thread of a channel, or a slash command's response_url."""

    conversation_id: str
    channel: str
    thread_ts: str | None = None
    response_url: str | None = None


def conversation_id(channel: str, thread_ts: str) -> str:
    """The conversation of a Slack thread: follow-ups in the thread share its context."""
    return f"slack:{channel}:{thread_ts}"


class Responder:
    """Bolt listeners that acknowledge, then answer in background tasks."""

    def __init__(
        self,
        settings: SlackSettings,
        client: AsyncWebClient,
        get_chat: Callable[[], Asker],
        *,
        deduper: Deduper | None = None,
        get_checker: Callable[[], Checker] | None = None,
    ) -> None:
        self.settings = settings
        self.client = client
        self.identity = BotIdentity(client)
        self.get_chat = get_chat
        self.get_checker = get_checker
        self.deduper = deduper or Deduper()
        self.tasks: set[asyncio.Task[None]] = set()
        self.answers: OrderedDict[str, Answer] = OrderedDict()

    def remember(self, answer: Answer) -> str:
        """Keep an answer for its "How this was computed" button; the key the button sends."""
        key = secrets.token_urlsafe(12)
        self.answers[key] = answer
        while len(self.answers) > KEPT_ANSWERS:
            self.answers.popitem(last=False)
        return key

    # -- listeners (bolt injects arguments by name) --------------------------------

    async def on_event(self, body: dict[str, Any], event: dict[str, Any], context: Any) -> None:
        """Listener for ``app_mention`` and ``message`` events (acknowledged by bolt)."""
        bot_user_id = getattr(context, "bot_user_id", None)
        if bot_user_id is None and should_answer(event, None):
            # acknowledged already; auth.test may still be under way: wait for it (bounded)
            bot_user_id = await self.identity.user_id_within()
        if not should_answer(event, bot_user_id):
            return
        channel, ts = str(event["channel"]), str(event["ts"])
        event_id = body.get("event_id")
        keys = [f"post:{channel}:{ts}"] + ([f"event:{event_id}"] if event_id else [])
        if not self.deduper.first_time(*keys):
            logger.info("Slack delivered %s %s again; already answered", channel, ts)
            return
        thread_ts = str(event.get("thread_ts") or ts)
        question = to_plain(str(event.get("text") or ""), bot_user_id=bot_user_id)
        reply = Reply(conversation_id(channel, thread_ts), channel, thread_ts=thread_ts)
        self.spawn(self.answer(question, reply))

    async def on_command(
        self, ack: Callable[..., Awaitable[Any]], command: dict[str, Any], request: Any
    ) -> None:
        """Listener for the slash command: an ephemeral acknowledgement, then the answer.
        A command delivered again (a replayed body, a retry) is acknowledged silently."""
        if not self.deduper.first_time(command_key(command, request)):
            logger.info("Slack delivered a slash command again; already answered")
            await ack()
            return
        question = to_plain(str(command.get("text") or ""))
        if not question:
            await ack(response_type="ephemeral", text=to_mrkdwn(USAGE))
            return
        await ack(response_type="ephemeral", text=f"Looking into: _{escape(question)}_ …")
        channel = str(command.get("channel_id") or "")
        reply = Reply(
            f"slack:{channel}:{command.get('user_id') or 'command'}",
            channel,
            response_url=str(command.get("response_url") or ""),
        )
        self.spawn(self.answer(question, reply))

    async def on_provenance(
        self, ack: Callable[..., Awaitable[Any]], body: dict[str, Any], action: dict[str, Any]
    ) -> None:
        """Listener for the "How this was computed" button: acknowledge, then post the
        answer's full provenance in the thread of the message that carries the button."""
        await ack()
        answer = self.answers.get(str(action.get("value") or ""))
        messages = render_provenance(answer) if answer else render_text(FORGOTTEN)
        channel = str((body.get("channel") or {}).get("id") or "")
        message = body.get("message") or {}
        thread_ts = str(message.get("thread_ts") or message.get("ts") or "")
        response_url = str(body.get("response_url") or "")
        if channel and thread_ts:
            reply = Reply("", channel, thread_ts=thread_ts)
        else:  # an ephemeral message (a slash command's answer) has no thread
            reply = Reply("", channel, response_url=response_url)
        self.spawn(self.post_provenance(reply, messages))

    async def on_check_figures(
        self, ack: Callable[..., Awaitable[Any]], body: dict[str, Any]
    ) -> None:
        """Listener for the "Check figures" message shortcut (a ``message_action``):
        acknowledge, then post the message's figures, checked, in its thread."""
        await ack()
        message = body.get("message") or {}
        channel = str((body.get("channel") or {}).get("id") or "")
        thread_ts = str(message.get("thread_ts") or message.get("ts") or "")
        text = to_plain(str(message.get("text") or ""))
        if channel and thread_ts:
            reply = Reply("", channel, thread_ts=thread_ts)
        else:
            reply = Reply("", channel, response_url=str(body.get("response_url") or ""))
        self.spawn(self.check_figures(text, reply))

    async def check_figures(self, text: str, reply: Reply) -> None:
        """Check a message's figures off the event loop and post the report."""
        try:
            if self.get_checker is None:
                raise RuntimeError("the Check figures shortcut is not set up")
            report = await asyncio.to_thread(self.get_checker().check, text)
            messages = render_report(report)
        except Exception as error:  # last resort: the user gets an apology, the log the cause
            logger.exception("Checking a Slack message's figures failed")
            await self.send(reply, render_text(apology(error, "check")))
            return
        if not await self.send(reply, messages, response_type="ephemeral"):
            logger.error("the figures checked did not reach Slack")

    async def post_provenance(self, reply: Reply, messages: list[SlackMessage]) -> None:
        if not await self.send(reply, messages, response_type="ephemeral"):
            logger.error("the provenance of an answer did not reach Slack")

    # -- background work ---------------------------------------------------------

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run work in the background, keeping a reference until it finishes."""
        task = asyncio.get_running_loop().create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def drain(self, timeout_s: float = 30.0) -> None:
        """Wait (bounded) for answers still being written, e.g. at shutdown."""
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=timeout_s)

    async def answer(self, question: str, reply: Reply) -> None:
        """Compute the answer off the event loop and post it; failures become an apology."""
        if not question:
            await self.send(reply, render_text(USAGE))
            return
        try:
            chat = self.get_chat()
            answer, _ = await asyncio.to_thread(chat.ask, question, reply.conversation_id)
            messages = render_answer(answer, self.remember(answer))
        except Exception as error:  # last resort: the user gets an apology, the log the cause
            logger.exception("Answering a Slack question failed")
            await self.send(reply, render_text(apology(error)))
            return
        delivered = await self.send(reply, messages)
        if delivered and answer.chart and reply.thread_ts:
            await self.send_chart(answer.chart, reply)

    async def send(
        self, reply: Reply, messages: list[SlackMessage], *, response_type: str | None = None
    ) -> bool:
        """Post messages where the reply goes; True when all of them arrived."""
        if reply.response_url:
            delivery = await post_response(
                reply.response_url,
                messages,
                self.settings,
                response_type=response_type or self.settings.slack_command_response,
            )
        else:
            thread_ts = reply.thread_ts or ""
            delivery = await post_thread(self.client, reply.channel, thread_ts, messages)
        return delivery.complete

    async def send_chart(self, spec: Mapping[str, Any], reply: Reply) -> None:
        try:
            png = await asyncio.to_thread(render_png, spec)
        except Exception:  # a chart that cannot be drawn must not hide the answer
            logger.exception("Drawing the chart for Slack failed")
            return
        if png is not None:
            await upload_chart(
                self.client, reply.channel, reply.thread_ts or "", png, chart_title(spec)
            )


def command_key(command: Mapping[str, Any], request: Any) -> str:
    """What identifies one slash command: its ``trigger_id``, else its signature and timestamp
    (a replayed body carries both unchanged)."""
    trigger = command.get("trigger_id")
    if isinstance(trigger, str) and trigger:
        return f"command:{trigger}"
    headers = getattr(request, "headers", {}) or {}
    signed = [
        _first(headers.get(name)) for name in ("x-slack-signature", "x-slack-request-timestamp")
    ]
    return "command:" + ":".join(signed)


def _first(value: Any) -> str:
    if isinstance(value, list | tuple):
        return str(value[0]) if value else ""
    return str(value or "")


def should_answer(event: Mapping[str, Any], bot_user_id: str | None) -> bool:
    """True for a person's new message to the bot: a mention, or a direct message."""
    if event.get("bot_id") or event.get("subtype") or event.get("bot_profile"):
        return False
    if not event.get("user") or (bot_user_id and event.get("user") == bot_user_id):
        return False
    if not all(isinstance(event.get(name), str) and event[name] for name in ("channel", "ts")):
        return False
    if not isinstance(event.get("user"), str):
        return False
    if event.get("type") == "app_mention":
        return True
    return event.get("type") == "message" and event.get("channel_type") == "im"


def apology(error: BaseException, verb: str = "answer") -> str:
    """A short apology; errors about the question carry messages for users, so show those."""
    package = type(error).__module__.split(".")[0]
    if package in _QUESTION_ERROR_PACKAGES and str(error):
        return f"Sorry, I could not {verb} that: {error}"
    return APOLOGY
