# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None


from ..models.doppler_phase import DopplerPhase

if TYPE_CHECKING:
    from ..models.price_withdraw_modes import PriceWithdrawModes


T = TypeVar("T", bound="PricePhase")


@_attrs_define(getstate_setstate=False)
class PricePhase:
    """
    Attributes:
        phase (DopplerPhase): Phase of a Doppler or Gamma Doppler knife.
        accepted (bool):
        deposit (float):
        withdraw (PriceWithdrawModes): Fee-inclusive buy price per delivery mode; null when the mode is not available.
    """

    phase: DopplerPhase
    accepted: bool
    deposit: float
    withdraw: PriceWithdrawModes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("withdraw",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "phase": "phase",
        "accepted": "accepted",
        "deposit": "deposit",
        "withdraw": "withdraw",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("phase", True, "enum DopplerPhase"),
        ("accepted", True, ""),
        ("deposit", True, ""),
        ("withdraw", True, "model PriceWithdrawModes"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase.value

        accepted = self.accepted

        deposit = self.deposit

        withdraw = self.withdraw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase": phase,
                "accepted": accepted,
                "deposit": deposit,
                "withdraw": withdraw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _phase = src_dict["phase"]
        phase = DopplerPhase._by_value.get(_phase) or DopplerPhase(_phase)

        accepted = src_dict["accepted"]

        deposit = src_dict["deposit"]

        withdraw = PriceWithdrawModes.from_dict(src_dict["withdraw"])

        instance_ = cls(
            phase,
            accepted,
            deposit,
            withdraw,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        instance_.withdraw = PriceWithdrawModes._from_wire(instance_.withdraw)

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
from ..models.price_withdraw_modes import PriceWithdrawModes  # noqa: E402
