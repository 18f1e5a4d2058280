# generated from openapi.yaml by make client — do not edit
"""JSON decoded straight into the generated models (copied to ``assetpay_client/_decode.py``).

``decode(cls, data)`` turns the bytes of a JSON object into an instance of the generated model
class ``cls``, or returns None when this way refuses it; the caller then decodes the ordinary way
(``json`` + ``from_dict``), which decides what the document means. msgspec decodes the bytes in C
into a Struct shaped like the model -- the model's attribute names, its JSON names, its enums,
its nested models -- and the generated ``_from_wire`` creates the instance from the Struct's
values in one call (templates/model.py.jinja, point 7).

Why: building the models in Python from decoded dicts cost 1.6x the whole of ``json.loads`` plus
reading every value of the dicts (a 1,000-item market page, every field read); decoded this way
it costs 0.8x, and an answer whose lists are not read 0.3x.

The Struct refuses whatever ``from_dict`` would treat specially, so that both ways give equal
models (tests/contract/test_wire_decoding.py): a key the spec does not declare (kept in
``additional_properties`` by ``from_dict``), a missing required key, a nested object or list of
the wrong kind, a number too large for a float. Values of plain fields are taken as they are, as
``from_dict`` does; for an enum value the spec does not list, msgspec calls the enum class, whose
``_missing_`` keeps it as an unknown member, as ``from_dict`` does.

After a refusal, the next ``SKIP_AFTER_REFUSAL`` answers of that class are decoded the ordinary
way without trying: if the API starts sending a key this client does not know, its answers cost
one failed attempt in 17, not one in every answer.
"""

from __future__ import annotations

import sys
import threading
from typing import Any, TypeVar

import msgspec
from msgspec.structs import astuple

from assetpay_client._lazy import gc_paused
from assetpay_client.types import UNSET

T = TypeVar("T")

SKIP_AFTER_REFUSAL = 16

# Documents at least this long (about 250 market items) are decoded with the cyclic garbage
# collector paused, as long lists are built (assetpay_client._lazy.gc_paused): the lists and
# objects a decoding makes set off collections that walk everything the process holds (a fifth
# of decoding a 10,000-item page), and nothing decoded can form a cycle.
GC_PAUSE_BYTES = 128 * 1024

# msgspec's refusals (its ValidationError is a DecodeError; too deep a document raises
# RecursionError), and what _from_wire's conversions of raw values raise (from_dict's code)
_REFUSALS = (
    msgspec.DecodeError, RecursionError, KeyError, TypeError, ValueError, AttributeError,
    IndexError,
)  # fmt: skip

_structs: dict[type[Any], type[msgspec.Struct]] = {}
_decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {}
_holds: dict[type[Any], list[type[Any]]] = {}  # the models a model's fields hold
# per model class for decode, ("convert", class) for convert
_skips: dict[Any, int] = {}
_lock = threading.Lock()


def _skipped(shape: Any) -> bool:
    """True while ``shape`` is within SKIP_AFTER_REFUSAL answers of a refusal (counts one)."""
    skips = _skips.get(shape)
    if skips:
        _skips[shape] = skips - 1
        return True
    return False


def _name(cls: type[Any]) -> str:
    # the Structs live in this module's namespace, where msgspec resolves the names they refer
    # to (a model may hold itself: Trade.related_trades)
    return cls.__name__ + "Wire"


def struct_of(cls: type[Any]) -> type[msgspec.Struct]:
    """The Struct of the generated model class ``cls`` (defined once, with those it holds)."""
    found = _structs.get(cls)
    if found is not None:
        return found
    with _lock:
        pending = [cls]
        while pending:
            model = pending.pop()
            if model in _structs:
                continue
            module = sys.modules[model.__module__]
            module.__dict__["_astuple"] = astuple  # read by its _from_wire (template point 7)
            fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
            holds: list[type[Any]] = _holds.setdefault(model, [])
            for name, required, kind in model._WIRE_FIELDS:
                what, _, target = kind.partition(" ")
                kind_type: Any = Any
                if what == "enum":
                    kind_type = getattr(module, target)
                elif what in ("model", "list", "union"):
                    # names, resolved by msgspec when the Decoder is made
                    alternatives = []
                    for alternative in target.split(" ") if what == "union" else [kind]:
                        shape, _, held_name = alternative.replace(":", " ").partition(" ")
                        if shape == "none":
                            alternatives.append("None")
                            continue
                        held = getattr(module, held_name)
                        holds.append(held)
                        if held not in _structs:
                            pending.append(held)
                        alternatives.append(
                            _name(held) if shape == "model" else f"list[{_name(held)}]"
                        )
                    kind_type = " | ".join(alternatives)
                fields.append((name, kind_type) if required else (name, kind_type, UNSET))
            struct = msgspec.defstruct(
                _name(model),
                fields,
                module=__name__,
                rename=dict(model._WIRE_NAMES),
                kw_only=True,  # the fields in __init__ order, required or not
                forbid_unknown_fields=model._WIRE_OPEN,
                gc=False,  # decoded JSON holds no cycles; nothing for the collector to walk
            )
            globals()[struct.__name__] = struct
            _structs[model] = struct
    return _structs[cls]


