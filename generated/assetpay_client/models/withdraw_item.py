# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None


T = TypeVar("T", bound="WithdrawItem")


@_attrs_define(getstate_setstate=False)
class WithdrawItem:
    """
    Attributes:
        item_id (str): A listing `id` from the listings route (UUIDv8 for CS2, compound for Rust).
        price (float): The USD price quoted to the user.
        max_price (float | Unset): Most you will pay for this item; overrides slippageBps. Omit to refuse any increase.
        external_id (str | Unset): Per-item reference; the cancel routes accept it in place of the item id (a path
            segment: the rules of ExternalId apply).
    """

    item_id: str
    price: float
    max_price: float | Unset = UNSET
    external_id: str | Unset = UNSET
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "item_id": "itemId",
        "price": "price",
        "max_price": "maxPrice",
        "external_id": "externalId",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("item_id", True, ""),
        ("price", True, ""),
        ("max_price", False, ""),
        ("external_id", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        price = self.price

        max_price = self.max_price

        external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "itemId": item_id,
                "price": price,
            }
        )
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        item_id = src_dict["itemId"]

        price = src_dict["price"]

        max_price = get("maxPrice", UNSET)

        external_id = get("externalId", UNSET)

        instance_ = cls(
            item_id,
            price,
            max_price,
            external_id,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))

        return instance_
