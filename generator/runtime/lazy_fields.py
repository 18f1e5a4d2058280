"""Lists of nested models that are built when first read (copied to ``assetpay_client/_lazy.py``).

A generated model's ``from_dict`` checks the whole top level eagerly -- every required key, every
enum and date-time, and that each list of nested models *is* a list -- but leaves such a list as
the raw JSON it received. The first read of the attribute builds it (through the class's
``_load_<name>`` static method), stores it in the attribute's slot and returns it; later reads are
plain slot reads. A list that cannot be parsed raises :class:`InvalidResponseError` (an
``AssetPayError``) naming the model and the field, never a bare ``KeyError``/``TypeError``.

Why: building every nested model eagerly cost 3-4x the JSON decoding of the same bytes (a 50-item
trade, a 1,000-item market page), and most callers read a handful of fields. ``materialize`` builds
everything now, for callers that want every parse error at once.

Thread-safe: two threads reading the same pending attribute both get the one stored list.

A long list is built with the cyclic garbage collector paused (``gc_paused``): every model is a
GC-tracked object, and building thousands of them set off collections that walked everything the
process holds -- 42% of the time of reading a 10,000-item page. Nothing built here can form a
cycle, the pause lasts one build, and the collector is switched back on afterwards (also when the
build fails) unless it was off to begin with; concurrent builds share one pause. What the pause
made is then moved to the collector's oldest generation (``_promote_young``), so that the first
collection afterwards does not walk it all.
"""

from __future__ import annotations

import gc
import operator
import threading
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import attrs

from assetpay_catalogue.exceptions import InvalidResponseError

PENDING = "_lazy_raw"
_ABSENT = object()
_LOCK = threading.Lock()
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)

T = TypeVar("T")


# lists at least this long are built with the collector paused (shorter ones barely trigger it)
GC_PAUSE_MIN = 256
_GC_STATE = {"pauses": 0, "was_enabled": False}
_PROMOTE: list[bool] = []  # whether _promote_young may: decided on its first call
_GC_LOCK = threading.Lock()

# gc.freeze() moves every tracked object into the permanent generation and gc.unfreeze() moves
# them all back into the oldest one: each is a splice of two lists, whatever their length. Called
# from C one after the other (map() of operator.call, no bytecode between them), so no other
# thread runs, and nothing else collects, between the two.
_FREEZE_UNFREEZE = (gc.freeze, gc.unfreeze)


def _promote_young() -> None:
    """Move what the collector holds as young into its oldest generation, without walking it.

    Why: the objects made during a pause are all young when the collector comes back on, and the
    first young collection walks every one of them, only to promote them: for a 10,000-item page
    that walk (10-20 ms, every slot of 10,000 models no longer in the CPU caches) cost more than
    building the models, and made the page cost twice per item what 1,000 items cost. Promoted
    directly, they are walked by the next full collection, like everything long-lived. The price:
    a cycle of garbage that other code made just before also waits for a full collection.

    Not when the program keeps frozen objects of its own (gc.freeze before forking workers):
    unfreezing would release them; nor on a free-threaded build, where freezing walks the heap.
    """
    if not _PROMOTE:  # sysconfig is imported here, not with the package (a cold start pays it)
        import sysconfig

        _PROMOTE.append(not sysconfig.get_config_var("Py_GIL_DISABLED"))
    if not _PROMOTE[0]:
        return
    if gc.get_freeze_count():  # counted by walking them: asked until the first time it says yes
        _PROMOTE[0] = False
        return
    list(map(operator.call, _FREEZE_UNFREEZE))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC for the duration; restore it as found when the last pause ends (the
    objects made meanwhile promoted to the oldest generation: ``_promote_young``)."""
    with _GC_LOCK:
        if _GC_STATE["pauses"] == 0:
            _GC_STATE["was_enabled"] = gc.isenabled()
            gc.disable()
        _GC_STATE["pauses"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["pauses"] -= 1
            if _GC_STATE["pauses"] == 0 and _GC_STATE["was_enabled"]:
                _promote_young()
                gc.enable()


def _pending(obj: object) -> dict[str, Any] | None:
    try:
        pending: dict[str, Any] | None = object.__getattribute__(obj, PENDING)
    except AttributeError:
        return None
    return pending


class _Building:
    """The state of a list one thread is building: the others wait for ``done``, made by the
    first of them (under _LOCK; most builds have no reader waiting, and an Event costs more
    than building a short list)."""

    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done: threading.Event | None = None


class _Failed:
    """The state of a list that could not be built and whose JSON is gone (see ``load``)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def load(obj: object, name: str) -> Any:
    """Build, store and return the pending attribute ``name`` of ``obj`` (its ``__getattr__``).

    One thread builds; others reading the same attribute meanwhile wait for it and get the same
    list. The builder owns the raw list while it builds: a list of msgspec Structs (the fast way,
    assetpay_client._decode) is consumed as its models are made, so each Struct is freed as its
    model is built (on a 10,000-item page the new models then reuse memory still in the caches;
    the Structs are this module's alone, unlike the dicts from_dict was given, which are left as
    they are). A list that cannot be parsed raises InvalidResponseError, on this read and every
    later one: kept pending when its JSON is intact, else remembered as failed.
    """
    with _LOCK:
        pending = _pending(obj)
        state = pending.get(name, _ABSENT) if pending else _ABSENT
        if state is not _ABSENT and type(state) is not _Building and type(state) is not _Failed:
            assert pending is not None
            building = pending[name] = _Building()  # this thread builds it
        elif type(state) is _Building and state.done is None:
            state.done = threading.Event()
    if state is _ABSENT:
        try:  # another thread may have stored it between the failed read and this call
            return object.__getattribute__(obj, name)
        except AttributeError:
            raise AttributeError(
                f"{type(obj).__name__!r} object has no attribute {name!r}", name=name, obj=obj
            ) from None
    if type(state) is _Building:
        assert state.done is not None
        state.done.wait()
        return load(obj, name)  # stored, or failed
    if type(state) is _Failed:
        raise InvalidResponseError(state.message)
    return _build(obj, name, state, building)


