# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None


T = TypeVar("T", bound="VerificationStartRequest")


@_attrs_define(getstate_setstate=False)
class VerificationStartRequest:
    """
    Attributes:
        email (str | Unset): Remembered for linking to an existing identity.
    """

    email: str | Unset = UNSET
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "email": "email",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (("email", False, ""),)
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        email = get("email", UNSET)

        instance_ = cls(
            email,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))

        return instance_
