# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, Field, RootModel


class BotInfo(BaseModel):
    """
    The AssetPay Steam bot on a trade, or the bot holding a market item.
    """

    name: str
    avatar: str | None = None
    joined: AwareDatetime | None = None
    steam_id: Annotated[str | None, Field(alias="steamId")] = None


class DeliveryMode(StrEnum):
    """
    `standard`: the item is bought from a supplier, then sent. `instant`: the item already sits on an AssetPay bot.
    """

    standard = "standard"
    instant = "instant"


class FundingStatus(StrEnum):
    """
    Funding status filter of the ledger. Rows may also show POSTED.
    """

    initiated = "INITIATED"
    pending = "PENDING"
    pending_admin = "PENDING_ADMIN"
    approved = "APPROVED"
    rejected = "REJECTED"
    completed = "COMPLETED"
    failed = "FAILED"
    cancelled = "CANCELLED"
    refunded = "REFUNDED"
    expired = "EXPIRED"


class GameId(StrEnum):
    """
    Steam app id as a string, used in request bodies, on trades and in the trade-list query. "730" is CS2, "252490" Rust.
    """

    cs2 = "730"
    rust = "252490"


class ItemCharm(BaseModel):
    name: str
    market_hash_name: Annotated[str | None, Field(alias="marketHashName")] = None
    icon_url: Annotated[str, Field(alias="iconUrl")]


class ItemDoppler(BaseModel):
    status: int | None = None
    name: str
    paint_index: Annotated[int | None, Field(alias="paintIndex")] = None


class ItemFade(BaseModel):
    percentage: float


class ItemHardened(BaseModel):
    status: int
    name: str


class ItemOffer(BaseModel):
    """
    AssetPay's offer on an item: the deposit price (inventory) or the buy price (market, listings, trades).
    """

    price: float
    """
    USD.
    """
    delivery: DeliveryMode | None = None
    max_amount: Annotated[float | None, Field(alias="maxAmount")] = None
    """
    Largest stack quantity accepted.
    """
    accepted: bool | None = None
    """
    AssetPay accepts the item for deposit.
    """
    reference: str | None = None
    """
    Seen in documentation examples only.
    """


class ItemSticker(BaseModel):
    name: str
    market_hash_name: Annotated[str | None, Field(alias="marketHashName")] = None
    slot: int
    wear: float | None = None
    icon_url: Annotated[str, Field(alias="iconUrl")]


class MarketSource(StrEnum):
    """
    Supply source filter of `/secure/market`.
    """

    internal = "internal"
    external = "external"
    xk9_w = "Xk9W"


class RevertedBy(StrEnum):
    """
    Who reversed a `reverted` trade.
    """

    supplier = "supplier"
    user = "user"


class TradeCollateral(BaseModel):
    """
    Collateral shares that back the instant `preCredit` of a deposit.
    """

    merchant: float
    provider: float


class TradeErrorCode(StrEnum):
    """
    Trade-level failure reason (`Trade.error`); the item-level codes plus reasons that only apply to a whole trade.
    """

    listing_unavailable = "LISTING_UNAVAILABLE"
    no_listing_at_price = "NO_LISTING_AT_PRICE"
    price_changed = "PRICE_CHANGED"
    trade_url_invalid = "TRADE_URL_INVALID"
    steam_account_restricted = "STEAM_ACCOUNT_RESTRICTED"
    buyer_trade_restricted = "BUYER_TRADE_RESTRICTED"
    offer_not_accepted = "OFFER_NOT_ACCEPTED"
    market_unavailable = "MARKET_UNAVAILABLE"
    purchase_failed = "PURCHASE_FAILED"
    user_trade_restricted = "USER_TRADE_RESTRICTED"
    user_inventory_private = "USER_INVENTORY_PRIVATE"
    user_escrow = "USER_ESCROW"
    user_not_found = "USER_NOT_FOUND"
    service_unavailable = "SERVICE_UNAVAILABLE"
    merchant_rejected = "MERCHANT_REJECTED"
    approval_timeout = "APPROVAL_TIMEOUT"


