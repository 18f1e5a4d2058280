# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None
from typing import Literal, cast

from .. import _lazy

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="ListingsEnvelope")


@_attrs_define(getstate_setstate=False)
class ListingsEnvelope:
    """Success envelope.

    Attributes:
        request_id (str): Id of the request (a UUID); quote it to support.
        success (Literal[True]):
        data (list[Item]):
    """

    request_id: str
    success: Literal[True]
    data: list[Item]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("data",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "request_id": "requestId",
        "success": "success",
        "data": "data",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("request_id", True, ""),
        ("success", True, "raw"),
        ("data", True, "list Item"),
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
    def _load_data(src: Any) -> list[Item]:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = Item._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = Item.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        request_id = src_dict["requestId"]

        success = cast(Literal[True], src_dict["success"])
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")

        data = src_dict["data"]
        if not isinstance(data, list):
            raise TypeError(f"data must be a list, not {type(data).__name__}")

        instance_ = cls(
            request_id,
            success,
            data,
        )
        if data:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["data"] = data
            del instance_.data
        else:  # nothing to build; a new list, not the caller's
            instance_.data = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _success_raw: Any = instance_.success  # the JSON value, as from_dict gets it
        success = cast(Literal[True], _success_raw)
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")
        instance_.success = success
        data = instance_.data
        if data:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["data"] = data
            del instance_.data
        else:  # nothing to build; a new list, not the caller's
            instance_.data = []

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
from ..models.item import Item  # noqa: E402
