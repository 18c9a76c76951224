"""The deduper answers "first time?" once per key, forgets after its time to live."""

from __future__ import annotations

from api.slack.dedupe import Deduper


def test_a_key_is_new_once() -> None:
    deduper = Deduper()
    assert deduper.first_time("event:Ev1", "post:C1:1.0")
    assert not deduper.first_time("event:Ev1")
    assert not deduper.first_time("event:Ev2", "post:C1:1.0")
    assert deduper.first_time("event:Ev3", "post:C1:2.0")


def test_keys_expire_and_the_set_stays_bounded() -> None:
    now = [0.0]
    deduper = Deduper(ttl_s=10, max_keys=3, clock=lambda: now[0])
    assert deduper.first_time("a")
    now[0] = 11
    assert deduper.first_time("a")
    for key in "bcde":
        deduper.first_time(key)
    assert len(deduper) == 3
    assert deduper.first_time("a")
