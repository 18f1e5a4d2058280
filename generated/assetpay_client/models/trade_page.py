# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None
from typing import cast

from .. import _lazy

if TYPE_CHECKING:
    from ..models.trade import Trade


T = TypeVar("T", bound="TradePage")


@_attrs_define(getstate_setstate=False)
class TradePage:
    """
    Attributes:
        items (list[Trade]): Newest first.
        next_cursor (None | str): Cursor of the next page; null on the last page.
    """

    items: list[Trade]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("items",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "items": "items",
        "next_cursor": "nextCursor",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("items", True, "list Trade"),
        ("next_cursor", True, "raw"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True
    _lazy_raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute

        def __getattr__(self, name: str) -> Any:
            return _lazy.load(self, name)

        def __repr__(self) -> str:  # attrs' repr, but a list that cannot be parsed says so
            return _lazy.safe_repr(self)

    @staticmethod
    def _load_items(src: Any) -> list[Trade]:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = Trade._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = Trade.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        items = src_dict["items"]
        if not isinstance(items, list):
            raise TypeError(f"items must be a list, not {type(items).__name__}")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(src_dict["nextCursor"])

        instance_ = cls(
            items,
            next_cursor,
        )
        if items:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["items"] = items
            del instance_.items
        else:  # nothing to build; a new list, not the caller's
            instance_.items = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        items = instance_.items
        _next_cursor_raw: Any = instance_.next_cursor  # the JSON value, as from_dict gets it

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(_next_cursor_raw)

        instance_.next_cursor = next_cursor
        if items:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["items"] = items
            del instance_.items
        else:  # nothing to build; a new list, not the caller's
            instance_.items = []

        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class, instead of on every to_dict()/from_dict() call: models that
# refer to each other still load, because each class exists before its module imports others.
from ..models.trade import Trade  # noqa: E402
