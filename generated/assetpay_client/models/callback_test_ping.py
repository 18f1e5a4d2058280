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

import datetime
from typing import Literal, cast

T = TypeVar("T", bound="CallbackTestPing")


@_attrs_define(getstate_setstate=False)
class CallbackTestPing:
    """The unsigned ping sent when the callback URL is saved.

    Attributes:
        test (Literal[True]):
        timestamp (datetime.datetime | Unset):
        message (str | Unset):
    """

    test: Literal[True]
    timestamp: datetime.datetime | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "test": "test",
        "timestamp": "timestamp",
        "message": "message",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("test", True, "raw"),
        ("timestamp", False, "raw"),
        ("message", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        test = self.test

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test": test,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        test = cast(Literal[True], src_dict["test"])
        if test != True:
            raise ValueError(f"test must match const True, got '{test}'")

        _timestamp = get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        message = get("message", UNSET)

        instance_ = cls(
            test,
            timestamp,
            message,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _test_raw: Any = instance_.test  # the JSON value, as from_dict gets it
        test = cast(Literal[True], _test_raw)
        if test != True:
            raise ValueError(f"test must match const True, got '{test}'")
        instance_.test = test
        _timestamp_raw: Any = instance_.timestamp  # the JSON value, as from_dict gets it
        if _timestamp_raw is not UNSET:
            _timestamp = _timestamp_raw
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = datetime.datetime.fromisoformat(_timestamp)

            instance_.timestamp = timestamp

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
