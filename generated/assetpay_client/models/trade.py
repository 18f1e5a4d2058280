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
import datetime

from .. import _lazy
from ..models.game_id import GameId
from ..models.reverted_by import RevertedBy
from ..models.trade_error_code import TradeErrorCode
from ..models.trade_source import TradeSource
from ..models.trade_status import TradeStatus
from ..models.trade_type import TradeType

if TYPE_CHECKING:
    from ..models.bot_info import BotInfo
    from ..models.item import Item
    from ..models.trade_collateral import TradeCollateral


T = TypeVar("T", bound="Trade")


@_attrs_define(getstate_setstate=False)
class Trade:
    """A deposit or withdrawal. In callbacks, `status` is the event. `clientUserId` is required by
    the published machine spec but absent from the self-trade examples, so it is optional here.

        Attributes:
            id (str): Trade id (a UUID).
            type_ (TradeType): `deposit`: the user gives skins to AssetPay. `withdraw`: AssetPay buys skins and gives them
                to the user.
            source (TradeSource): `client`: created by an end user through `/client/trading/*`. `self`: created by the
                merchant through `/secure/*`.
            status (TradeStatus): Where a trade (or a withdrawal item) stands. `initiated`: created; for withdrawals this is
                the approval gate and nothing is charged yet. `pending`: being sourced or set up.
                `active`: the Steam offer was sent and awaits the user. `hold`: accepted, inside Steam's
                trade-protection hold (instant credit is paid here). Final: `completed`, `failed`,
                `canceled` (one L), `declined` (the user refused or let the offer lapse; a declined
                withdrawal is refunded less a 2% penalty capped at $9), `reverted` (reversed after
                acceptance or cancelled at the supplier; see `revertedBy`).
            game (GameId): Steam app id as a string, used in request bodies, on trades and in the trade-list query. "730" is
                CS2, "252490" Rust.
            merchant_id (str): The merchant's id.
            client_steam_id (str): SteamID64 of the user or receiving account (capital ID).
            client_trade_url (str): Trade URL of the user or receiving account.
            items (list[Item]): The trade's items. A fresh withdrawal's items hold only what was submitted; quick-buy trades
                start empty.
            total_price (float): Total in USD.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            external_id (str | Unset): The merchant's tracking id given at creation.
            client_user_id (str | Unset): AssetPay's internal id of the end user (may be missing or empty on self trades).
            external_client_user_id (str | Unset): The merchant's own user id (the `clientId` given at authentication).
            offer_id (str | Unset): Steam trade offer id, present once the offer is sent.
            pre_credit (float | Unset): Deposits: USD credited early, when the trade reaches `hold`.
            pending_credit (float | Unset): Deposits: USD held back until `completed`. preCredit + pendingCredit =
                totalPrice.
            is_instant (bool | Unset): Instant credit was requested.
            collateral (TradeCollateral | Unset): Collateral shares that back the instant `preCredit` of a deposit.
            hold_end_date (datetime.datetime | Unset): End of the Steam trade-protection hold (from `hold` on).
            reverted_by (RevertedBy | Unset): Who reversed a `reverted` trade.
            bot_info (BotInfo | Unset): The AssetPay Steam bot on a trade, or the bot holding a market item.
            error (TradeErrorCode | Unset): Trade-level failure reason (`Trade.error`); the item-level codes plus reasons
                that only apply to a whole trade.
            active_at (datetime.datetime | Unset): When the offer first went live for the user.
            auto_cancel_at (datetime.datetime | Unset): When still-unsent items are cancelled automatically (absent when
                disabled and for Rust).
            ready_at (datetime.datetime | Unset): When the trade became ready (seen in the documentation's type reference
                only).
            related_trades (list[Trade] | Unset): Deposit and sell answers only: further trades created because the basket
                was split over several Steam offers; each settles and calls back on its own.
    """

    id: str
    type_: TradeType
    source: TradeSource
    status: TradeStatus
    game: GameId
    merchant_id: str
    client_steam_id: str
    client_trade_url: str
    items: list[Item]
    total_price: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    external_id: str | Unset = UNSET
    client_user_id: str | Unset = UNSET
    external_client_user_id: str | Unset = UNSET
    offer_id: str | Unset = UNSET
    pre_credit: float | Unset = UNSET
    pending_credit: float | Unset = UNSET
    is_instant: bool | Unset = UNSET
    collateral: TradeCollateral | Unset = UNSET
    hold_end_date: datetime.datetime | Unset = UNSET
    reverted_by: RevertedBy | Unset = UNSET
    bot_info: BotInfo | Unset = UNSET
    error: TradeErrorCode | Unset = UNSET
    active_at: datetime.datetime | Unset = UNSET
    auto_cancel_at: datetime.datetime | Unset = UNSET
    ready_at: datetime.datetime | Unset = UNSET
    related_trades: list[Trade] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "items",
        "collateral",
        "bot_info",
        "related_trades",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type_": "type",
        "source": "source",
        "status": "status",
        "game": "game",
        "merchant_id": "merchantId",
        "client_steam_id": "clientSteamID",
        "client_trade_url": "clientTradeUrl",
        "items": "items",
        "total_price": "totalPrice",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "external_id": "externalId",
        "client_user_id": "clientUserId",
        "external_client_user_id": "externalClientUserId",
        "offer_id": "offerID",
        "pre_credit": "preCredit",
        "pending_credit": "pendingCredit",
        "is_instant": "isInstant",
        "collateral": "collateral",
        "hold_end_date": "holdEndDate",
        "reverted_by": "revertedBy",
        "bot_info": "botInfo",
        "error": "error",
        "active_at": "activeAt",
        "auto_cancel_at": "autoCancelAt",
        "ready_at": "readyAt",
        "related_trades": "relatedTrades",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("id", True, ""),
        ("type_", True, "enum TradeType"),
        ("source", True, "enum TradeSource"),
        ("status", True, "enum TradeStatus"),
        ("game", True, "enum GameId"),
        ("merchant_id", True, ""),
        ("client_steam_id", True, ""),
        ("client_trade_url", True, ""),
        ("items", True, "list Item"),
        ("total_price", True, ""),
        ("created_at", True, "raw"),
        ("updated_at", True, "raw"),
        ("external_id", False, ""),
        ("client_user_id", False, ""),
        ("external_client_user_id", False, ""),
        ("offer_id", False, ""),
        ("pre_credit", False, ""),
        ("pending_credit", False, ""),
        ("is_instant", False, ""),
        ("collateral", False, "model TradeCollateral"),
        ("hold_end_date", False, "raw"),
        ("reverted_by", False, "enum RevertedBy"),
        ("bot_info", False, "model BotInfo"),
        ("error", False, "enum TradeErrorCode"),
        ("active_at", False, "raw"),
        ("auto_cancel_at", False, "raw"),
        ("ready_at", False, "raw"),
        ("related_trades", False, "list Trade"),
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
    def _load_items(src: Any) -> list[Item]:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = Item._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = Item.from_dict
        return [from_dict(item) for item in src]

    @staticmethod
    def _load_related_trades(src: Any) -> list[Trade] | Unset:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = Trade._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = Trade.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        source = self.source.value

        status = self.status.value

        game = self.game.value

        merchant_id = self.merchant_id

        client_steam_id = self.client_steam_id

        client_trade_url = self.client_trade_url

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_price = self.total_price

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        external_id = self.external_id

        client_user_id = self.client_user_id

        external_client_user_id = self.external_client_user_id

        offer_id = self.offer_id

        pre_credit = self.pre_credit

        pending_credit = self.pending_credit

        is_instant = self.is_instant

        collateral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collateral, Unset):
            collateral = self.collateral.to_dict()

        hold_end_date: str | Unset = UNSET
        if not isinstance(self.hold_end_date, Unset):
            hold_end_date = self.hold_end_date.isoformat()

        reverted_by: str | Unset = UNSET
        if not isinstance(self.reverted_by, Unset):
            reverted_by = self.reverted_by.value

        bot_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bot_info, Unset):
            bot_info = self.bot_info.to_dict()

        error: str | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.value

        active_at: str | Unset = UNSET
        if not isinstance(self.active_at, Unset):
            active_at = self.active_at.isoformat()

        auto_cancel_at: str | Unset = UNSET
        if not isinstance(self.auto_cancel_at, Unset):
            auto_cancel_at = self.auto_cancel_at.isoformat()

        ready_at: str | Unset = UNSET
        if not isinstance(self.ready_at, Unset):
            ready_at = self.ready_at.isoformat()

        related_trades: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_trades, Unset):
            related_trades = []
            for related_trades_item_data in self.related_trades:
                related_trades_item = related_trades_item_data.to_dict()
                related_trades.append(related_trades_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "source": source,
                "status": status,
                "game": game,
                "merchantId": merchant_id,
                "clientSteamID": client_steam_id,
                "clientTradeUrl": client_trade_url,
                "items": items,
                "totalPrice": total_price,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if client_user_id is not UNSET:
            field_dict["clientUserId"] = client_user_id
        if external_client_user_id is not UNSET:
            field_dict["externalClientUserId"] = external_client_user_id
        if offer_id is not UNSET:
            field_dict["offerID"] = offer_id
        if pre_credit is not UNSET:
            field_dict["preCredit"] = pre_credit
        if pending_credit is not UNSET:
            field_dict["pendingCredit"] = pending_credit
        if is_instant is not UNSET:
            field_dict["isInstant"] = is_instant
        if collateral is not UNSET:
            field_dict["collateral"] = collateral
        if hold_end_date is not UNSET:
            field_dict["holdEndDate"] = hold_end_date
        if reverted_by is not UNSET:
            field_dict["revertedBy"] = reverted_by
        if bot_info is not UNSET:
            field_dict["botInfo"] = bot_info
        if error is not UNSET:
            field_dict["error"] = error
        if active_at is not UNSET:
            field_dict["activeAt"] = active_at
        if auto_cancel_at is not UNSET:
            field_dict["autoCancelAt"] = auto_cancel_at
        if ready_at is not UNSET:
            field_dict["readyAt"] = ready_at
        if related_trades is not UNSET:
            field_dict["relatedTrades"] = related_trades

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]

        _type_ = src_dict["type"]
        type_ = TradeType._by_value.get(_type_) or TradeType(_type_)

        _source = src_dict["source"]
        source = TradeSource._by_value.get(_source) or TradeSource(_source)

        _status = src_dict["status"]
        status = TradeStatus._by_value.get(_status) or TradeStatus(_status)

        _game = src_dict["game"]
        game = GameId._by_value.get(_game) or GameId(_game)

        merchant_id = src_dict["merchantId"]

        client_steam_id = src_dict["clientSteamID"]

        client_trade_url = src_dict["clientTradeUrl"]

        items = src_dict["items"]
        if not isinstance(items, list):
            raise TypeError(f"items must be a list, not {type(items).__name__}")

        total_price = src_dict["totalPrice"]

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        external_id = get("externalId", UNSET)

        client_user_id = get("clientUserId", UNSET)

        external_client_user_id = get("externalClientUserId", UNSET)

        offer_id = get("offerID", UNSET)

        pre_credit = get("preCredit", UNSET)

        pending_credit = get("pendingCredit", UNSET)

        is_instant = get("isInstant", UNSET)

        _collateral = get("collateral", UNSET)
        collateral: TradeCollateral | Unset = (
            UNSET if _collateral is UNSET else TradeCollateral.from_dict(_collateral)
        )

        _hold_end_date = get("holdEndDate", UNSET)
        hold_end_date: datetime.datetime | Unset
        if isinstance(_hold_end_date, Unset):
            hold_end_date = UNSET
        else:
            hold_end_date = datetime.datetime.fromisoformat(_hold_end_date)

        _reverted_by = get("revertedBy", UNSET)
        reverted_by: RevertedBy | Unset = (
            UNSET
            if _reverted_by is UNSET
            else RevertedBy._by_value.get(_reverted_by) or RevertedBy(_reverted_by)
        )

        _bot_info = get("botInfo", UNSET)
        bot_info: BotInfo | Unset = UNSET if _bot_info is UNSET else BotInfo.from_dict(_bot_info)

        _error = get("error", UNSET)
        error: TradeErrorCode | Unset = (
            UNSET
            if _error is UNSET
            else TradeErrorCode._by_value.get(_error) or TradeErrorCode(_error)
        )

        _active_at = get("activeAt", UNSET)
        active_at: datetime.datetime | Unset
        if isinstance(_active_at, Unset):
            active_at = UNSET
        else:
            active_at = datetime.datetime.fromisoformat(_active_at)

        _auto_cancel_at = get("autoCancelAt", UNSET)
        auto_cancel_at: datetime.datetime | Unset
        if isinstance(_auto_cancel_at, Unset):
            auto_cancel_at = UNSET
        else:
            auto_cancel_at = datetime.datetime.fromisoformat(_auto_cancel_at)

        _ready_at = get("readyAt", UNSET)
        ready_at: datetime.datetime | Unset
        if isinstance(_ready_at, Unset):
            ready_at = UNSET
        else:
            ready_at = datetime.datetime.fromisoformat(_ready_at)

        related_trades = get("relatedTrades", UNSET)
        if related_trades is not UNSET and not isinstance(related_trades, list):
            raise TypeError(f"relatedTrades must be a list, not {type(related_trades).__name__}")

        instance_ = cls(
            id,
            type_,
            source,
            status,
            game,
            merchant_id,
            client_steam_id,
            client_trade_url,
            items,
            total_price,
            created_at,
            updated_at,
            external_id,
            client_user_id,
            external_client_user_id,
            offer_id,
            pre_credit,
            pending_credit,
            is_instant,
            collateral,
            hold_end_date,
            reverted_by,
            bot_info,
            error,
            active_at,
            auto_cancel_at,
            ready_at,
            related_trades,
        )
        if items:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["items"] = items
            del instance_.items
        else:  # nothing to build; a new list, not the caller's
            instance_.items = []
        if related_trades is UNSET:
            pass
        elif related_trades:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["related_trades"] = related_trades
            del instance_.related_trades
        else:  # nothing to build; a new list, not the caller's
            instance_.related_trades = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        items = instance_.items
        _created_at_raw: Any = instance_.created_at  # the JSON value, as from_dict gets it
        created_at = datetime.datetime.fromisoformat(_created_at_raw)

        instance_.created_at = created_at
        _updated_at_raw: Any = instance_.updated_at  # the JSON value, as from_dict gets it
        updated_at = datetime.datetime.fromisoformat(_updated_at_raw)

        instance_.updated_at = updated_at
        if instance_.collateral is not UNSET:
            instance_.collateral = TradeCollateral._from_wire(instance_.collateral)
        _hold_end_date_raw: Any = instance_.hold_end_date  # the JSON value, as from_dict gets it
        if _hold_end_date_raw is not UNSET:
            _hold_end_date = _hold_end_date_raw
            hold_end_date: datetime.datetime | Unset
            if isinstance(_hold_end_date, Unset):
                hold_end_date = UNSET
            else:
                hold_end_date = datetime.datetime.fromisoformat(_hold_end_date)

            instance_.hold_end_date = hold_end_date
        if instance_.bot_info is not UNSET:
            instance_.bot_info = BotInfo._from_wire(instance_.bot_info)
        _active_at_raw: Any = instance_.active_at  # the JSON value, as from_dict gets it
        if _active_at_raw is not UNSET:
            _active_at = _active_at_raw
            active_at: datetime.datetime | Unset
            if isinstance(_active_at, Unset):
                active_at = UNSET
            else:
                active_at = datetime.datetime.fromisoformat(_active_at)

            instance_.active_at = active_at
        _auto_cancel_at_raw: Any = instance_.auto_cancel_at  # the JSON value, as from_dict gets it
        if _auto_cancel_at_raw is not UNSET:
            _auto_cancel_at = _auto_cancel_at_raw
            auto_cancel_at: datetime.datetime | Unset
            if isinstance(_auto_cancel_at, Unset):
                auto_cancel_at = UNSET
            else:
                auto_cancel_at = datetime.datetime.fromisoformat(_auto_cancel_at)

            instance_.auto_cancel_at = auto_cancel_at
        _ready_at_raw: Any = instance_.ready_at  # the JSON value, as from_dict gets it
        if _ready_at_raw is not UNSET:
            _ready_at = _ready_at_raw
            ready_at: datetime.datetime | Unset
            if isinstance(_ready_at, Unset):
                ready_at = UNSET
            else:
                ready_at = datetime.datetime.fromisoformat(_ready_at)

            instance_.ready_at = ready_at
        related_trades = instance_.related_trades
        if items:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["items"] = items
            del instance_.items
        else:  # nothing to build; a new list, not the caller's
            instance_.items = []
        if related_trades is UNSET:
            pass
        elif related_trades:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["related_trades"] = related_trades
            del instance_.related_trades
        else:  # nothing to build; a new list, not the caller's
            instance_.related_trades = []

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
from ..models.bot_info import BotInfo  # noqa: E402
from ..models.item import Item  # noqa: E402
from ..models.trade_collateral import TradeCollateral  # noqa: E402
