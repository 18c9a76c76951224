"""Answers kept for repeated questions, per store generation.

Between two writes the store does not change, and without a language model the engine
is deterministic: the same question, after the same previous plan, on the same day, gets
the same answer. `AnswerCache` keeps the most recent answers under that key, so a
question many analysts ask (or a dashboard asks every minute) is computed once per
store change. The store's generation is part of the key, so an ingest or a removal, in
this process or another, makes every kept answer stale at once.

Questions asked at the same moment share one computation: the first computes, the
others wait for its answer (without this, fifty clients asking a new question at once
would compute it fifty times).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from bot.records import Answer, QueryPlan

CacheKey = tuple[int, str, str, str]


def cache_key(generation: int, day: date, question: str, previous: QueryPlan | None) -> CacheKey:
    """What an answer depends on besides the engine's settings: the store's state, the
    day (relative periods such as "last month"), the question and the plan it follows."""
    before = json.dumps(previous.to_dict(), sort_keys=True) if previous is not None else ""
    return (generation, day.isoformat(), question, before)


class AnswerCache:
    """A bounded, thread-safe map from `cache_key` to the answer (least recently used
    dropped first). Answers are frozen, so one may be handed to several callers."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: OrderedDict[CacheKey, Answer] = OrderedDict()
        self._lock = threading.Lock()
        self._flights: dict[CacheKey, threading.Event] = {}  # computations under way
        self.hits = 0
        self.misses = 0

    def get(self, key: CacheKey) -> Answer | None:
        with self._lock:
            answer = self._kept(key)
            if answer is None:
                self.misses += 1
            return answer

    def _kept(self, key: CacheKey) -> Answer | None:
        """The kept answer, marked most recently used (the lock held)."""
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
            self.hits += 1
        return answer

    def get_or_compute(self, key: CacheKey, compute: Callable[[], tuple[Answer, bool]]) -> Answer:
        """The kept answer, or the one `compute` makes (kept when it says so). While one
        caller computes a key, others asking for it wait for that answer; when it is not
        kept (or the computation failed), one of them computes in turn."""
        while True:
            with self._lock:
                found = self._kept(key)
                if found is not None:
                    return found
                flight = self._flights.get(key)
                mine = flight is None
                if flight is None:
                    flight = self._flights[key] = threading.Event()
                    self.misses += 1
            if not mine:
                flight.wait()
                continue
            try:
                answer, keep = compute()
                if keep:
                    self.put(key, answer)
                return answer
            finally:
                with self._lock:
                    del self._flights[key]
                flight.set()

    def put(self, key: CacheKey, answer: Answer) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
            stale = [k for k in self._answers if k[0] != key[0]]
            for k in stale:  # another generation's answers can never be asked for again
                del self._answers[k]

    def __len__(self) -> int:
        with self._lock:
            return len(self._answers)
