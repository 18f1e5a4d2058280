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
from ..models.trade_failure_code import TradeFailureCode
from ..models.trade_status import TradeStatus

if TYPE_CHECKING:
    from ..models.bot_info import BotInfo
    from ..models.item_charm import ItemCharm
    from ..models.item_doppler import ItemDoppler
    from ..models.item_fade import ItemFade
    from ..models.item_hardened import ItemHardened
    from ..models.item_offer import ItemOffer
    from ..models.item_sticker import ItemSticker


T = TypeVar("T", bound="Item")


@_attrs_define(getstate_setstate=False)
class Item:
    """One schema for inventory rows, market rows, listings and trade items. `id` is the encoded
    inventory id for deposits and the listing id for market rows and CS2 withdrawal items.

        Attributes:
            id (str):
            appid (int): Steam app id: 730 (CS2) or 252490 (Rust) today. An integer, not a closed enum, so an item of a game
                added later still parses (AssetPay's machine spec 0.8.3 closes it; project decision).
            tradable (bool):
            item_id (str | Unset): Parent catalog id (16 hex characters); CS2 rows of the market routes only.
            external_id (str | Unset): The merchant's per-item reference from buy time.
            asset_id (str | Unset): Raw Steam asset id (withdrawal items only after delivery).
            name (str | Unset):
            market_hash_name (str | Unset):
            type_ (str | Unset):
            icon_url (str | Unset): Steam CDN image hash.
            amount (float | Unset): Quantity (stackable items).
            status (TradeStatus | Unset): Where a trade (or a withdrawal item) stands. `initiated`: created; for withdrawals
                this is
                the approval gate and nothing is charged yet. `pending`: being sourced or set up.
                `active`: the Steam offer was sent and awaits the user. `hold`: accepted, inside Steam's
                trade-protection hold (instant credit is paid here). Final: `completed`, `failed`,
                `canceled` (one L), `declined` (the user refused or let the offer lapse; a declined
                withdrawal is refunded less a 2% penalty capped at $9), `reverted` (reversed after
                acceptance or cancelled at the supplier; see `revertedBy`).
            error (TradeFailureCode | Unset): Why a withdrawal item failed after it was accepted (set on `Item.error`, and
                on
                `Trade.error` when one cause failed the whole trade). Not a numeric API error; the async
                `PRICE_CHANGED` here is unrelated to error 11. Meanings in the root `x-trade-failure-codes`.
                Items in `canceled` or `declined` carry no code.
            market_price (float | Unset): Market reference price in USD (not what is paid).
            offer (ItemOffer | Unset): AssetPay's offer on an item: the deposit price (inventory) or the buy price (market,
                listings, trades).
            exterior (str | Unset):
            rarity (str | Unset):
            color (str | Unset): Rarity colour, e.g. "#D32CE6".
            wear (str | Unset): Float value written as a string, e.g. "0.25432".
            paint_seed (int | Unset):
            preview_token (str | Unset):
            doppler (ItemDoppler | Unset):
            fade (ItemFade | Unset):
            hardened (ItemHardened | Unset):
            stickers (list[ItemSticker] | Unset):
            charm (ItemCharm | None | Unset): Attached charm; may be null.
            bot_info (BotInfo | Unset): The AssetPay Steam bot on a trade, or the bot holding a market item.
            prop_id (str | Unset): Seen in documentation examples only.
    """

    id: str
    appid: int
    tradable: bool
    item_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    name: str | Unset = UNSET
    market_hash_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    amount: float | Unset = UNSET
    status: TradeStatus | Unset = UNSET
    error: TradeFailureCode | Unset = UNSET
    market_price: float | Unset = UNSET
    offer: ItemOffer | Unset = UNSET
    exterior: str | Unset = UNSET
    rarity: str | Unset = UNSET
    color: str | Unset = UNSET
    wear: str | Unset = UNSET
    paint_seed: int | Unset = UNSET
    preview_token: str | Unset = UNSET
    doppler: ItemDoppler | Unset = UNSET
    fade: ItemFade | Unset = UNSET
    hardened: ItemHardened | Unset = UNSET
    stickers: list[ItemSticker] | Unset = UNSET
    charm: ItemCharm | None | Unset = UNSET
    bot_info: BotInfo | Unset = UNSET
    prop_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "offer",
        "doppler",
        "fade",
        "hardened",
        "stickers",
        "charm",
        "bot_info",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "appid": "appid",
        "tradable": "tradable",
        "item_id": "itemId",
        "external_id": "externalId",
        "asset_id": "assetId",
        "name": "name",
        "market_hash_name": "marketHashName",
        "type_": "type",
        "icon_url": "iconUrl",
        "amount": "amount",
        "status": "status",
        "error": "error",
        "market_price": "marketPrice",
        "offer": "offer",
        "exterior": "exterior",
        "rarity": "rarity",
        "color": "color",
        "wear": "wear",
        "paint_seed": "paintSeed",
        "preview_token": "previewToken",
        "doppler": "doppler",
        "fade": "fade",
        "hardened": "hardened",
        "stickers": "stickers",
        "charm": "charm",
        "bot_info": "botInfo",
        "prop_id": "propId",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("id", True, ""),
        ("appid", True, ""),
        ("tradable", True, ""),
        ("item_id", False, ""),
        ("external_id", False, ""),
        ("asset_id", False, ""),
        ("name", False, ""),
        ("market_hash_name", False, ""),
        ("type_", False, ""),
        ("icon_url", False, ""),
        ("amount", False, ""),
        ("status", False, "enum TradeStatus"),
        ("error", False, "enum TradeFailureCode"),
        ("market_price", False, ""),
        ("offer", False, "model ItemOffer"),
        ("exterior", False, ""),
        ("rarity", False, ""),
        ("color", False, ""),
        ("wear", False, ""),
        ("paint_seed", False, ""),
        ("preview_token", False, ""),
        ("doppler", False, "model ItemDoppler"),
        ("fade", False, "model ItemFade"),
        ("hardened", False, "model ItemHardened"),
        ("stickers", False, "list ItemSticker"),
        ("charm", False, "union model:ItemCharm none"),
        ("bot_info", False, "model BotInfo"),
        ("prop_id", False, ""),
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
    def _load_stickers(src: Any) -> list[ItemSticker] | Unset:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = ItemSticker._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = ItemSticker.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        appid = self.appid

        tradable = self.tradable

        item_id = self.item_id

        external_id = self.external_id

        asset_id = self.asset_id

        name = self.name

        market_hash_name = self.market_hash_name

        type_ = self.type_

        icon_url = self.icon_url

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error: str | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.value

        market_price = self.market_price

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        exterior = self.exterior

        rarity = self.rarity

        color = self.color

        wear = self.wear

        paint_seed = self.paint_seed

        preview_token = self.preview_token

        doppler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.doppler, Unset):
            doppler = self.doppler.to_dict()

        fade: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fade, Unset):
            fade = self.fade.to_dict()

        hardened: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardened, Unset):
            hardened = self.hardened.to_dict()

        stickers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stickers, Unset):
            stickers = []
            for stickers_item_data in self.stickers:
                stickers_item = stickers_item_data.to_dict()
                stickers.append(stickers_item)

        charm: dict[str, Any] | None | Unset
        if isinstance(self.charm, Unset):
            charm = UNSET
        elif isinstance(self.charm, ItemCharm):
            charm = self.charm.to_dict()
        else:
            charm = self.charm

        bot_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bot_info, Unset):
            bot_info = self.bot_info.to_dict()

        prop_id = self.prop_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "appid": appid,
                "tradable": tradable,
            }
        )
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if name is not UNSET:
            field_dict["name"] = name
        if market_hash_name is not UNSET:
            field_dict["marketHashName"] = market_hash_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if market_price is not UNSET:
            field_dict["marketPrice"] = market_price
        if offer is not UNSET:
            field_dict["offer"] = offer
        if exterior is not UNSET:
            field_dict["exterior"] = exterior
        if rarity is not UNSET:
            field_dict["rarity"] = rarity
        if color is not UNSET:
            field_dict["color"] = color
        if wear is not UNSET:
            field_dict["wear"] = wear
        if paint_seed is not UNSET:
            field_dict["paintSeed"] = paint_seed
        if preview_token is not UNSET:
            field_dict["previewToken"] = preview_token
        if doppler is not UNSET:
            field_dict["doppler"] = doppler
        if fade is not UNSET:
            field_dict["fade"] = fade
        if hardened is not UNSET:
            field_dict["hardened"] = hardened
        if stickers is not UNSET:
            field_dict["stickers"] = stickers
        if charm is not UNSET:
            field_dict["charm"] = charm
        if bot_info is not UNSET:
            field_dict["botInfo"] = bot_info
        if prop_id is not UNSET:
            field_dict["propId"] = prop_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]

        appid = src_dict["appid"]

        tradable = src_dict["tradable"]

        item_id = get("itemId", UNSET)

        external_id = get("externalId", UNSET)

        asset_id = get("assetId", UNSET)

        name = get("name", UNSET)

        market_hash_name = get("marketHashName", UNSET)

        type_ = get("type", UNSET)

        icon_url = get("iconUrl", UNSET)

        amount = get("amount", UNSET)

        _status = get("status", UNSET)
        status: TradeStatus | Unset = (
            UNSET
            if _status is UNSET
            else TradeStatus._by_value.get(_status) or TradeStatus(_status)
        )

        _error = get("error", UNSET)
        error: TradeFailureCode | Unset = (
            UNSET
            if _error is UNSET
            else TradeFailureCode._by_value.get(_error) or TradeFailureCode(_error)
        )

        market_price = get("marketPrice", UNSET)

        _offer = get("offer", UNSET)
        offer: ItemOffer | Unset = UNSET if _offer is UNSET else ItemOffer.from_dict(_offer)

        exterior = get("exterior", UNSET)

        rarity = get("rarity", UNSET)

        color = get("color", UNSET)

        wear = get("wear", UNSET)

        paint_seed = get("paintSeed", UNSET)

        preview_token = get("previewToken", UNSET)

        _doppler = get("doppler", UNSET)
        doppler: ItemDoppler | Unset = (
            UNSET if _doppler is UNSET else ItemDoppler.from_dict(_doppler)
        )

        _fade = get("fade", UNSET)
        fade: ItemFade | Unset = UNSET if _fade is UNSET else ItemFade.from_dict(_fade)

        _hardened = get("hardened", UNSET)
        hardened: ItemHardened | Unset = (
            UNSET if _hardened is UNSET else ItemHardened.from_dict(_hardened)
        )

        stickers = get("stickers", UNSET)
        if stickers is not UNSET and not isinstance(stickers, list):
            raise TypeError(f"stickers must be a list, not {type(stickers).__name__}")

        charm: ItemCharm | None | Unset = UNSET
        if "charm" in src_dict:

            def _parse_charm(data: object) -> ItemCharm | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    charm_type_0 = ItemCharm.from_dict(data)

                    return charm_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ItemCharm | None | Unset, data)

            charm = _parse_charm(src_dict["charm"])

        _bot_info = get("botInfo", UNSET)
        bot_info: BotInfo | Unset = UNSET if _bot_info is UNSET else BotInfo.from_dict(_bot_info)

        prop_id = get("propId", UNSET)

        instance_ = cls(
            id,
            appid,
            tradable,
            item_id,
            external_id,
            asset_id,
            name,
            market_hash_name,
            type_,
            icon_url,
            amount,
            status,
            error,
            market_price,
            offer,
            exterior,
            rarity,
            color,
            wear,
            paint_seed,
            preview_token,
            doppler,
            fade,
            hardened,
            stickers,
            charm,
            bot_info,
            prop_id,
        )
        if stickers is UNSET:
            pass
        elif stickers:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["stickers"] = stickers
            del instance_.stickers
        else:  # nothing to build; a new list, not the caller's
            instance_.stickers = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        if instance_.offer is not UNSET:
            instance_.offer = ItemOffer._from_wire(instance_.offer)
        if instance_.doppler is not UNSET:
            instance_.doppler = ItemDoppler._from_wire(instance_.doppler)
        if instance_.fade is not UNSET:
            instance_.fade = ItemFade._from_wire(instance_.fade)
        if instance_.hardened is not UNSET:
            instance_.hardened = ItemHardened._from_wire(instance_.hardened)
        stickers = instance_.stickers
        _charm: Any = instance_.charm  # UNSET, None, a Struct or a list of them
        if _charm is not UNSET and _charm is not None and type(_charm) is not list:
            instance_.charm = ItemCharm._from_wire(_charm)
        if instance_.bot_info is not UNSET:
            instance_.bot_info = BotInfo._from_wire(instance_.bot_info)
        if stickers is UNSET:
            pass
        elif stickers:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["stickers"] = stickers
            del instance_.stickers
        else:  # nothing to build; a new list, not the caller's
            instance_.stickers = []

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
from ..models.item_charm import ItemCharm  # noqa: E402
from ..models.item_doppler import ItemDoppler  # noqa: E402
from ..models.item_fade import ItemFade  # noqa: E402
from ..models.item_hardened import ItemHardened  # noqa: E402
from ..models.item_offer import ItemOffer  # noqa: E402
from ..models.item_sticker import ItemSticker  # noqa: E402
