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

from .. import _lazy

if TYPE_CHECKING:
    from ..models.price_phase import PricePhase
    from ..models.price_withdraw_modes import PriceWithdrawModes


T = TypeVar("T", bound="PriceItemCs2")


@_attrs_define(getstate_setstate=False)
class PriceItemCs2:
    """A CS2 price entry. Doppler items appear once, with a `phases` breakdown; the top-level prices are then the cheapest
    phase.

        Attributes:
            item_id (None | str): Catalog id; null when the item has no withdraw floor.
            market_hash_name (str):
            accepted (bool): The deposit price is above 0.
            deposit (float): USD AssetPay pays on deposit.
            withdraw (PriceWithdrawModes): Fee-inclusive buy price per delivery mode; null when the mode is not available.
            phases (list[PricePhase] | Unset):
    """

    item_id: None | str
    market_hash_name: str
    accepted: bool
    deposit: float
    withdraw: PriceWithdrawModes
    phases: list[PricePhase] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "withdraw",
        "phases",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "item_id": "itemId",
        "market_hash_name": "marketHashName",
        "accepted": "accepted",
        "deposit": "deposit",
        "withdraw": "withdraw",
        "phases": "phases",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("item_id", True, "raw"),
        ("market_hash_name", True, ""),
        ("accepted", True, ""),
        ("deposit", True, ""),
        ("withdraw", True, "model PriceWithdrawModes"),
        ("phases", False, "list PricePhase"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True
    _lazy_raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute

        def __getattr__(self, name: str) -> Any:
            return _lazy.load(self, name)

        def __repr__(self) -> str:  # attrs' repr, but a list that cannot be parsed says so
            return _lazy.safe_repr(self)

    @staticmethod
    def _load_phases(src: Any) -> list[PricePhase] | Unset:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = PricePhase._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = PricePhase.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        item_id: None | str
        item_id = self.item_id

        market_hash_name = self.market_hash_name

        accepted = self.accepted

        deposit = self.deposit

        withdraw = self.withdraw.to_dict()

        phases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phases, Unset):
            phases = []
            for phases_item_data in self.phases:
                phases_item = phases_item_data.to_dict()
                phases.append(phases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemId": item_id,
                "marketHashName": market_hash_name,
                "accepted": accepted,
                "deposit": deposit,
                "withdraw": withdraw,
            }
        )
        if phases is not UNSET:
            field_dict["phases"] = phases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get

        def _parse_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_id = _parse_item_id(src_dict["itemId"])

        market_hash_name = src_dict["marketHashName"]

        accepted = src_dict["accepted"]

        deposit = src_dict["deposit"]

        withdraw = PriceWithdrawModes.from_dict(src_dict["withdraw"])

        phases = get("phases", UNSET)
        if phases is not UNSET and not isinstance(phases, list):
            raise TypeError(f"phases must be a list, not {type(phases).__name__}")

        instance_ = cls(
            item_id,
            market_hash_name,
            accepted,
            deposit,
            withdraw,
            phases,
        )
        if phases is UNSET:
            pass
        elif phases:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["phases"] = phases
            del instance_.phases
        else:  # nothing to build; a new list, not the caller's
            instance_.phases = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _item_id_raw: Any = instance_.item_id  # the JSON value, as from_dict gets it

        def _parse_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_id = _parse_item_id(_item_id_raw)

        instance_.item_id = item_id
        instance_.withdraw = PriceWithdrawModes._from_wire(instance_.withdraw)
        phases = instance_.phases
        if phases is UNSET:
            pass
        elif phases:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["phases"] = phases
            del instance_.phases
        else:  # nothing to build; a new list, not the caller's
            instance_.phases = []

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
from ..models.price_phase import PricePhase  # noqa: E402
from ..models.price_withdraw_modes import PriceWithdrawModes  # noqa: E402
