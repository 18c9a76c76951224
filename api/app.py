"""The FastAPI application factory: `create_app(settings, store=..., engine=...)`.

The app serves the web chat page at ``/`` (static files under ``/static``), the JSON API
under ``/api``, the OpenAI-compatible API under ``/v1``, ``/health`` and the OpenAPI docs
at ``/docs``. The store and engine are opened in the lifespan unless they are given (tests
inject a store with a fast embedder); Slack is mounted when its settings carry a signing
secret.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.chat import AnswerEngine, ChatService
from api.conversations import ConversationStore
from api.deps import ApiKeyDep
from api.errors import install_error_handlers
from api.ingest_worker import IngestWorker
from api.limits import BodyLimit
from api.origins import SameOriginGuard, allowed_hosts
from api.routes import chat, check, health, openai, plan, sources, stream
from api.settings import ApiSettings
from bot.settings import BotSettings
from ingest.settings import IngestSettings
from vectorstore.settings import StoreSettings
from vectorstore.store import Store, open_store

if TYPE_CHECKING:
    from api.slack.settings import SlackSettings

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
CONVERSATIONS_FILE = "conversations.sqlite3"


def build_engine(store: Store, settings: BotSettings) -> AnswerEngine:
    """The bot's engine on the store (with the LLM its settings name, if any)."""
    from bot.engine import Engine

    engine: AnswerEngine = Engine(store, settings)
    return engine


def _lifespan(
    settings: ApiSettings,
    store_settings: StoreSettings,
    store: Store | None,
    engine: AnswerEngine | None,
    bot_settings: BotSettings,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        opened = store is None
        the_store = store if store is not None else open_store(store_settings)
        try:
            the_engine = engine if engine is not None else build_engine(the_store, bot_settings)
            conversations = ConversationStore(Path(the_store.directory) / CONVERSATIONS_FILE)
            app.state.store = the_store
            app.state.ingest_worker = worker = IngestWorker()
            app.state.chat = ChatService(
                the_engine,
                conversations,
                max_message_chars=settings.max_message_chars,
                max_history=settings.max_history_messages,
            )
            try:
                yield
            finally:
                worker.close()
                conversations.close()
        finally:
            if opened:
                the_store.close()

    return lifespan


PAGE_HEADERS = {
    "Cache-Control": "no-cache",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
SWAGGER = "/static/vendor/swagger-ui"


def _add_routes(app: FastAPI) -> None:
    app.include_router(health.router)
    app.include_router(plan.router)  # the schema is documentation: no API key needed
    for router in (chat.router, check.router, stream.router, sources.router, openai.router):
        app.include_router(router, dependencies=[ApiKeyDep])
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers=PAGE_HEADERS)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Trade insights API",
            swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png",
        )


def _mount_slack(app: FastAPI, slack_settings: SlackSettings | None) -> None:
    if slack_settings is None or slack_settings.slack_signing_secret is None:
        return
    import api.slack

    api.slack.mount(app, slack_settings)
    logger.info("Slack routes mounted at /slack/events and /slack/commands")


def create_app(
    settings: ApiSettings | None = None,
    *,
    store_settings: StoreSettings | None = None,
    store: Store | None = None,
    engine: AnswerEngine | None = None,
    bot_settings: BotSettings | None = None,
    ingest_settings: IngestSettings | None = None,
    slack_settings: SlackSettings | None = None,
) -> FastAPI:
    """The app. Settings default to the environment (TRADEBOT_*); a given store or engine
    is used as is (and not closed by the app)."""
    settings = settings or ApiSettings()
    app = FastAPI(
        title="Trade insights",
        summary="Figures computed from statistical tables, quotes from articles.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan(
            settings,
            store_settings or StoreSettings(),
            store,
            engine,
            bot_settings or BotSettings(),
        ),
    )
    app.state.settings = settings
    app.state.ingest_settings = ingest_settings or IngestSettings()
    app.state.bot_settings = bot_settings or BotSettings()
    install_error_handlers(app)
    app.add_middleware(
        BodyLimit,
        max_body_bytes=settings.max_body_bytes,
        max_upload_bytes=settings.max_upload_bytes,
        upload_paths=("/api/ingest", "/api/check"),
        exempt_prefixes=("/slack/",),
    )
    app.add_middleware(  # added last: runs first, before any body is read
        SameOriginGuard,
        hosts=allowed_hosts(settings.host, settings.allowed_hosts),
        exempt_prefixes=("/slack/",),
    )
    _add_routes(app)
    _mount_slack(app, slack_settings)
    return app