class TradeFailureCode(StrEnum):
    """
    Why a withdrawal item failed after it was accepted (set on `Item.error`, and on
    `Trade.error` when one cause failed the whole trade). Not a numeric API error; the async
    `PRICE_CHANGED` here is unrelated to error 11. Meanings in the root `x-trade-failure-codes`.
    Items in `canceled` or `declined` carry no code.

    """

    listing_unavailable = "LISTING_UNAVAILABLE"
    no_listing_at_price = "NO_LISTING_AT_PRICE"
    price_changed = "PRICE_CHANGED"
    trade_url_invalid = "TRADE_URL_INVALID"
    steam_account_restricted = "STEAM_ACCOUNT_RESTRICTED"
    buyer_trade_restricted = "BUYER_TRADE_RESTRICTED"
    offer_not_accepted = "OFFER_NOT_ACCEPTED"
    market_unavailable = "MARKET_UNAVAILABLE"
    purchase_failed = "PURCHASE_FAILED"


class TradeSource(StrEnum):
    """
    `client`: created by an end user through `/client/trading/*`. `self`: created by the merchant through `/secure/*`.
    """

    client = "client"
    self = "self"


class TradeStatus(StrEnum):
    """
    Where a trade (or a withdrawal item) stands. `initiated`: created; for withdrawals this is
    the approval gate and nothing is charged yet. `pending`: being sourced or set up.
    `active`: the Steam offer was sent and awaits the user. `hold`: accepted, inside Steam's
    trade-protection hold (instant credit is paid here). Final: `completed`, `failed`,
    `canceled` (one L), `declined` (the user refused or let the offer lapse; a declined
    withdrawal is refunded less a 2% penalty capped at $9), `reverted` (reversed after
    acceptance or cancelled at the supplier; see `revertedBy`).

    """

    initiated = "initiated"
    pending = "pending"
    active = "active"
    hold = "hold"
    completed = "completed"
    failed = "failed"
    canceled = "canceled"
    declined = "declined"
    reverted = "reverted"


class TradeType(StrEnum):
    """
    `deposit`: the user gives skins to AssetPay. `withdraw`: AssetPay buys skins and gives them to the user.
    """

    deposit = "deposit"
    withdraw = "withdraw"


class MarketGame(RootModel[int]):
    root: Annotated[int, Field(examples=[730, 252490])]
    """
    Steam app id of the market the change belongs to: 730 (CS2) or 252490 (Rust) today. An integer rather than a closed enum, like `Item.appid` in openapi.yaml, so a game added later still parses.
    """


class FundingAmounts(BaseModel):
    usd: str
    """
    USD value, a decimal string.
    """
    token: str
    """
    Token amount, a decimal string.
    """


class FundingAsset(BaseModel):
    token: str
    """
    `USDT` or `USDC` today (a plain string: new tokens may appear).
    """
    chain: str
    """
    `ETH`, `BSC` or `SOL` today.
    """
    exchange_rate_usd_per_token: Annotated[str, Field(alias="exchangeRateUsdPerToken")]
    """
    USD per token, a decimal string.
    """


class MarketRemove(BaseModel):
    """
    A listing sold or was withdrawn; drop `itemId` (the listing's `id`).
    """

    type: Literal["remove"]
    game: MarketGame
    source: MarketSource
    item_id: Annotated[str, Field(alias="itemId")]


class MarketSyncFeed(BaseModel):
    """
    One source's feed was reset; refetch that game and source.
    """

    type: Literal["sync"]
    reason: Literal["feed"]
    game: MarketGame
    source: MarketSource


class MarketSyncSubscribe(BaseModel):
    """
    Sent on every (re)connect; deltas may have been missed, refetch what you show.
    """

    type: Literal["sync"]
    reason: Literal["subscribe"]


