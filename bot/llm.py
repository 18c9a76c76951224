"""The optional language model: it may rephrase the lead sentence, nothing more.

The model never computes: it sees the deterministic lead sentence, the figures'
display strings and the quotes, and returns one sentence. `Engine` keeps that
sentence only when the evidence check passes on it (every number it writes is a
figure or a quote); otherwise the deterministic sentence stays.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

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


def chat_model(settings: BotSettings) -> BaseChatModel | None:
    """The configured OpenAI-compatible chat model, or None when none is configured."""
    if not settings.llm_model:
        return None
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise BotError(
            "TRADEBOT_LLM_MODEL is set but langchain-openai is not installed; "
            "install the 'llm' extra (pip install 'trade-insights[llm]') or unset it."
        ) from exc
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return ChatOpenAI(  # type: ignore[no-any-return]
        model=settings.llm_model, base_url=settings.llm_base_url, api_key=key, temperature=0
    )


def rephrase(
    model: BaseChatModel,
    question: str,
    lead: str,
    figures: Sequence[Figure],
    citations: Sequence[Citation],
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
    try:
        text = chain.invoke(inputs).strip()
    except Exception as exc:  # a provider failure must not lose the answer
        log.warning("the language model failed, keeping the deterministic sentence: %s", exc)
        return None
    if not text or len(text) > _MAX_CHARS or "\n\n" in text or text.lstrip().startswith("#"):
        return None
    return text
