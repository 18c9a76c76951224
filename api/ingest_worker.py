"""The worker that changes the store for the web API: uploads and removals, one at a time.

Ingesting a large file takes seconds to minutes (reading, parsing, embedding). It runs in
this worker's own thread and never takes the chat service's lock, so questions keep being
answered meanwhile, from the store as it was until the new source is written (the store
makes each source's write all or nothing, and readers wait only for that last step). Two
uploads, or an upload and a removal, never overlap: a batch that fails is undone whole
before the next change starts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class IngestWorker:
    """One thread that runs the store's changes in the order they are submitted."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tradebot-ingest")

    async def run(self, work: Callable[[], T]) -> T:
        """Run ``work`` in the worker and wait for it without blocking the event loop."""
        return await asyncio.wrap_future(self._executor.submit(work))

    def close(self) -> None:
        """Finish the work submitted, then stop the thread."""
        self._executor.shutdown(wait=True)