class Item(BaseModel):
    """
    One schema for inventory rows, market rows, listings and trade items. `id` is the encoded
    inventory id for deposits and the listing id for market rows and CS2 withdrawal items.

    """

    id: str
    item_id: Annotated[str | None, Field(alias="itemId")] = None
    """
    Parent catalog id (16 hex characters); CS2 rows of the market routes only.
    """
    external_id: Annotated[str | None, Field(alias="externalId")] = None
    """
    The merchant's per-item reference from buy time.
    """
    asset_id: Annotated[str | None, Field(alias="assetId")] = None
    """
    Raw Steam asset id (withdrawal items only after delivery).
    """
    appid: int
    """
    Steam app id: 730 (CS2) or 252490 (Rust) today. An integer, not a closed enum, so an item of a game added later still parses (AssetPay's machine spec 0.8.3 closes it; project decision).
    """
    name: str | None = None
    market_hash_name: Annotated[str | None, Field(alias="marketHashName")] = None
    type: str | None = None
    icon_url: Annotated[str | None, Field(alias="iconUrl")] = None
    """
    Steam CDN image hash.
    """
    tradable: bool
    amount: float | None = None
    """
    Quantity (stackable items).
    """
    status: TradeStatus | None = None
    error: TradeFailureCode | None = None
    market_price: Annotated[float | None, Field(alias="marketPrice")] = None
    """
    Market reference price in USD (not what is paid).
    """
    offer: ItemOffer | None = None
    exterior: str | None = None
    rarity: str | None = None
    color: str | None = None
    """
    Rarity colour, e.g. "#D32CE6".
    """
    wear: str | None = None
    """
    Float value written as a string, e.g. "0.25432".
    """
    paint_seed: Annotated[int | None, Field(alias="paintSeed")] = None
    preview_token: Annotated[str | None, Field(alias="previewToken")] = None
    doppler: ItemDoppler | None = None
    fade: ItemFade | None = None
    hardened: ItemHardened | None = None
    stickers: list[ItemSticker] | None = None
    charm: ItemCharm | None = None
    """
    Attached charm; may be null.
    """
    bot_info: Annotated[BotInfo | None, Field(alias="botInfo")] = None
    prop_id: Annotated[str | None, Field(alias="propId")] = None
    """
    Seen in documentation examples only.
    """


