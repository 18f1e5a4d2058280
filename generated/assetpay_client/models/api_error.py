# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from typing import cast

if TYPE_CHECKING:
    from ..models.api_error_details import ApiErrorDetails
    from ..models.api_error_fields import ApiErrorFields


T = TypeVar("T", bound="ApiError")


@_attrs_define(getstate_setstate=False)
class ApiError:
    """
    Attributes:
        code (int): Numeric error code; its range names the domain (see x-error-domains).
        key (str): Stable machine-readable key, e.g. PRICE_CHANGED.
        message (list[str] | str): Human-readable text (a list of texts for some validation failures). Its wording may
            change; never parse it.
        fields (ApiErrorFields | Unset): VALIDATION_FAILED only: dotted field path (e.g. items.0.price) to the reason;
            at most 20 entries.
        details (ApiErrorDetails | Unset): Structured context, e.g. ITEM_OVERSTOCKED details.items,
            ONCHAIN_CLIENT_WITHDRAW_LIMIT details.scope and details.remainingCents.
    """

    code: int
    key: str
    message: list[str] | str
    fields: ApiErrorFields | Unset = UNSET
    details: ApiErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "fields",
        "details",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "code": "code",
        "key": "key",
        "message": "message",
        "fields": "fields",
        "details": "details",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("code", True, ""),
        ("key", True, ""),
        ("message", True, "raw"),
        ("fields", False, "model ApiErrorFields"),
        ("details", False, "model ApiErrorDetails"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        key = self.key

        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "key": key,
                "message": message,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        code = src_dict["code"]

        key = src_dict["key"]

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1 = cast(list[str], data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        message = _parse_message(src_dict["message"])

        _fields = get("fields", UNSET)
        fields: ApiErrorFields | Unset = (
            UNSET if _fields is UNSET else ApiErrorFields.from_dict(_fields)
        )

        _details = get("details", UNSET)
        details: ApiErrorDetails | Unset = (
            UNSET if _details is UNSET else ApiErrorDetails.from_dict(_details)
        )

        instance_ = cls(
            code,
            key,
            message,
            fields,
            details,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _message_raw: Any = instance_.message  # the JSON value, as from_dict gets it

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1 = cast(list[str], data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        message = _parse_message(_message_raw)

        instance_.message = message
        if instance_.fields is not UNSET:
            instance_.fields = ApiErrorFields._from_wire(instance_.fields)
        if instance_.details is not UNSET:
            instance_.details = ApiErrorDetails._from_wire(instance_.details)

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
from ..models.api_error_details import ApiErrorDetails  # noqa: E402
from ..models.api_error_fields import ApiErrorFields  # noqa: E402
