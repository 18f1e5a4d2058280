# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from typing import cast

from ..models.cs_2_game_id import Cs2GameId
from ..models.delivery_mode import DeliveryMode
from ..models.doppler_phase import DopplerPhase

T = TypeVar("T", bound="QuickWithdrawRequest")


@_attrs_define(getstate_setstate=False)
class QuickWithdrawRequest:
    """Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`, when given, holds exactly `amount` entries.

    Attributes:
        max_price (float): Per-unit ceiling in USD, fees included (same basis as the prices withdraw price).
        amount (int): Units to buy.
        item_id (str | Unset): Catalog id (suggestions `id` or prices `itemId`).
        market_hash_name (str | Unset): Exact market hash name; ignored when itemId is given.
        delivery (DeliveryMode | Unset): `standard`: the item is bought from a supplier, then sent. `instant`: the item
            already sits on an AssetPay bot.
        phase (DopplerPhase | Unset): Phase of a Doppler or Gamma Doppler knife.
        auto_cancel (int | Unset): Minutes after which unsent items are cancelled; 720 disables it. Default: 30.
        game (Cs2GameId | Unset): The game id of CS2-only requests (quick withdraw and quick buy). AssetPay's text names
            CS2 and Rust in one sentence and CS2 only in the next, and Rust is refused with `QUICK_BUY_UNSUPPORTED_GAME`
            (32); project decision: only "730" is allowed, so the client refuses a Rust quick buy before anything is sent.
        external_id (str | Unset): Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%`
            `\\`, not only dots) so the trade can be looked up by it.
        external_ids (list[str] | Unset): One per-item reference per requested unit, assigned in order.
    """

    max_price: float
    amount: int
    item_id: str | Unset = UNSET
    market_hash_name: str | Unset = UNSET
    delivery: DeliveryMode | Unset = UNSET
    phase: DopplerPhase | Unset = UNSET
    auto_cancel: int | Unset = 30
    game: Cs2GameId | Unset = UNSET
    external_id: str | Unset = UNSET
    external_ids: list[str] | Unset = UNSET
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "max_price": "maxPrice",
        "amount": "amount",
        "item_id": "itemId",
        "market_hash_name": "marketHashName",
        "delivery": "delivery",
        "phase": "phase",
        "auto_cancel": "autoCancel",
        "game": "game",
        "external_id": "externalId",
        "external_ids": "externalIds",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("max_price", True, ""),
        ("amount", True, ""),
        ("item_id", False, ""),
        ("market_hash_name", False, ""),
        ("delivery", False, "enum DeliveryMode"),
        ("phase", False, "enum DopplerPhase"),
        ("auto_cancel", False, ""),
        ("game", False, "enum Cs2GameId"),
        ("external_id", False, ""),
        ("external_ids", False, "raw"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        max_price = self.max_price

        amount = self.amount

        item_id = self.item_id

        market_hash_name = self.market_hash_name

        delivery: str | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.value

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        auto_cancel = self.auto_cancel

        game: str | Unset = UNSET
        if not isinstance(self.game, Unset):
            game = self.game.value

        external_id = self.external_id

        external_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "maxPrice": max_price,
                "amount": amount,
            }
        )
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if market_hash_name is not UNSET:
            field_dict["marketHashName"] = market_hash_name
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if phase is not UNSET:
            field_dict["phase"] = phase
        if auto_cancel is not UNSET:
            field_dict["autoCancel"] = auto_cancel
        if game is not UNSET:
            field_dict["game"] = game
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_ids is not UNSET:
            field_dict["externalIds"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        max_price = src_dict["maxPrice"]

        amount = src_dict["amount"]

        item_id = get("itemId", UNSET)

        market_hash_name = get("marketHashName", UNSET)

        _delivery = get("delivery", UNSET)
        delivery: DeliveryMode | Unset = (
            UNSET
            if _delivery is UNSET
            else DeliveryMode._by_value.get(_delivery) or DeliveryMode(_delivery)
        )

        _phase = get("phase", UNSET)
        phase: DopplerPhase | Unset = (
            UNSET if _phase is UNSET else DopplerPhase._by_value.get(_phase) or DopplerPhase(_phase)
        )

        auto_cancel = get("autoCancel", UNSET)

        _game = get("game", UNSET)
        game: Cs2GameId | Unset = (
            UNSET if _game is UNSET else Cs2GameId._by_value.get(_game) or Cs2GameId(_game)
        )

        external_id = get("externalId", UNSET)

        external_ids = cast(list[str], get("externalIds", UNSET))

        instance_ = cls(
            max_price,
            amount,
            item_id,
            market_hash_name,
            delivery,
            phase,
            auto_cancel,
            game,
            external_id,
            external_ids,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _external_ids_raw: Any = instance_.external_ids  # the JSON value, as from_dict gets it
        if _external_ids_raw is not UNSET:
            external_ids = cast(list[str], _external_ids_raw)

            instance_.external_ids = external_ids

        return instance_
