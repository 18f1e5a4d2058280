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


from ..models.trade_url_check_state import TradeUrlCheckState

if TYPE_CHECKING:
    from ..models.steam_bans import SteamBans
    from ..models.trade_url_check_reason import TradeUrlCheckReason


T = TypeVar("T", bound="TradeUrlCheck")


@_attrs_define(getstate_setstate=False)
class TradeUrlCheck:
    """
    Attributes:
        state (TradeUrlCheckState): Result of a trade-URL check. 1 normal (full trading rights); 2 CS2 banned (Rust
            only; also
            VAC-banned accounts, whose CS2 deposits fail); 3 Rust banned (CS2 only); 4 banned (no
            trading); 5 inventory private; 6 trade URL invalid; 7 user not found; 8 unknown error;
            9 user not tradeable; 10 Steam unavailable.
        message (str):
        steamid (str | Unset): SteamID64, when the URL resolves to a user.
        can_trade (bool | Unset): Present for states 1 to 4.
        reason (TradeUrlCheckReason | Unset): Why the account cannot trade (only when `canTrade` is false).
        bans (SteamBans | Unset):
    """

    state: TradeUrlCheckState
    message: str
    steamid: str | Unset = UNSET
    can_trade: bool | Unset = UNSET
    reason: TradeUrlCheckReason | Unset = UNSET
    bans: SteamBans | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "reason",
        "bans",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "state": "state",
        "message": "message",
        "steamid": "steamid",
        "can_trade": "canTrade",
        "reason": "reason",
        "bans": "bans",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("state", True, "enum TradeUrlCheckState"),
        ("message", True, ""),
        ("steamid", False, ""),
        ("can_trade", False, ""),
        ("reason", False, "model TradeUrlCheckReason"),
        ("bans", False, "model SteamBans"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        message = self.message

        steamid = self.steamid

        can_trade = self.can_trade

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        bans: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bans, Unset):
            bans = self.bans.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "message": message,
            }
        )
        if steamid is not UNSET:
            field_dict["steamid"] = steamid
        if can_trade is not UNSET:
            field_dict["canTrade"] = can_trade
        if reason is not UNSET:
            field_dict["reason"] = reason
        if bans is not UNSET:
            field_dict["bans"] = bans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _state = src_dict["state"]
        state = TradeUrlCheckState._by_value.get(_state) or TradeUrlCheckState(_state)

        message = src_dict["message"]

        steamid = get("steamid", UNSET)

        can_trade = get("canTrade", UNSET)

        _reason = get("reason", UNSET)
        reason: TradeUrlCheckReason | Unset = (
            UNSET if _reason is UNSET else TradeUrlCheckReason.from_dict(_reason)
        )

        _bans = get("bans", UNSET)
        bans: SteamBans | Unset = UNSET if _bans is UNSET else SteamBans.from_dict(_bans)

        instance_ = cls(
            state,
            message,
            steamid,
            can_trade,
            reason,
            bans,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        if instance_.reason is not UNSET:
            instance_.reason = TradeUrlCheckReason._from_wire(instance_.reason)
        if instance_.bans is not UNSET:
            instance_.bans = SteamBans._from_wire(instance_.bans)

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
from ..models.steam_bans import SteamBans  # noqa: E402
from ..models.trade_url_check_reason import TradeUrlCheckReason  # noqa: E402
