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

from ..models.verification_process_status import VerificationProcessStatus

T = TypeVar("T", bound="VerificationProcess")


@_attrs_define(getstate_setstate=False)
class VerificationProcess:
    """
    Attributes:
        dossier_id (str):
        process_id (None | str):
        capture_url (str):
        status (VerificationProcessStatus): Status of an identity check.
        created_at (datetime.datetime):
        completed_at (datetime.datetime | None):
    """

    dossier_id: str
    process_id: None | str
    capture_url: str
    status: VerificationProcessStatus
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "dossier_id": "dossierId",
        "process_id": "processId",
        "capture_url": "captureUrl",
        "status": "status",
        "created_at": "createdAt",
        "completed_at": "completedAt",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("dossier_id", True, ""),
        ("process_id", True, "raw"),
        ("capture_url", True, ""),
        ("status", True, "enum VerificationProcessStatus"),
        ("created_at", True, "raw"),
        ("completed_at", True, "raw"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        dossier_id = self.dossier_id

        process_id: None | str
        process_id = self.process_id

        capture_url = self.capture_url

        status = self.status.value

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dossierId": dossier_id,
                "processId": process_id,
                "captureUrl": capture_url,
                "status": status,
                "createdAt": created_at,
                "completedAt": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        dossier_id = src_dict["dossierId"]

        def _parse_process_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        process_id = _parse_process_id(src_dict["processId"])

        capture_url = src_dict["captureUrl"]

        _status = src_dict["status"]
        status = VerificationProcessStatus._by_value.get(_status) or VerificationProcessStatus(
            _status
        )

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(src_dict["completedAt"])

        instance_ = cls(
            dossier_id,
            process_id,
            capture_url,
            status,
            created_at,
            completed_at,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _process_id_raw: Any = instance_.process_id  # the JSON value, as from_dict gets it

        def _parse_process_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        process_id = _parse_process_id(_process_id_raw)

        instance_.process_id = process_id
        _created_at_raw: Any = instance_.created_at  # the JSON value, as from_dict gets it
        created_at = datetime.datetime.fromisoformat(_created_at_raw)

        instance_.created_at = created_at
        _completed_at_raw: Any = instance_.completed_at  # the JSON value, as from_dict gets it

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(_completed_at_raw)

        instance_.completed_at = completed_at

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
