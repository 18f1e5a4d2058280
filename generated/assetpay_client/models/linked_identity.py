# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

import datetime
from typing import cast
from uuid import UUID

T = TypeVar("T", bound="LinkedIdentity")


@_attrs_define(getstate_setstate=False)
class LinkedIdentity:
    """
    Attributes:
        id (UUID):
        first_name (None | str):
        last_name (None | str):
        document_country (None | str): ISO 3166-1 alpha-3 country of the document.
        linked_at (datetime.datetime):
    """

    id: UUID
    first_name: None | str
    last_name: None | str
    document_country: None | str
    linked_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "first_name": "firstName",
        "last_name": "lastName",
        "document_country": "documentCountry",
        "linked_at": "linkedAt",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("id", True, "raw"),
        ("first_name", True, "raw"),
        ("last_name", True, "raw"),
        ("document_country", True, "raw"),
        ("linked_at", True, "raw"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        document_country: None | str
        document_country = self.document_country

        linked_at = self.linked_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "firstName": first_name,
                "lastName": last_name,
                "documentCountry": document_country,
                "linkedAt": linked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = UUID(src_dict["id"])

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(src_dict["firstName"])

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(src_dict["lastName"])

        def _parse_document_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_country = _parse_document_country(src_dict["documentCountry"])

        linked_at = datetime.datetime.fromisoformat(src_dict["linkedAt"])

        instance_ = cls(
            id,
            first_name,
            last_name,
            document_country,
            linked_at,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _id_raw: Any = instance_.id  # the JSON value, as from_dict gets it
        id = UUID(_id_raw)

        instance_.id = id
        _first_name_raw: Any = instance_.first_name  # the JSON value, as from_dict gets it

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(_first_name_raw)

        instance_.first_name = first_name
        _last_name_raw: Any = instance_.last_name  # the JSON value, as from_dict gets it

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(_last_name_raw)

        instance_.last_name = last_name
        _document_country_raw: Any = (
            instance_.document_country
        )  # the JSON value, as from_dict gets it

        def _parse_document_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_country = _parse_document_country(_document_country_raw)

        instance_.document_country = document_country
        _linked_at_raw: Any = instance_.linked_at  # the JSON value, as from_dict gets it
        linked_at = datetime.datetime.fromisoformat(_linked_at_raw)

        instance_.linked_at = linked_at

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