class Trade(BaseModel):
    """
    A deposit or withdrawal. In callbacks, `status` is the event. `clientUserId` is required by
    the published machine spec but absent from the self-trade examples, so it is optional here.

    """

    id: str
    """
    Trade id (a UUID).
    """
    type: TradeType
    source: TradeSource
    status: TradeStatus
    game: GameId
    external_id: Annotated[str | None, Field(alias="externalId")] = None
    """
    The merchant's tracking id given at creation.
    """
    merchant_id: Annotated[str, Field(alias="merchantId")]
    """
    The merchant's id.
    """
    client_user_id: Annotated[str | None, Field(alias="clientUserId")] = None
    """
    AssetPay's internal id of the end user (may be missing or empty on self trades).
    """
    external_client_user_id: Annotated[str | None, Field(alias="externalClientUserId")] = None
    """
    The merchant's own user id (the `clientId` given at authentication).
    """
    client_steam_id: Annotated[str, Field(alias="clientSteamID")]
    """
    SteamID64 of the user or receiving account (capital ID).
    """
    client_trade_url: Annotated[str, Field(alias="clientTradeUrl")]
    """
    Trade URL of the user or receiving account.
    """
    items: list[Item]
    """
    The trade's items. A fresh withdrawal's items hold only what was submitted; quick-buy trades start empty.
    """
    total_price: Annotated[float, Field(alias="totalPrice")]
    """
    Total in USD.
    """
    offer_id: Annotated[str | None, Field(alias="offerID")] = None
    """
    Steam trade offer id, present once the offer is sent.
    """
    pre_credit: Annotated[float | None, Field(alias="preCredit")] = None
    """
    Deposits: USD credited early, when the trade reaches `hold`.
    """
    pending_credit: Annotated[float | None, Field(alias="pendingCredit")] = None
    """
    Deposits: USD held back until `completed`. preCredit + pendingCredit = totalPrice.
    """
    is_instant: Annotated[bool | None, Field(alias="isInstant")] = None
    """
    Instant credit was requested.
    """
    collateral: TradeCollateral | None = None
    hold_end_date: Annotated[AwareDatetime | None, Field(alias="holdEndDate")] = None
    """
    End of the Steam trade-protection hold (from `hold` on).
    """
    reverted_by: Annotated[RevertedBy | None, Field(alias="revertedBy")] = None
    bot_info: Annotated[BotInfo | None, Field(alias="botInfo")] = None
    error: TradeErrorCode | None = None
    active_at: Annotated[AwareDatetime | None, Field(alias="activeAt")] = None
    """
    When the offer first went live for the user.
    """
    auto_cancel_at: Annotated[AwareDatetime | None, Field(alias="autoCancelAt")] = None
    """
    When still-unsent items are cancelled automatically (absent when disabled and for Rust).
    """
    ready_at: Annotated[AwareDatetime | None, Field(alias="readyAt")] = None
    """
    When the trade became ready (seen in the documentation's type reference only).
    """
    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    updated_at: Annotated[AwareDatetime, Field(alias="updatedAt")]
    related_trades: Annotated[list[Trade] | None, Field(alias="relatedTrades")] = None
    """
    Deposit and sell answers only: further trades created because the basket was split over several Steam offers; each settles and calls back on its own.
    """


class TradeEvent(BaseModel):
    """
    Payload of `trade`.
    """

    trade: Trade


class Funding(BaseModel):
    """
    A funding of the merchant wallet (amounts are decimal strings).
    """

    id: str
    merchant_id: Annotated[str | None, Field(alias="merchantId")]
    status: FundingStatus
    amounts: FundingAmounts
    asset: FundingAsset
    address: str | None
    txn_hash: Annotated[str | None, Field(alias="txnHash")]
    credited_usd: Annotated[str, Field(alias="creditedUsd")]
    """
    USD credited to the balance so far.
    """
    overpayment_usd: Annotated[str | None, Field(alias="overpaymentUsd")]
    """
    USD received above the expected amount.
    """
    created_at: Annotated[str, Field(alias="createdAt")]
    completed_at: Annotated[str | None, Field(alias="completedAt")]


class MarketUpsert(BaseModel):
    """
    A listing appeared or came back (restock); replace what you hold for `item.id`.
    """

    type: Literal["upsert"]
    game: MarketGame
    source: MarketSource
    item: Item
    at: str | None = None
    """
    When the change happened (ISO 8601).
    """


class MarketPatch(BaseModel):
    """
    Some fields of a listing changed (a price); merge into what you hold.
    """

    type: Literal["patch"]
    game: MarketGame
    source: MarketSource
    item: Item
    at: str | None = None
    """
    When the change happened (ISO 8601).
    """


class TradePayload(RootModel[TradeEvent]):
    root: TradeEvent


class DepositEvent(BaseModel):
    """
    Payload of `deposit`.
    """

    funding: Funding


class MarketEvent(
    RootModel[MarketUpsert | MarketPatch | MarketRemove | MarketSyncFeed | MarketSyncSubscribe]
):
    root: MarketUpsert | MarketPatch | MarketRemove | MarketSyncFeed | MarketSyncSubscribe
    """
    Payload of `market`; `type` (and `reason` for syncs) tells the variant.
    """


class DepositPayload(RootModel[DepositEvent]):
    root: DepositEvent


class MarketPayload(RootModel[MarketEvent]):
    root: MarketEvent


Trade.model_rebuild()
