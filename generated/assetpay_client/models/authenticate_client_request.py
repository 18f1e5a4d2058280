# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None


if TYPE_CHECKING:
    from ..models.client_data import ClientData


T = TypeVar("T", bound="AuthenticateClientRequest")


@_attrs_define(getstate_setstate=False)
class AuthenticateClientRequest:
    """
    Attributes:
        client_steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        client_trade_url (str): A Steam trade-offer URL with partner id and 8-character token (ASCII digits; `[0-9]`
            rather than `\\\\d`, which some regex engines read as any Unicode digit).
        client_id (str | Unset): The merchant's own user id; copied onto the user's trades as `externalClientUserId`.
        client_data (ClientData | Unset): Inputs to the instant-credit risk model; every field optional (server defaults
            0, false,
            null). Only these six keys exist. The best collateral comes with fiat and crypto deposits
            both true and KYC level 3.
    """

    client_steam_id: str
    client_trade_url: str
    client_id: str | Unset = UNSET
    client_data: ClientData | Unset = UNSET
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("client_data",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "client_steam_id": "clientSteamId",
        "client_trade_url": "clientTradeUrl",
        "client_id": "clientId",
        "client_data": "clientData",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("client_steam_id", True, ""),
        ("client_trade_url", True, ""),
        ("client_id", False, ""),
        ("client_data", False, "model ClientData"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        client_steam_id = self.client_steam_id

        client_trade_url = self.client_trade_url

        client_id = self.client_id

        client_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_data, Unset):
            client_data = self.client_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientSteamId": client_steam_id,
                "clientTradeUrl": client_trade_url,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_data is not UNSET:
            field_dict["clientData"] = client_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        client_steam_id = src_dict["clientSteamId"]

        client_trade_url = src_dict["clientTradeUrl"]

        client_id = get("clientId", UNSET)

        _client_data = get("clientData", UNSET)
        client_data: ClientData | Unset = (
            UNSET if _client_data is UNSET else ClientData.from_dict(_client_data)
        )

        instance_ = cls(
            client_steam_id,
            client_trade_url,
            client_id,
            client_data,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        if instance_.client_data is not UNSET:
            instance_.client_data = ClientData._from_wire(instance_.client_data)

        return instance_


# Imported once, after the class, instead of on every to_dict()/from_dict() call: models that
# refer to each other still load, because each class exists before its module imports others.
from ..models.client_data import ClientData  # noqa: E402
