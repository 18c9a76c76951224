"""Remembering which Slack deliveries were already answered, so each is answered once.

Slack retries an event it thinks went unacknowledged (same ``event_id``, header
``X-Slack-Retry-Num``) and sends both ``message`` and ``app_mention`` for one post that
mentions the bot (same channel and ``ts``). A `Deduper` remembers keys for a while and
answers "seen before?" atomically (the asyncio loop runs one check at a time).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class Deduper:
    """A bounded, expiring set of keys: `first_time(key)` is True once per key."""

    def __init__(
        self,
        *,
        ttl_s: float = 3600.0,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl_s = ttl_s
        self._max_keys = max_keys
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, *keys: str) -> bool:
        """Record the keys; True when none of them was seen within the time to live."""
        now = self._clock()
        self._expire(now)
        present = [key for key in keys if key]
        seen = any(key in self._seen for key in present)
        for key in present:
            self._seen[key] = now
            self._seen.move_to_end(key)
        while len(self._seen) > self._max_keys:
            self._seen.popitem(last=False)
        return not seen

    def _expire(self, now: float) -> None:
        while self._seen:
            key, stamp = next(iter(self._seen.items()))
            if now - stamp <= self._ttl_s:
                break
            del self._seen[key]

    def __len__(self) -> int:
        return len(self._seen)