def _build(obj: object, name: str, raw: Any, building: _Building) -> Any:
    size = len(raw) if type(raw) is list else -1
    outcome: Any = _Failed(f"{type(obj).__name__}.{name} could not be parsed (interrupted)")
    try:
        loader = getattr(type(obj), "_load_" + name)
        try:
            if size >= GC_PAUSE_MIN:
                with gc_paused():
                    outcome = loader(raw)
            else:
                outcome = loader(raw)
        except _PARSE_ERRORS as exc:
            outcome = _Failed(
                f"{type(obj).__name__}.{name} could not be parsed "
                f"({type(exc).__name__}: {str(exc)[:200]})"
            )
    finally:  # also when interrupted: the waiting threads must not wait forever
        with _LOCK:
            pending = _pending(obj)
            assert pending is not None
            if type(outcome) is _Failed:
                # still pending while the JSON is intact: the next read tries again
                intact = size < 0 or len(raw) == size
                pending[name] = raw if intact else outcome
            else:
                object.__setattr__(obj, name, outcome)
                pending.pop(name, None)
                if not pending:  # the raw JSON is no longer held
                    object.__setattr__(obj, PENDING, None)
            done = building.done  # from here on, no reader finds this build going on
        if done is not None:
            done.set()
    if type(outcome) is _Failed:
        raise InvalidResponseError(outcome.message)
    return outcome


def materialize(obj: T) -> T:
    """Build every pending list in ``obj`` and in everything it holds, recursively; return ``obj``.

    Raises :class:`InvalidResponseError` for the first part that cannot be parsed. Descends only
    into the attributes whose declared type can lead to a list built on read (``_walk_fields``);
    models parsed from JSON form a tree, so nothing is visited twice.
    """
    stack: list[Any] = [obj]
    while stack:
        item = stack.pop()
        if type(item) is list:
            stack.extend(value for value in item if type(value) is list or _is_model(value))
            continue
        if not _is_model(item):
            continue
        for name in _walk_fields(type(item)):
            value = getattr(item, name)
            if type(value) is list or _is_model(value):
                stack.append(value)
    return obj


_MODEL = "_MODEL_FIELDS"


def _is_model(value: object) -> bool:
    return hasattr(type(value), _MODEL)


def _walk_fields(cls: type[Any]) -> tuple[str, ...]:
    """The attributes of a generated model class that are built on read or lead to one that is."""
    names = _WALK.get(cls)
    if names is None:
        hints = typing.get_type_hints(cls)
        names = tuple(
            name
            for name in getattr(cls, _MODEL, ())
            if hasattr(cls, "_load_" + name) or _leads_to_lazy(hints[name], set())
        )
        _WALK[cls] = names
    return names


_WALK: dict[type[Any], tuple[str, ...]] = {}


def _leads_to_lazy(annotation: Any, seen: set[type[Any]]) -> bool:
    args = typing.get_args(annotation)
    if args:
        return any(_leads_to_lazy(arg, seen) for arg in args)
    if not isinstance(annotation, type) or not hasattr(annotation, _MODEL) or annotation in seen:
        return False
    seen.add(annotation)
    if any(field.name == PENDING for field in attrs.fields(annotation)):
        return True
    hints = typing.get_type_hints(annotation)
    return any(_leads_to_lazy(hints[name], seen) for name in getattr(annotation, _MODEL))


def safe_repr(obj: attrs.AttrsInstance) -> str:
    """attrs' repr of ``obj``; a pending list that cannot be parsed shows as such, not raising."""
    parts = []
    for field in attrs.fields(type(obj)):
        if not field.repr:
            continue
        try:
            value = repr(getattr(obj, field.name))
        except InvalidResponseError:
            value = "<could not be parsed>"
        parts.append(f"{field.name}={value}")
    return f"{type(obj).__qualname__}({', '.join(parts)})"


def is_pending(obj: object, name: str) -> bool:
    """True while the attribute ``name`` of ``obj`` has not been built yet."""
    pending = _pending(obj)
    return pending is not None and name in pending


def is_wire(value: object) -> bool:
    """True for a msgspec Struct (what assetpay_client._decode decodes lists of models into)."""
    return hasattr(type(value), "__struct_fields__")
