"""The optional language model: the configured chat model, and its lead sentence.

`chat_model` builds the model the settings name (any OpenAI-compatible server, or
Ollama), with a timeout; `retried` bounds retries. The model reads questions into plans
(`bot.planning`) and writes text answers from quotes (`bot.textanswers`); here it may
rephrase the lead sentence. It never computes: it sees the deterministic lead sentence,
the figures' display strings and the quotes, and returns one sentence. `Engine` keeps
that sentence only when the evidence check passes on it (every number it writes is a
figure or a quote); otherwise the deterministic sentence stays.

`stream_sentences` streams a model's text sentence by sentence: a sentence is passed
on (to the web page, as it is written) only once it is complete and passes a check, so
no untraced number is ever shown, even for a moment.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.runnables import Runnable

from bot.errors import BotError
from bot.records import Citation, Figure
from bot.settings import BotSettings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

_SYSTEM = (
    "You rephrase the lead sentence of an answer about trade statistics so it reads "
    "naturally for a business analyst. Rules: one or two sentences; keep every number "
    "exactly as written in the sentence or the figures; never compute, round or add a "
    "number; no Markdown headings; answer with the sentence only."
)
_MAX_CHARS = 600
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year names a period, not a quantity
Emit = Callable[[str], None]


def chat_model(settings: BotSettings) -> BaseChatModel | None:
    """The configured chat model (OpenAI-compatible or Ollama), or None when none is set.

    Each call is bounded by ``llm_timeout_s``; retries are added by the callers'
    Runnables (``with_retry``), so the provider's own retries are off.
    """
    if not settings.llm_model:
        return None
    if settings.llm_provider == "ollama":
        return _ollama(settings)
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise BotError(
            "TRADEBOT_LLM_MODEL is set but langchain-openai is not installed; "
            "install the 'llm' extra (pip install 'trade-insights[llm]') or unset it."
        ) from exc
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "unused"
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=key,
        temperature=0,
        timeout=settings.llm_timeout_s,
        max_retries=0,
    )


def _ollama(settings: BotSettings) -> BaseChatModel:
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise BotError(
            "TRADEBOT_LLM_PROVIDER is ollama but langchain-ollama is not installed; "
            "install the 'ollama' extra (pip install 'trade-insights[ollama]')."
        ) from exc
    assert settings.llm_model is not None
    return ChatOllama(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        temperature=0,
        client_kwargs={"timeout": settings.llm_timeout_s},
    )


def retried(runnable: Runnable[Any, Any], settings: BotSettings) -> Runnable[Any, Any]:
    """A model call with bounded retries (``llm_max_retries``)."""
    if settings.llm_max_retries <= 0:
        return runnable
    return runnable.with_retry(stop_after_attempt=settings.llm_max_retries + 1)


def rephrase(
    model: BaseChatModel,
    question: str,
    lead: str,
    figures: Sequence[Figure],
    citations: Sequence[Citation],
    emit: Emit | None = None,
) -> str | None:
    """The model's version of the lead sentence, or None when it fails or rambles."""
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate

    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", _SYSTEM),
            (
                "human",
                "Question: {question}\nSentence: {lead}\nFigures:\n{figures}\nQuotes:\n{quotes}",
            ),
        ]
    )
    chain = prompt | model | StrOutputParser()
    inputs = {
        "question": question,
        "lead": lead,
        "figures": "\n".join(f"- {f.label}: {f.display}" for f in figures) or "(none)",
        "quotes": "\n".join(f"[{c.id}] {c.quote}" for c in citations) or "(none)",
    }
    known = " ".join([lead, *(f.display for f in figures), *(c.quote for c in citations)])

    def plain(sentence: str) -> bool:
        return not sentence.lstrip().startswith("#") and traced(sentence, known)

    try:
        text = stream_sentences(chain, inputs, plain, emit)
    except Exception as exc:  # a provider failure must not lose the answer
        log.warning("the language model failed, keeping the deterministic sentence: %s", exc)
        return None
    if not text or len(text) > _MAX_CHARS or "\n\n" in text or text.lstrip().startswith("#"):
        return None
    return text


def traced(sentence: str, known: str) -> bool:
    """Whether every number in a sentence is written in the known text."""
    have = {n.replace(",", "") for n in _NUMBER.findall(known)}
    found = (n.replace(",", "") for n in _NUMBER.findall(sentence))
    return all(n in have or _YEAR.fullmatch(n) for n in found)


def stream_sentences(
    chain: Runnable[Any, str],
    inputs: dict[str, Any],
    check: Callable[[str], bool],
    emit: Emit | None,
) -> str | None:
    """The model's text, streamed; each complete sentence that passes ``check`` goes to
    ``emit`` as soon as it is written. None when a sentence fails the check (what was
    emitted is then replaced by the caller's final text)."""
    done: list[str] = []
    buffer = ""
    for chunk in chain.stream(inputs):
        buffer += chunk
        *complete, buffer = _SENTENCE_END.split(buffer)
        for sentence in complete:
            if not _passed(sentence, check, done, emit):
                return None
    last = buffer.strip()
    if last and not _passed(last, check, done, emit):
        return None
    return " ".join(done)


def _passed(
    sentence: str, check: Callable[[str], bool], done: list[str], emit: Emit | None
) -> bool:
    sentence = sentence.strip()
    if not sentence:
        return True
    if not check(sentence):
        log.info("the model's sentence failed its check: %r", sentence[:200])
        return False
    if emit is not None:
        emit(("" if not done else " ") + sentence)
    done.append(sentence)
    return True
