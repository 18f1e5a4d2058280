# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from typing import Literal, cast

if TYPE_CHECKING:
    from ..models.crypto_withdrawal_page import CryptoWithdrawalPage


T = TypeVar("T", bound="CryptoWithdrawalPageEnvelope")


@_attrs_define(getstate_setstate=False)
class CryptoWithdrawalPageEnvelope:
    """Success envelope.

    Attributes:
        request_id (str): Id of the request (a UUID); quote it to support.
        success (Literal[True]):
        data (CryptoWithdrawalPage):
    """

    request_id: str
    success: Literal[True]
    data: CryptoWithdrawalPage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("data",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "request_id": "requestId",
        "success": "success",
        "data": "data",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("request_id", True, ""),
        ("success", True, "raw"),
        ("data", True, "model CryptoWithdrawalPage"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        request_id = src_dict["requestId"]

        success = cast(Literal[True], src_dict["success"])
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")

        data = CryptoWithdrawalPage.from_dict(src_dict["data"])

        instance_ = cls(
            request_id,
            success,
            data,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _success_raw: Any = instance_.success  # the JSON value, as from_dict gets it
        success = cast(Literal[True], _success_raw)
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")
        instance_.success = success
        instance_.data = CryptoWithdrawalPage._from_wire(instance_.data)

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
from ..models.crypto_withdrawal_page import CryptoWithdrawalPage  # noqa: E402
