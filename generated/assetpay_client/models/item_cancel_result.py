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

from uuid import UUID

from ..models.item_cancel_status import ItemCancelStatus

T = TypeVar("T", bound="ItemCancelResult")


@_attrs_define(getstate_setstate=False)
class ItemCancelResult:
    """
    Attributes:
        trade_id (UUID):
        item_id (UUID):
        status (ItemCancelStatus): Status of an accepted single-item cancel request (two Ls, unlike the trade status
            `canceled`).
        external_id (str | Unset):
    """

    trade_id: UUID
    item_id: UUID
    status: ItemCancelStatus
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "trade_id": "tradeId",
        "item_id": "itemId",
        "status": "status",
        "external_id": "externalId",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("trade_id", True, "raw"),
        ("item_id", True, "raw"),
        ("status", True, "enum ItemCancelStatus"),
        ("external_id", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        trade_id = str(self.trade_id)

        item_id = str(self.item_id)

        status = self.status.value

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeId": trade_id,
                "itemId": item_id,
                "status": status,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        trade_id = UUID(src_dict["tradeId"])

        item_id = UUID(src_dict["itemId"])

        _status = src_dict["status"]
        status = ItemCancelStatus._by_value.get(_status) or ItemCancelStatus(_status)

        external_id = get("externalId", UNSET)

        instance_ = cls(
            trade_id,
            item_id,
            status,
            external_id,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _trade_id_raw: Any = instance_.trade_id  # the JSON value, as from_dict gets it
        trade_id = UUID(_trade_id_raw)

        instance_.trade_id = trade_id
        _item_id_raw: Any = instance_.item_id  # the JSON value, as from_dict gets it
        item_id = UUID(_item_id_raw)

        instance_.item_id = item_id

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
