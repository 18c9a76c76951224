"""Uploaded files: safe names under ``<store>/uploads/``, written and rolled back whole.

`UploadBatch` saves the files of one request, keeping any earlier file of the same name
aside until the batch is committed, so a failed ingest can put everything back.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
import uuid
from pathlib import Path
from typing import BinaryIO

from api.errors import PayloadTooLargeError, UnprocessableError

_UNSAFE_CHARS = re.compile(r"[^\w.\- ]+")
_CHUNK = 1024 * 1024


def safe_filename(name: str | None) -> str:
    """A file name without directories, odd characters or a leading dot."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name or ""))[-1]
    base = _UNSAFE_CHARS.sub("_", base).strip(" .")
    base = base.lstrip(".-_ ")
    if not base or set(base) <= {"_", "."}:
        raise UnprocessableError(f"The file name {name!r} cannot be used; rename the file.")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        return base[:120]
    return f"{stem[:110]}.{extension[:10]}"


class UploadBatch:
    """The files of one upload request, saved under ``directory``."""

    def __init__(self, directory: Path, max_bytes: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.saved: list[Path] = []
        self._aside: dict[Path, Path] = {}
        directory.mkdir(parents=True, exist_ok=True)

    def replaced(self, path: Path) -> bool:
        """Whether saving ``path`` set an earlier file of the same name aside."""
        return path in self._aside

    def save(self, name: str | None, stream: BinaryIO) -> Path:
        """Write one uploaded file; `PayloadTooLargeError` past the limit (nothing is kept)."""
        target = self.directory / safe_filename(name)
        if target in self.saved:
            raise UnprocessableError(f"Two uploaded files are both named {target.name!r}.")
        if target.exists():
            aside = self.directory / f".aside-{uuid.uuid4().hex}-{target.name}"
            target.replace(aside)
            self._aside[target] = aside
        self.saved.append(target)
        written = 0
        with target.open("wb") as out:
            while chunk := stream.read(_CHUNK):
                written += len(chunk)
                if written > self.max_bytes:
                    raise PayloadTooLargeError(
                        f"{target.name} is larger than the upload limit of "
                        f"{self.max_bytes / 1024 / 1024:g} MiB."
                    )
                out.write(chunk)
        if written == 0:
            raise UnprocessableError(f"{target.name} is empty.")
        return target

    def commit(self) -> None:
        """Keep the new files; forget the earlier ones set aside."""
        for aside in self._aside.values():
            aside.unlink(missing_ok=True)
        self._aside.clear()

    def roll_back(self) -> None:
        """Delete the new files and put the earlier ones back."""
        for path in self.saved:
            path.unlink(missing_ok=True)
        for target, aside in self._aside.items():
            shutil.move(aside, target)
        self._aside.clear()
