"""Page furniture: the lines a web page or PDF carries around the article itself.

Comment prompts, share buttons, "Scroll to Top", cookie banners, newsletter boxes,
app promotions, page numbers and lines repeated by a page template are not part of
what the article says; `strip_furniture` drops them line by line.

Only short lines are judged, and each pattern must match the whole line (apart from
punctuation), so a real sentence that happens to mention "comment" or "share" is kept.
"""

from __future__ import annotations

import re

# Whole-line patterns (case-insensitive, matched after trimming punctuation and spaces).
_FURNITURE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"leave a (comment|reply)( cancel reply)?",
        r"(\d+ )?(comments?|responses?|replies)( \(\d+\))?",
        r"no comments( yet)?",
        r"(post|submit|add) (a )?comment",
        r"your email address will not be published.*",
        r"required fields are marked.*",
        r"save my name, email,? and website in this browser.*",
        r"(name|email|website|comment)\s*\*?",
        r"(scroll|back|go|return) to (the )?(top|bottom)( of (the )?page)?",
        r"skip to (main )?(content|navigation)",
        r"share( this)?( article| story| post| page)?(( on| via| with) \w+( \w+)?)?",
        r"click to (share|print|email|tweet).*",
        r"(like|share) this:?",
        r"like loading\W*",
        r"loading\W*",
        r"(related|recommended|popular|trending|more|latest)"
        r" (posts?|articles?|stories|news|content|reading|reads)",
        r"(you|we think you) (may|might) also (like|enjoy)",
        r"(also read|see also|read (more|next|also)|continue reading|read the full (story|article))"
        r"(:.{0,80})?",
        r"(subscribe|sign up|signup)( now| today)?( to| for)?( our| the)?( free)?"
        r"( daily| weekly)?( newsletters?| updates| alerts)?",
        r"(get|join) (our|the) (free )?(daily |weekly )?newsletter.*",
        r"newsletters?",
        r"(advertisement|advertising|sponsored( content)?|ad|ads|promoted)",
        r"follow us( on .*)?",
        r"(previous|next) (post|article|story)(:.*)?",
        r"(tags?|categories|category|filed under|posted in)\s*:.*",
        r"(copyright|\(c\)).{0,80}",
        r".{0,80}all rights reserved.{0,40}",
        r"(print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest"
        r"|wechat|weibo|copy link)",
        r"(download|get) (the|our) app.*",
        r"(available|download it) on (the )?(app store|google play).*",
        r"(menu|search|home|close|toggle navigation|open menu)",
        r"(分享(到)?|返回(頂部|顶部)|相關(新聞|文章)|相关(新闻|文章)|(廣告|广告)|更多(新聞|新闻)"
        r"|(發表|发表)(評論|评论)|下載.{0,12}(APP|App|app)|下载.{0,12}(APP|App|app))",
    )
)
# Page numbers, matched on the line as written ("2025." ends a sentence; "2025" does not).
_PAGE_NUMBER = re.compile(
    r"(page\s*)?\d{1,4}(\s*(/|of)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]", re.IGNORECASE
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(accept|consent|we use|this (web)?site|our (web)?site|privacy|preferences|browsing)\b",
    re.IGNORECASE,
)
# A bare promotion of an app: "People's Daily English language App", "Get the XYZ app".
_APP_PROMO = re.compile(r"(^|\s)(app|apps)$|app store|google play", re.IGNORECASE)
_LINK_LIST = re.compile(
    r"(related|recommended|similar|suggested|more|latest|recent|popular|trending|top|editor'?s?)"
    r"( \w+)?( (posts?|articles?|stories|news|content|reads?|reading|headlines|picks))"
    r"|(you|we think you) (may|might) (also )?(like|enjoy|be interested in)"
    r"|most (read|popular|viewed)"
    r"|more (from|on) .{1,30}|(also|further) reading|related|recommended|相關(新聞|文章|閱讀)"
    r"|相关(新闻|文章|阅读)|(熱門|热门)(新聞|新闻|文章)?|延伸閱讀|延伸阅读",
    re.IGNORECASE,
)
_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)\]]*$")

_DIGIT = re.compile(r"\d")
_SHORT = 90  # characters: longer lines are never judged by the whole-line patterns
_PROMO_WORDS = 8
_REPEAT_WORDS = 12


def is_furniture(line: str) -> bool:
    """Whether one line, on its own, is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    if _COOKIE.search(stripped) and _COOKIE_CONTEXT.search(stripped) and len(stripped) < 400:
        return True
    if len(stripped) > _SHORT:
        return False
    if stripped.startswith("©") or _PAGE_NUMBER.fullmatch(stripped):
        return True
    if stripped[0].islower():
        return False  # the rest of a sentence, not a line of its own
    core = _TRIM.sub("", stripped)
    if not core:
        return True  # only punctuation or symbols: separators, bullets, "***"
    if any(pattern.fullmatch(core) for pattern in _FURNITURE):
        return True
    return _is_app_promo(stripped)


def _is_app_promo(line: str) -> bool:
    words = line.split()
    if len(words) > _PROMO_WORDS or _SENTENCE_END.search(line):
        return False
    return bool(_APP_PROMO.search(_TRIM.sub("", line)))


def _repeat_key(line: str) -> str | None:
    """The key under which a short template line is recognised when it repeats.

    Lines with figures are never template lines: two tables may share a row.
    """
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _REPEAT_WORDS or _DIGIT.search(stripped):
        return None
    return re.sub(r"\s+", " ", stripped).casefold()


def introduces_links(line: str) -> bool:
    """Whether a line heads a list of links to other pages ("Related posts", "Most read")."""
    core = _TRIM.sub("", line.strip())
    return len(core) <= 40 and bool(_LINK_LIST.fullmatch(core))


def _headline_like(line: str) -> bool:
    """A short line without a full stop: a link to another story, a date, a label."""
    stripped = line.strip()
    return len(stripped.split()) <= 20 and not _SENTENCE_END.search(stripped)


def strip_furniture(lines: list[str]) -> list[str]:
    """The lines without furniture; a short line seen before is dropped when it repeats.

    After a heading that introduces links to other stories ("Related posts"), the
    headline-like lines that follow are dropped too: their figures belong to other
    articles. Blank lines are kept (they separate paragraphs), but never two in a row
    and never at the start or the end.
    """
    kept: list[str] = []
    seen: set[str] = set()
    in_links = False
    for line in lines:
        if introduces_links(line):
            in_links = True
            continue
        if in_links and (not line.strip() or _headline_like(line)):
            continue
        in_links = False
        if is_furniture(line) or _repeats(line, seen):
            continue
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _repeats(line: str, seen: set[str]) -> bool:
    key = _repeat_key(line)
    if key is None:
        return False
    if key in seen:
        return True
    seen.add(key)
    return False
