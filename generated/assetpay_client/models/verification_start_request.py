# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationStartRequest")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        instance_ = cls(
            email=email,
        )

        return instance_