def decode(cls: type[T], data: bytes | bytearray | memoryview | str) -> T | None:
    """An instance of ``cls`` decoded from ``data``, or None: decode it the ordinary way."""
    if _skipped(cls):
        return None
    decoder = _decoders.get(cls)
    if decoder is None:
        decoder = _decoders[cls] = msgspec.json.Decoder(struct_of(cls))
    try:
        if len(data) >= GC_PAUSE_BYTES:
            with gc_paused():
                wire = decoder.decode(data)
        else:
            wire = decoder.decode(data)
        model: T = cls._from_wire(wire)  # type: ignore[attr-defined]
    except _REFUSALS:
        _skips[cls] = SKIP_AFTER_REFUSAL
        return None
    return model


def convert(cls: type[T], obj: Any) -> T | None:
    """An instance of ``cls`` made the same way from ``obj``, a JSON object already decoded into
    dicts and lists (msgspec.convert to the Struct: about 0.6x decoding its text again), or None:
    ``cls.from_dict(obj)`` decides. For a callback, whose parsed body is kept as it came."""
    shape = ("convert", cls)
    if _skipped(shape):
        return None
    try:
        model: T = cls._from_wire(msgspec.convert(obj, struct_of(cls)))  # type: ignore[attr-defined]
    except _REFUSALS:
        _skips[shape] = SKIP_AFTER_REFUSAL
        return None
    return model


Members = tuple[tuple[str, type[Any]], ...]
_member_decoders: dict[Members, msgspec.json.Decoder[Any] | None] = {}


def _members_decoder(members: Members) -> msgspec.json.Decoder[Any] | None:
    # a model that ignores undeclared keys has msgspec skip their values without converting
    # them (a 1e400 there passes), where the parsed document would be refused: none of that
    within: set[type[Any]] = set()
    pending = [cls for _, cls in members]
    while pending:
        model = pending.pop()
        if model not in within:
            within.add(model)
            struct_of(model)
            pending.extend(_holds[model])
    if not all(model._WIRE_OPEN for model in within):
        return None
    struct = msgspec.defstruct(
        "Members" + "".join(cls.__name__ for _, cls in members) + "Wire",
        [(key, struct_of(cls), UNSET) for key, cls in members],
        module=__name__,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
    return msgspec.json.Decoder(struct)


def decode_members(members: Members, data: bytes | bytearray | memoryview) -> dict[str, Any] | None:
    """The models of a JSON object whose only keys are among ``members`` (key, model class),
    each optional: ``{key: model}`` for the keys present, or None when this way refuses the
    document (any other key, a member that is not its model, anything ``decode`` refuses); the
    caller then parses it the ordinary way, which decides. For a callback body (``{"trade":
    {...}}``): one decoding of its bytes instead of parsing them into dicts and converting those.

    Nothing in the document is left unchecked: a model that ignores undeclared keys, anywhere
    inside, would have msgspec skip their values without converting them, and then every
    document is refused.
    """
    if _skipped(members):
        return None
    if members not in _member_decoders:
        _member_decoders[members] = _members_decoder(members)
    decoder = _member_decoders[members]
    if decoder is None:
        return None
    try:
        wire = decoder.decode(data)
        return {
            key: cls._from_wire(value)
            for key, cls in members
            if (value := getattr(wire, key)) is not UNSET
        }
    except _REFUSALS:
        _skips[members] = SKIP_AFTER_REFUSAL
        return None
