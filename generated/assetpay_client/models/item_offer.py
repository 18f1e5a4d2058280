# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from ..models.delivery_mode import DeliveryMode

T = TypeVar("T", bound="ItemOffer")


@_attrs_define(getstate_setstate=False)
class ItemOffer:
    """AssetPay's offer on an item: the deposit price (inventory) or the buy price (market, listings, trades).

    Attributes:
        price (float): USD.
        delivery (DeliveryMode | Unset): `standard`: the item is bought from a supplier, then sent. `instant`: the item
            already sits on an AssetPay bot.
        max_amount (float | Unset): Largest stack quantity accepted.
        accepted (bool | Unset): AssetPay accepts the item for deposit.
        reference (str | Unset): Seen in documentation examples only.
    """

    price: float
    delivery: DeliveryMode | Unset = UNSET
    max_amount: float | Unset = UNSET
    accepted: bool | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "price": "price",
        "delivery": "delivery",
        "max_amount": "maxAmount",
        "accepted": "accepted",
        "reference": "reference",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("price", True, ""),
        ("delivery", False, "enum DeliveryMode"),
        ("max_amount", False, ""),
        ("accepted", False, ""),
        ("reference", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        delivery: str | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.value

        max_amount = self.max_amount

        accepted = self.accepted

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        price = src_dict["price"]

        _delivery = get("delivery", UNSET)
        delivery: DeliveryMode | Unset = (
            UNSET
            if _delivery is UNSET
            else DeliveryMode._by_value.get(_delivery) or DeliveryMode(_delivery)
        )

        max_amount = get("maxAmount", UNSET)

        accepted = get("accepted", UNSET)

        reference = get("reference", UNSET)

        instance_ = cls(
            price,
            delivery,
            max_amount,
            accepted,
            reference,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))

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
