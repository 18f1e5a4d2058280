# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from typing import cast

if TYPE_CHECKING:
    from ..models.linked_identity import LinkedIdentity
    from ..models.verification_process import VerificationProcess


T = TypeVar("T", bound="VerificationStatus")


@_attrs_define(getstate_setstate=False)
class VerificationStatus:
    """
    Attributes:
        verification_level (int): 0 none, 1 picture id.
        email (None | str):
        latest_process (None | VerificationProcess):
        linked_identity (LinkedIdentity | None):
    """

    verification_level: int
    email: None | str
    latest_process: None | VerificationProcess
    linked_identity: LinkedIdentity | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "latest_process",
        "linked_identity",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "verification_level": "verificationLevel",
        "email": "email",
        "latest_process": "latestProcess",
        "linked_identity": "linkedIdentity",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("verification_level", True, ""),
        ("email", True, "raw"),
        ("latest_process", True, "union model:VerificationProcess none"),
        ("linked_identity", True, "union model:LinkedIdentity none"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        verification_level = self.verification_level

        email: None | str
        email = self.email

        latest_process: dict[str, Any] | None
        if isinstance(self.latest_process, VerificationProcess):
            latest_process = self.latest_process.to_dict()
        else:
            latest_process = self.latest_process

        linked_identity: dict[str, Any] | None
        if isinstance(self.linked_identity, LinkedIdentity):
            linked_identity = self.linked_identity.to_dict()
        else:
            linked_identity = self.linked_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationLevel": verification_level,
                "email": email,
                "latestProcess": latest_process,
                "linkedIdentity": linked_identity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        verification_level = src_dict["verificationLevel"]

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(src_dict["email"])

        def _parse_latest_process(data: object) -> None | VerificationProcess:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_process_type_0 = VerificationProcess.from_dict(data)

                return latest_process_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VerificationProcess, data)

        latest_process = _parse_latest_process(src_dict["latestProcess"])

        def _parse_linked_identity(data: object) -> LinkedIdentity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linked_identity_type_0 = LinkedIdentity.from_dict(data)

                return linked_identity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedIdentity | None, data)

        linked_identity = _parse_linked_identity(src_dict["linkedIdentity"])

        instance_ = cls(
            verification_level,
            email,
            latest_process,
            linked_identity,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _email_raw: Any = instance_.email  # the JSON value, as from_dict gets it

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(_email_raw)

        instance_.email = email
        _latest_process: Any = instance_.latest_process  # UNSET, None, a Struct or a list of them
        if (
            _latest_process is not UNSET
            and _latest_process is not None
            and type(_latest_process) is not list
        ):
            instance_.latest_process = VerificationProcess._from_wire(_latest_process)
        _linked_identity: Any = instance_.linked_identity  # UNSET, None, a Struct or a list of them
        if (
            _linked_identity is not UNSET
            and _linked_identity is not None
            and type(_linked_identity) is not list
        ):
            instance_.linked_identity = LinkedIdentity._from_wire(_linked_identity)

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
from ..models.linked_identity import LinkedIdentity  # noqa: E402
from ..models.verification_process import VerificationProcess  # noqa: E402
