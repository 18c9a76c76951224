"""The fact-check figures: the test documents (tests/bot/check/claims.yaml) checked
against the sample tables, compared with verdicts computed from the tables with pandas.

    python bench/check.py

Prints the documents and claims, the claims wrongly marked supported or contradicted,
the share of trade-statistic claims extracted, the non-statistic numbers checked, the
verdicts per kind, and the time to check each document.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.check import Checker  # noqa: E402
from ingest import IngestSettings, ingest_paths, load_article  # noqa: E402
from tests.bot.check.expected import documents, score  # noqa: E402
from vectorstore import HashingEmbedder, StoreSettings, open_store  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tradebot-check-") as scratch:
        store = open_store(StoreSettings(store=Path(scratch)), embedder=HashingEmbedder())
        ingest_paths([ROOT / "samples" / "tables"], store, IngestSettings())
        checker = Checker(store)
        found: dict[Path, list[dict[str, Any]]] = {}
        verdicts: Counter[str] = Counter()
        for doc in documents():
            article = load_article(doc.path)
            started = time.perf_counter()
            report = checker.check(article.text, date=article.date, title=article.title)
            took = time.perf_counter() - started
            found[doc.path] = report.to_dict()["claims"]
            verdicts.update(report.summary())
            print(f"{doc.path.name}: {len(report.claims)} claims in {took * 1000:.0f} ms")
        store.close()
    result = score(found)
    wrong = result.wrong or []
    print(f"documents: {result.documents}; expected claims: {result.claims}")
    print(f"wrongly supported or contradicted: {len(wrong)}")
    for line in wrong:
        print(f"  {line}")
    print(
        f"trade-statistic claims extracted: {result.extracted_trade} of {result.trade} "
        f"({result.recall:.1%})"
    )
    print(f"non-statistic numbers checked: {len(result.non_statistics or [])}")
    print(f"claims read that the fixture lacks: {len(result.unexpected or [])}")
    print(f"verdict equal to the expected one: {result.agreed} of {result.claims}")
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in verdicts.items()))


if __name__ == "__main__":
    main()
