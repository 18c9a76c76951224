"""Project-wide guarantees: public names, documented settings, import layers."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from pydantic_settings import BaseSettings

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ingest", "vectorstore", "bot", "api")
SETTINGS_MODULES = (
    "vectorstore.settings",
    "ingest.settings",
    "bot.settings",
    "api.settings",
    "api.slack.settings",
)


@pytest.mark.parametrize("package", PACKAGES)
def test_all_lists_only_names_that_exist(package: str) -> None:
    module = importlib.import_module(package)
    names = getattr(module, "__all__", [])
    assert sorted(names) == sorted(set(names)), "duplicate names in __all__"
    for name in names:
        assert hasattr(module, name), f"{package}.__all__ names missing {name!r}"


def _settings_classes() -> list[type[BaseSettings]]:
    classes: list[type[BaseSettings]] = []
    for name in SETTINGS_MODULES:
        module = importlib.import_module(name)
        classes.extend(
            obj
            for obj in vars(module).values()
            if isinstance(obj, type)
            and issubclass(obj, BaseSettings)
            and obj is not BaseSettings
            and obj.__module__ == name
        )
    return classes


def test_every_setting_is_documented_on_the_settings_page() -> None:
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(TRADEBOT_[A-Z0-9_]+)` \|", page, flags=re.MULTILINE))
    classes = _settings_classes()
    assert classes, "no settings classes found"
    for cls in classes:
        prefix = str(cls.model_config.get("env_prefix", ""))
        for field_name, field in cls.model_fields.items():
            env = f"{prefix}{field_name}".upper()
            assert env in documented, f"{cls.__name__}.{field_name} ({env}) is not documented"
            assert field.description, f"{cls.__name__}.{field_name} has no description"


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```", 2)[1]
    assert "scripts/start" in first_block
    assert "scripts/test" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test" in ci


def test_readme_fits_on_one_screen_and_its_links_resolve() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 45
    targets = re.findall(r"\]\(([^)#]+)\)", readme)
    assert "docs/assets/web-chat.png" in targets
    for target in targets:
        assert (ROOT / target).exists(), target


def test_every_docs_page_is_in_the_site_navigation() -> None:
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(nav: object) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, dict):
            return [p for value in nav.values() for p in pages(value)]
        if isinstance(nav, list):
            return [p for item in nav for p in pages(item)]
        return []

    listed = set(pages(config["nav"]))
    on_disk = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert listed == on_disk
    assert {"CONTRACTS.md", "eval.md", "plan.md", "settings.md"} <= listed
    assert "mkdocs build --strict" in (ROOT / "scripts" / "test").read_text(encoding="utf-8")
