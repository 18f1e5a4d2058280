"""Long lists of models are built with the cyclic GC paused (generator/runtime/lazy_fields.py),
and the collector is always left as it was found: on, off, after a failed build, and while
several threads build at once."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from assetpay_catalogue.exceptions import InvalidResponseError
from assetpay_client import _lazy
from assetpay_client.models import MarketPage


def page(n_items: int, *, bad_at: int | None = None) -> dict[str, Any]:
    items: list[Any] = [
        {"id": f"i-{n}", "appid": 730, "tradable": True, "offer": {"price": 1.5}}
        for n in range(n_items)
    ]
    if bad_at is not None:
        items[bad_at] = "not an item"
    return {"items": items, "count": n_items}


@pytest.fixture
def gc_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_long_list_is_built_with_the_collector_paused(
    gc_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    loader = MarketPage._load_items

    def spy(src: Any) -> Any:
        seen.append(gc.isenabled())
        return loader(src)

    monkeypatch.setattr(MarketPage, "_load_items", staticmethod(spy))
    assert len(MarketPage.from_dict(page(_lazy.GC_PAUSE_MIN)).items) == _lazy.GC_PAUSE_MIN
    assert len(MarketPage.from_dict(page(3)).items) == 3
    assert seen == [False, True]  # paused for the long list only
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_failed_build(gc_on: None) -> None:
    parsed = MarketPage.from_dict(page(_lazy.GC_PAUSE_MIN + 5, bad_at=_lazy.GC_PAUSE_MIN))
    with pytest.raises(InvalidResponseError, match=r"^MarketPage\.items could not be parsed"):
        _ = parsed.items
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        assert len(MarketPage.from_dict(page(_lazy.GC_PAUSE_MIN)).items) == _lazy.GC_PAUSE_MIN
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_threads_building_at_once_leave_the_collector_on(gc_on: None) -> None:
    pages = [MarketPage.from_dict(page(_lazy.GC_PAUSE_MIN * 2)) for _ in range(8)]
    barrier = threading.Barrier(len(pages))
    counts: list[int] = []

    def read(p: MarketPage) -> None:
        barrier.wait()
        counts.append(len(p.items))

    threads = [threading.Thread(target=read, args=(p,)) for p in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counts == [_lazy.GC_PAUSE_MIN * 2] * len(pages)
    assert gc.isenabled()


def test_a_long_answer_is_decoded_with_the_collector_paused_and_it_is_restored(
    gc_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """assetpay_client._decode pauses the collector for documents of GC_PAUSE_BYTES or more,
    also when msgspec refuses them, and leaves it as it found it."""
    import contextlib
    import json

    from assetpay_client import _decode

    entered: list[bool] = []
    real = _lazy.gc_paused

    @contextlib.contextmanager
    def spy() -> Iterator[None]:
        with real():
            entered.append(gc.isenabled())
            yield

    monkeypatch.setattr(_decode, "gc_paused", spy)
    _decode._skips.clear()
    small = json.dumps(page(3)).encode()
    assert _decode.decode(MarketPage, small) is not None
    assert entered == []
    big_page = page(2)
    big_page["items"] = [dict(big_page["items"][0], id=f"i-{n}") for n in range(3000)]
    big = json.dumps(big_page).encode()
    assert len(big) >= _decode.GC_PAUSE_BYTES
    assert _decode.decode(MarketPage, big) is not None
    assert entered == [False]
    assert gc.isenabled()
    assert _decode.decode(MarketPage, big[:-1]) is None  # refused: cut short
    assert entered == [False, False]
    assert gc.isenabled()
    _decode._skips.clear()


@pytest.fixture
def no_automatic_collection(gc_on: None) -> Iterator[None]:
    """The collector on, but no collection before the test looks at the generations."""
    thresholds = gc.get_threshold()
    gc.set_threshold(1 << 30)
    yield
    gc.set_threshold(*thresholds)


def generation_of(obj: object) -> int:
    for generation in range(3):
        if any(found is obj for found in gc.get_objects(generation=generation)):
            return generation
    raise AssertionError("not tracked by the collector")


def built_page() -> MarketPage:
    built = MarketPage.from_dict(page(_lazy.GC_PAUSE_MIN))
    assert len(built.items) == _lazy.GC_PAUSE_MIN
    return built


def test_what_a_pause_built_is_moved_to_the_oldest_generation(
    no_automatic_collection: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_lazy, "_PROMOTE", [])
    built = built_page()
    assert generation_of(built.items[0]) == generation_of(built.items[-1]) == 2
    assert gc.get_freeze_count() == 0  # the freeze that moved them was undone
    monkeypatch.setattr(_lazy, "_PROMOTE", [False])  # the same build, promotion refused
    young = built_page()
    assert generation_of(young.items[0]) == 0


def test_objects_the_program_froze_stay_frozen(
    no_automatic_collection: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_lazy, "_PROMOTE", [])
    gc.freeze()  # as a server does before forking its workers
    try:
        frozen = gc.get_freeze_count()
        built = built_page()
        assert gc.get_freeze_count() == frozen
        assert generation_of(built.items[0]) == 0  # left where the collector put it
        assert _lazy._PROMOTE == [False]  # and not asked again
    finally:
        gc.unfreeze()


def test_nothing_is_moved_when_the_program_switched_the_collector_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_lazy, "_PROMOTE", [])
    was = gc.isenabled()
    gc.disable()
    try:
        built = built_page()
        assert generation_of(built.items[0]) == 0
        assert _lazy._PROMOTE == []  # never asked
    finally:
        if was:
            gc.enable()
