"""Text encodings of table files: which one a file uses, decided with confidence or refused.

UTF-16 with a byte order mark and UTF-8 (with or without BOM) are read as such. Any other
file is handed to `charset-normalizer`, limited to the legacy encodings statistical offices
publish in (Windows-1252, Big5, Big5-HKSCS, GB18030). A decoding is accepted only when the
detector finds it clean (little "chaos") and the text holds no control or unassigned
characters; otherwise the file is refused with the encodings tried, so that Big5 bytes are
never read as Windows-1252 mojibake (where byte 0xA5 reads as a yen sign).
"""

from __future__ import annotations

import codecs
import unicodedata

from ingest.errors import IngestError

LEGACY_ENCODINGS = ("cp1252", "big5", "big5hkscs", "gb18030")
_NAMES = {"cp1252": "Windows-1252", "big5": "Big5", "big5hkscs": "Big5-HKSCS", "gb18030": "GB18030"}
_TRIED = "UTF-8, UTF-16, " + ", ".join(_NAMES.values())
_MAX_CHAOS = 0.15
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_BINARY_PROBE = 4096


def decode_text(data: bytes, where: str) -> str:
    """Bytes of a text table as str; raises `IngestError` naming the encodings tried."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(where, "not valid UTF-16 text despite its byte order mark") from None
    if b"\x00" in data[:_BINARY_PROBE]:
        raise IngestError(where, "this is a binary file, not a text table")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = _legacy_text(data)
    if text is None:
        raise IngestError(
            where,
            f"the text encoding could not be recognised with confidence (tried {_TRIED}); "
            "save the file as UTF-8",
        )
    return text


def stream_encoding(head: bytes) -> str | None:
    """The encoding to read a file in line by line, by the rules of `decode_text`, from its
    first bytes: ``utf-16`` after a UTF-16 byte order mark, ``utf-8-sig`` when the head is
    UTF-8 (a later byte that is not UTF-8 fails the read, and the caller then decodes the
    whole file); None for a binary file or a legacy encoding, which only the whole file's
    bytes tell (`decode_text` then decides, or refuses with its reason)."""
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    if b"\x00" in head[:_BINARY_PROBE]:
        return None
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    return "utf-8-sig"


def _legacy_text(data: bytes) -> str | None:
    """The text in the one legacy encoding the detector is confident about, else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS), threshold=0.5).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if is_plausible(text) else None


def is_plausible(text: str) -> bool:
    """Text without control characters (but tabs and line breaks) or unassigned code points."""
    for char in set(text):
        category = unicodedata.category(char)
        if category == "Cc" and char not in _ALLOWED_CONTROLS:
            return False
        if category in {"Cn", "Co", "Cs"}:
            return False
    return True
