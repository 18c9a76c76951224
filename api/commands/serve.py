"""`tradebot serve`: the web chat page, the JSON and OpenAI-compatible APIs (and Slack)."""

from __future__ import annotations

import ipaddress
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from api.settings import LOOPBACK_HOSTS, ApiSettings, describe_settings_error

if TYPE_CHECKING:
    from api.slack.settings import SlackSettings
    from vectorstore.settings import StoreSettings


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def page_url(host: str, port: int) -> str:
    """The address to open in a browser for a bind address."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def choose_host(settings: ApiSettings, host: str | None) -> str:
    """The bind address: --host when given; without an API key, never beyond loopback."""
    if host is not None:
        if settings.api_key is None and not is_loopback(host):
            typer.secho(
                f"Warning: serving on {host} without an API key: anyone who can reach this "
                "address can ask questions, upload and delete sources. Set TRADEBOT_API_KEY.",
                fg=typer.colors.YELLOW,
                err=True,
            )
        return host
    if settings.api_key is None and not is_loopback(settings.host):
        typer.secho(
            f"No API key set: binding to 127.0.0.1 instead of {settings.host}. "
            "Set TRADEBOT_API_KEY, or pass --host explicitly.",
            fg=typer.colors.YELLOW,
            err=True,
        )
        return "127.0.0.1"
    return settings.host


def _fail(message: str) -> typer.Exit:
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(1)


def _settings(store: Path | None) -> tuple[ApiSettings, StoreSettings, SlackSettings]:
    """The settings from the environment (and --store); a clear error when one is invalid."""
    from pydantic import ValidationError

    from api.slack.settings import SlackSettings
    from vectorstore.settings import StoreSettings

    try:
        settings = ApiSettings()
        store_settings = StoreSettings() if store is None else StoreSettings(store=store)
        return settings, store_settings, SlackSettings()
    except ValidationError as exc:
        raise _fail(describe_settings_error(exc)) from None


def serve(
    store: Annotated[
        Path | None, typer.Option("--store", help="Store directory (default: TRADEBOT_STORE).")
    ] = None,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to bind (default: TRADEBOT_HOST).")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port to listen on (default: TRADEBOT_PORT).")
    ] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the web chat page and the HTTP API (and Slack, when configured)."""
    import uvicorn

    from api.app import create_app
    from api.slack.errors import SlackError
    from vectorstore.errors import StoreError
    from vectorstore.store import open_store

    settings, store_settings, slack_settings = _settings(store)
    bind = choose_host(settings, host)
    settings = settings.model_copy(update={"host": bind})  # the Host check knows the address
    chosen_port = settings.port if port is None else port
    try:
        opened = open_store(store_settings)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    try:
        app = create_app(
            settings, store_settings=store_settings, store=opened, slack_settings=slack_settings
        )
        logging.basicConfig(level=log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
        typer.echo(f"Store: {opened.directory}")
        typer.echo(f"Chat page: {page_url(bind, chosen_port)}  (API docs at /docs)")
        uvicorn.run(app, host=bind, port=chosen_port, log_level=log_level.lower())
    except SlackError as exc:
        raise _fail(str(exc)) from exc
    finally:
        opened.close()
