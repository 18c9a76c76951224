"""Who the bot is in Slack (``auth.test``), learned at startup in the background.

Bolt's default single-workspace authorisation calls ``auth.test`` on the first request
and makes that request wait for it: when Slack is slow the first event's acknowledgement
waits as long, and when Slack is unreachable it becomes a 500 with an empty body, after
which Slack retries. Instead, `BotIdentity.start` (in the app's lifespan) calls
``auth.test`` in a background task, retrying with growing pauses (`RETRY_PAUSES_S`, the
last one repeated) until Slack answers, and the identity, as bolt's ``authorize``,
answers every request at once from what is known so far: the bot token
always, the bot's user and bot ids once ``auth.test`` has answered. A refused token
(``invalid_auth`` and the like) is logged as an error and not retried.

Listeners that need the bot's user id (to take its mention out of a question) run after
the acknowledgement and may wait for it, boundedly, with `BotIdentity.user_id`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

logger = logging.getLogger(__name__)

RETRY_PAUSES_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
WAIT_FOR_IDENTITY_S = 10.0  # how long a listener waits for auth.test before going on
_FINAL_ERRORS = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}
)


class BotIdentity(AsyncAuthorize):  # type: ignore[misc]
    """The bot's token and, once ``auth.test`` answered, its user, bot and team ids; called
    by bolt (an `AsyncAuthorize`) to authorise each request."""

    def __init__(self, client: AsyncWebClient, pauses_s: tuple[float, ...] = RETRY_PAUSES_S):
        super().__init__()
        self.client = client
        self.pauses_s = pauses_s
        self.user_id: str | None = None
        self.bot_id: str | None = None
        self.team_id: str | None = None
        self.attempts = 0
        self._known: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def known(self) -> bool:
        return self.user_id is not None

    def start(self) -> None:
        """Begin learning the identity in the background (call inside the event loop)."""
        if self._task is None:
            self._known = asyncio.Event()
            self._task = asyncio.create_task(self._learn(), name="slack-auth-test")

    async def stop(self) -> None:
        """Stop retrying (at shutdown)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _learn(self) -> None:
        while True:
            self.attempts += 1
            try:
                result = await self.client.auth_test()
            except SlackApiError as error:
                code = str(error.response.get("error", "")) if error.response else ""
                if code in _FINAL_ERRORS:
                    logger.error("Slack refused the bot token (auth.test: %s)", code)
                    return
                logger.warning("Slack auth.test failed (%s); retrying", code or error)
            except Exception as error:  # unreachable, slow, a proxy's error page: retry
                logger.warning("Slack auth.test failed (%s); retrying", type(error).__name__)
            else:
                self._remember(result.data if isinstance(result.data, dict) else {})
                return
            pause = self.pauses_s[min(self.attempts - 1, len(self.pauses_s) - 1)]
            await asyncio.sleep(pause)

    def _remember(self, data: dict[str, Any]) -> None:
        self.user_id = str(data.get("user_id") or "") or None
        self.bot_id = str(data.get("bot_id") or "") or None
        self.team_id = str(data.get("team_id") or "") or None
        logger.info("Slack: authorised as %s (bot %s)", self.user_id, self.bot_id)
        if self._known is not None:
            self._known.set()

    async def user_id_within(self, timeout_s: float = WAIT_FOR_IDENTITY_S) -> str | None:
        """The bot's user id, waiting at most ``timeout_s`` for ``auth.test`` to answer."""
        if self.user_id is None and self._known is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._known.wait(), timeout_s)
        return self.user_id

    async def __call__(
        self,
        *,
        context: Any,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        **actor: str | None,
    ) -> AuthorizeResult:
        """Bolt's authorisation of one request: answered at once, never waiting for Slack."""
        return AuthorizeResult(
            enterprise_id=enterprise_id,
            team_id=team_id or self.team_id,
            bot_token=self.client.token,
            bot_id=self.bot_id,
            bot_user_id=self.user_id,
            user_id=user_id,
        )
