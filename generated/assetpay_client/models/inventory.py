# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="Inventory")


@_attrs_define
class Inventory:
    """
    Attributes:
        inventory (list[Item]):
        count (int): Items matching the filters, over all pages.
        updated_at (datetime.datetime): When the cached inventory was last loaded from Steam.
        collateral (float): The user's instant-credit collateral in USD (always 0 on `/secure/inventory`).
    """

    inventory: list[Item]
    count: int
    updated_at: datetime.datetime
    collateral: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory = []
        for inventory_item_data in self.inventory:
            inventory_item = inventory_item_data.to_dict()
            inventory.append(inventory_item)

        count = self.count

        updated_at = self.updated_at.isoformat()

        collateral = self.collateral

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inventory": inventory,
                "count": count,
                "updatedAt": updated_at,
                "collateral": collateral,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inventory = []
        _inventory = d.pop("inventory")
        for inventory_item_data in _inventory:
            inventory_item = Item.from_dict(inventory_item_data)

            inventory.append(inventory_item)

        count = d.pop("count")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        collateral = d.pop("collateral")

        instance_ = cls(
            inventory=inventory,
            count=count,
            updated_at=updated_at,
            collateral=collateral,
        )

        instance_.additional_properties = d
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
