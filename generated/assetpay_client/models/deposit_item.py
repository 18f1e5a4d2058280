# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None


T = TypeVar("T", bound="DepositItem")


@_attrs_define(getstate_setstate=False)
class DepositItem:
    """
    Attributes:
        item_id (str): The item's `id` from the inventory route.
        price (float): USD; must equal the current inventory offer price.
        amount (int | Unset): Quantity of a stackable (Rust) item. Default: 1.
    """

    item_id: str
    price: float
    amount: int | Unset = 1
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "item_id": "itemId",
        "price": "price",
        "amount": "amount",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("item_id", True, ""),
        ("price", True, ""),
        ("amount", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        price = self.price

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "itemId": item_id,
                "price": price,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        item_id = src_dict["itemId"]

        price = src_dict["price"]

        amount = get("amount", UNSET)

        instance_ = cls(
            item_id,
            price,
            amount,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))

        return instance_
