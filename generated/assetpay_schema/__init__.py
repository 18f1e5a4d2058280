# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class SteamId(RootModel[str]):
    root: Annotated[str, Field(examples=["76561198012345678"], pattern="^76561[0-9]{12}$")]
    """
    SteamID64, 17 digits starting with 76561 (ASCII digits only).
    """


class TradeUrl(RootModel[str]):
    root: Annotated[
        str,
        Field(
            examples=["https://steamcommunity.com/tradeoffer/new/?partner=12345678&token=AbCdEfGh"],
            pattern="^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
        ),
    ]
    """
    A Steam trade-offer URL with partner id and 8-character token (ASCII digits; `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode digit).
    """


class GameId(StrEnum):
    """
    Steam app id as a string, used in request bodies, on trades and in the trade-list query. "730" is CS2, "252490" Rust.
    """

    cs2 = "730"
    rust = "252490"


class Cs2GameId(StrEnum):
    """
    The game id of CS2-only requests (quick withdraw and quick buy). AssetPay's text names CS2 and Rust in one sentence and CS2 only in the next, and Rust is refused with `QUICK_BUY_UNSUPPORTED_GAME` (32); project decision: only "730" is allowed, so the client refuses a Rust quick buy before anything is sent.
    """

    cs2 = "730"


class ExternalId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ]
    """
    A merchant reference, unique per merchant; at most 128 characters. It must be usable as one path segment of `GET /secure/trades/{tradeId}` (how a trade is found again, e.g. by reconcile), so it holds none of `,` (commas separate references in the batch lookup), `/`, `?`, `#`, `%` or `\\` (they split, end or re-encode a URL path), and is not made of dots only (`.` and `..` are path steps, not names). Such ids are refused before anything is created.
    """


class TradeType(StrEnum):
    """
    `deposit`: the user gives skins to AssetPay. `withdraw`: AssetPay buys skins and gives them to the user.
    """

    deposit = "deposit"
    withdraw = "withdraw"


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


class RevertedBy(StrEnum):
    """
    Who reversed a `reverted` trade.
    """

    supplier = "supplier"
    user = "user"


class DeliveryMode(StrEnum):
    """
    `standard`: the item is bought from a supplier, then sent. `instant`: the item already sits on an AssetPay bot.
    """

    standard = "standard"
    instant = "instant"


class DeliveryFilter(StrEnum):
    """
    Delivery filter of the listings routes.
    """

    any = "any"
    standard = "standard"
    instant = "instant"


class ItemSort(StrEnum):
    """
    Sort order of market and inventory rows.
    """

    relevance = "relevance"
    price_asc = "priceAsc"
    price_desc = "priceDesc"
    name_asc = "nameAsc"
    name_desc = "nameDesc"


class MarketSource(StrEnum):
    """
    Supply source filter of `/secure/market`.
    """

    internal = "internal"
    external = "external"
    xk9_w = "Xk9W"


class DopplerPhase(StrEnum):
    """
    Phase of a Doppler or Gamma Doppler knife.
    """

    phase_1 = "Phase 1"
    phase_2 = "Phase 2"
    phase_3 = "Phase 3"
    phase_4 = "Phase 4"
    ruby = "Ruby"
    sapphire = "Sapphire"
    black_pearl = "Black Pearl"
    emerald = "Emerald"


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


class TradeUrlCheckState(IntEnum):
    """
    Result of a trade-URL check. 1 normal (full trading rights); 2 CS2 banned (Rust only; also
    VAC-banned accounts, whose CS2 deposits fail); 3 Rust banned (CS2 only); 4 banned (no
    trading); 5 inventory private; 6 trade URL invalid; 7 user not found; 8 unknown error;
    9 user not tradeable; 10 Steam unavailable.

    """

    normal = 1
    cs2_banned = 2
    rust_banned = 3
    banned = 4
    inventory_private = 5
    trade_url_invalid = 6
    user_not_found = 7
    unknown_error = 8
    user_not_tradeable = 9
    steam_unavailable = 10


class ItemCancelStatus(StrEnum):
    """
    Status of an accepted single-item cancel request (two Ls, unlike the trade status `canceled`).
    """

    cancelled = "cancelled"


class ItemCancelOutcome(StrEnum):
    """
    Outcome per item of a whole-trade cancel.
    """

    cancelled = "cancelled"
    failed = "failed"


class CryptoChain(StrEnum):
    """
    Supported blockchains.
    """

    eth = "ETH"
    bsc = "BSC"
    sol = "SOL"


class CryptoToken(StrEnum):
    """
    Supported stablecoins.
    """

    usdt = "USDT"
    usdc = "USDC"


class CryptoDepositAddressStatus(StrEnum):
    """
    `pending`: a Solana token account is being opened (no address yet); `active`: ready; `paused`: deposits paused.
    """

    active = "active"
    pending = "pending"
    paused = "paused"


class CryptoDepositStatus(StrEnum):
    """
    Status of a crypto deposit; `below_minimum` deposits are not credited.
    """

    pending = "pending"
    completed = "completed"
    failed = "failed"
    frozen = "frozen"
    refunded = "refunded"
    below_minimum = "below_minimum"


class CryptoWithdrawalStatus(StrEnum):
    """
    Status of a crypto withdrawal (`cancelled` with two Ls). `rejected`, `failed` and `cancelled` return the amount to the merchant balance.
    """

    awaiting_approval = "awaiting_approval"
    in_review = "in_review"
    approved = "approved"
    sent = "sent"
    completed = "completed"
    failed = "failed"
    rejected = "rejected"
    cancelled = "cancelled"


class FundingType(StrEnum):
    """
    Funding type filter of the ledger. Rows may also show ADMIN_CREDIT and ADMIN_DEBIT.
    """

    deposit = "DEPOSIT"
    withdrawal = "WITHDRAWAL"
    refund = "REFUND"
    internal_transfer = "INTERNAL_TRANSFER"


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


class VerificationProcessStatus(StrEnum):
    """
    Status of an identity check.
    """

    created = "CREATED"
    capture_pending = "CAPTURE_PENDING"
    processing = "PROCESSING"
    accepted = "ACCEPTED"
    rejected = "REJECTED"
    error = "ERROR"
    expired = "EXPIRED"


class ApprovalAction(StrEnum):
    """
    The merchant's verdict on an approval callback.
    """

    approve = "approve"
    reject = "reject"


class TradeCollateral(BaseModel):
    """
    Collateral shares that back the instant `preCredit` of a deposit.
    """

    merchant: float
    provider: float


class BotInfo(BaseModel):
    """
    The AssetPay Steam bot on a trade, or the bot holding a market item.
    """

    name: str
    avatar: str | None = None
    joined: AwareDatetime | None = None
    steam_id: Annotated[str | None, Field(alias="steamId")] = None


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


class ItemDoppler(BaseModel):
    status: int | None = None
    name: str
    paint_index: Annotated[int | None, Field(alias="paintIndex")] = None


class ItemFade(BaseModel):
    percentage: float


class ItemHardened(BaseModel):
    status: int
    name: str


class ItemSticker(BaseModel):
    name: str
    market_hash_name: Annotated[str | None, Field(alias="marketHashName")] = None
    slot: int
    wear: float | None = None
    icon_url: Annotated[str, Field(alias="iconUrl")]


class ItemCharm(BaseModel):
    name: str
    market_hash_name: Annotated[str | None, Field(alias="marketHashName")] = None
    icon_url: Annotated[str, Field(alias="iconUrl")]


class MarketSuggestion(BaseModel):
    id: str
    """
    Catalog id, to pass as `itemId`.
    """
    market_hash_name: Annotated[str, Field(alias="marketHashName")]
    icon_url: Annotated[str, Field(alias="iconUrl")]
    rarity: str | None = None
    rarity_color: Annotated[str | None, Field(alias="rarityColor")] = None
    item_type: Annotated[str | None, Field(alias="itemType")] = None


class ItemCancelResult(BaseModel):
    trade_id: Annotated[UUID, Field(alias="tradeId")]
    item_id: Annotated[UUID, Field(alias="itemId")]
    external_id: Annotated[str | None, Field(alias="externalId")] = None
    status: ItemCancelStatus


class TradeCancelItemResult(BaseModel):
    item_id: Annotated[str, Field(alias="itemId")]
    external_id: Annotated[str | None, Field(alias="externalId")] = None
    status: ItemCancelOutcome
    reason: str | None = None
    """
    Stable error key when the item's cancel was refused, e.g. TRADE_CANCEL_TOO_SOON.
    """


class TradeUrlCheckReason(BaseModel):
    """
    Why the account cannot trade (only when `canTrade` is false).
    """

    escrow_days: Annotated[int, Field(alias="escrowDays")]
    """
    0 when a mobile authenticator is set up.
    """
    probation: bool


class SteamBans(BaseModel):
    vac_banned: Annotated[bool, Field(alias="vacBanned")]
    game_bans: Annotated[int, Field(alias="gameBans")]
    economy_ban: Annotated[str, Field(alias="economyBan")]
    """
    Steam economy (trade) ban state: `none`, `probation` or `banned`. A string as AssetPay types it, so a new state still parses.
    """


class PriceWithdrawModes(BaseModel):
    """
    Fee-inclusive buy price per delivery mode; null when the mode is not available.
    """

    standard: float | None
    instant: float | None


class PricePhase(BaseModel):
    phase: DopplerPhase
    accepted: bool
    deposit: float
    withdraw: PriceWithdrawModes


class PriceItemRust(BaseModel):
    """
    A Rust price entry.
    """

    market_hash_name: Annotated[str, Field(alias="marketHashName")]
    accepted: bool
    deposit: float
    withdraw: float | None
    """
    Fee-inclusive buy price; null when not buyable.
    """


class CryptoTokenInfo(BaseModel):
    token: CryptoToken
    contract: str
    decimals: int


class CryptoDeposit(BaseModel):
    id: str
    type: Literal["crypto_deposit"]
    status: CryptoDepositStatus
    steam_id: Annotated[str, Field(alias="steamId")]
    chain: str
    token: str
    amount: str
    """
    USD as a decimal string.
    """
    amount_cents: Annotated[int, Field(alias="amountCents")]
    crypto_amount: Annotated[str, Field(alias="cryptoAmount")]
    """
    Token amount as a decimal string.
    """
    address: str
    tx_hash: Annotated[str | None, Field(alias="txHash")]
    from_: Annotated[str | None, Field(alias="from")]
    created_at: Annotated[str, Field(alias="createdAt")]
    """
    ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string, and a timestamp in another format must not fail a call that moved money).
    """
    updated_at: Annotated[str, Field(alias="updatedAt")]
    """
    ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string, and a timestamp in another format must not fail a call that moved money).
    """
    completed_at: Annotated[str | None, Field(alias="completedAt")]
    """
    ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string, and a timestamp in another format must not fail a call that moved money).
    """


class CryptoWithdrawal(BaseModel):
    id: str
    type: Literal["crypto_withdraw"]
    status: CryptoWithdrawalStatus
    steam_id: Annotated[str, Field(alias="steamId")]
    chain: str
    token: str
    amount: str
    """
    USD as a decimal string.
    """
    amount_cents: Annotated[int, Field(alias="amountCents")]
    """
    Debited from the merchant balance.
    """
    fee_cents: Annotated[int, Field(alias="feeCents")]
    """
    Flat network fee of the chain.
    """
    receive_cents: Annotated[int, Field(alias="receiveCents")]
    """
    What the user receives (amountCents - feeCents).
    """
    crypto_amount: Annotated[str, Field(alias="cryptoAmount")]
    address: str
    tx_hash: Annotated[str | None, Field(alias="txHash")]
    reason: str | None
    created_at: Annotated[str, Field(alias="createdAt")]
    """
    ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string, and a timestamp in another format must not fail a call that moved money).
    """
    updated_at: Annotated[str, Field(alias="updatedAt")]
    """
    ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string, and a timestamp in another format must not fail a call that moved money).
    """
    completed_at: Annotated[str | None, Field(alias="completedAt")]
    """
    ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string, and a timestamp in another format must not fail a call that moved money).
    """


class CryptoDepositPage(BaseModel):
    deposits: list[CryptoDeposit]
    next_before: Annotated[str | None, Field(alias="nextBefore")]
    """
    Pass as `before` for the next page; null on the last page. An ISO 8601 timestamp kept as the raw string (the vendor types it as a string).
    """


class CryptoWithdrawalPage(BaseModel):
    withdrawals: list[CryptoWithdrawal]
    next_before: Annotated[str | None, Field(alias="nextBefore")]
    """
    Pass as `before` for the next page; null on the last page. An ISO 8601 timestamp kept as the raw string (the vendor types it as a string).
    """


class WalletBalance(BaseModel):
    balance: float
    """
    Spendable now (USD).
    """
    pending_balance: Annotated[float, Field(alias="pendingBalance")]
    """
    Uncleared deposits plus money locked for withdrawals in flight.
    """
    escrow_balance: Annotated[float, Field(alias="escrowBalance")]
    """
    Skin deposits still in their Steam hold.
    """
    currency: str


class LedgerAmount(BaseModel):
    usd: float
    crypto: str
    token: str | None
    chain: str | None


class LedgerTimestamps(BaseModel):
    created: AwareDatetime
    completed: AwareDatetime | None
    updated: AwareDatetime


class Pagination(BaseModel):
    page: int
    limit: int
    total: int
    total_pages: Annotated[int, Field(alias="totalPages")]


class LedgerAmountDetail(BaseModel):
    usd: float
    crypto: str
    token: str | None
    chain: str | None
    exchange_rate: Annotated[str, Field(alias="exchangeRate")]


class LedgerTimestampsDetail(BaseModel):
    created: AwareDatetime
    completed: AwareDatetime | None
    updated: AwareDatetime
    expired: AwareDatetime | None


class VerificationStart(BaseModel):
    capture_url: Annotated[str, Field(alias="captureUrl")]
    """
    Page where the user captures a document and a selfie.
    """
    dossier_id: Annotated[str, Field(alias="dossierId")]
    """
    The provider's dossier id.
    """


class VerificationProcess(BaseModel):
    dossier_id: Annotated[str, Field(alias="dossierId")]
    process_id: Annotated[str | None, Field(alias="processId")]
    capture_url: Annotated[str, Field(alias="captureUrl")]
    status: VerificationProcessStatus
    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    completed_at: Annotated[AwareDatetime | None, Field(alias="completedAt")]


class LinkedIdentity(BaseModel):
    id: UUID
    first_name: Annotated[str | None, Field(alias="firstName")]
    last_name: Annotated[str | None, Field(alias="lastName")]
    document_country: Annotated[str | None, Field(alias="documentCountry")]
    """
    ISO 3166-1 alpha-3 country of the document.
    """
    linked_at: Annotated[AwareDatetime, Field(alias="linkedAt")]


class VerificationLink(BaseModel):
    linked: bool


class ClientToken(BaseModel):
    token: str
    """
    The client JWT.
    """


class ClientData(BaseModel):
    """
    Inputs to the instant-credit risk model; every field optional (server defaults 0, false,
    null). Only these six keys exist. The best collateral comes with fiat and crypto deposits
    both true and KYC level 3.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    total_wager: Annotated[float | None, Field(alias="totalWager", ge=0.0)] = None
    """
    Total USD the user has wagered with the merchant.
    """
    kyc_level: Annotated[int | None, Field(alias="kycLevel", ge=0)] = None
    """
    The merchant's KYC level of the user (0 to 3 in practice).
    """
    fiat_deposits: Annotated[bool | None, Field(alias="fiatDeposits")] = None
    """
    The user has made fiat deposits.
    """
    crypto_deposits: Annotated[bool | None, Field(alias="cryptoDeposits")] = None
    """
    The user has made crypto deposits.
    """
    registration_date: Annotated[AwareDatetime | None, Field(alias="registrationDate")] = None
    """
    When the user registered; older accounts earn a small bonus.
    """
    kyc_hash: Annotated[str | None, Field(alias="kycHash")] = None
    """
    Opaque hash of the user's KYC identifiers, to spot one person behind many accounts.
    """


class AuthenticateClientRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    client_steam_id: Annotated[SteamId, Field(alias="clientSteamId")]
    client_trade_url: Annotated[TradeUrl, Field(alias="clientTradeUrl")]
    client_id: Annotated[str | None, Field(alias="clientId", max_length=128)] = None
    """
    The merchant's own user id; copied onto the user's trades as `externalClientUserId`.
    """
    client_data: Annotated[ClientData | None, Field(alias="clientData")] = None


class CheckTradeUrlRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    tradeurl: TradeUrl
    force_refresh: Annotated[bool | None, Field(alias="forceRefresh")] = False
    """
    Skip the one-hour cache.
    """


class DepositItem(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    item_id: Annotated[str, Field(alias="itemId", max_length=256, min_length=5)]
    """
    The item's `id` from the inventory route.
    """
    price: Annotated[float, Field(gt=0.0)]
    """
    USD; must equal the current inventory offer price.
    """
    amount: Annotated[int | None, Field(ge=1, le=10000)] = 1
    """
    Quantity of a stackable (Rust) item.
    """


class DepositRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    items: Annotated[list[DepositItem], Field(max_length=250, min_length=1)]
    game: GameId | None = GameId.cs2
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%` `\\`, not only dots) so the trade can be looked up by it.
    """
    is_instant: Annotated[bool | None, Field(alias="isInstant")] = False
    """
    Ask for instant credit. Always send it explicitly.
    """


class SellRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    trade_url: Annotated[TradeUrl, Field(alias="tradeUrl")]
    items: Annotated[list[DepositItem], Field(max_length=250, min_length=1)]
    game: GameId | None = GameId.cs2
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%` `\\`, not only dots) so the trade can be looked up by it.
    """
    is_instant: Annotated[bool | None, Field(alias="isInstant")] = False
    """
    Ask for instant credit. Always send it explicitly.
    """


class WithdrawItem(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    item_id: Annotated[str, Field(alias="itemId", max_length=256, min_length=5)]
    """
    A listing `id` from the listings route (UUIDv8 for CS2, compound for Rust).
    """
    price: Annotated[float, Field(gt=0.0, le=100000.0)]
    """
    The USD price quoted to the user.
    """
    max_price: Annotated[float | None, Field(alias="maxPrice", gt=0.0, le=100000.0)] = None
    """
    Most you will pay for this item; overrides slippageBps. Omit to refuse any increase.
    """
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Per-item reference; the cancel routes accept it in place of the item id (a path segment: the rules of ExternalId apply).
    """


class WithdrawRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    items: Annotated[list[WithdrawItem], Field(max_length=50, min_length=1)]
    slippage_bps: Annotated[int | None, Field(alias="slippageBps", ge=0, le=2000)] = 0
    """
    Tolerated price rise in basis points (100 = 1%) for items without maxPrice.
    """
    auto_cancel: Annotated[int | None, Field(alias="autoCancel", ge=30, le=720)] = 30
    """
    Minutes after which unsent items are cancelled and refunded; 720 disables it. CS2 only.
    """
    game: GameId | None = GameId.cs2
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%` `\\`, not only dots) so the trade can be looked up by it.
    """


class BuyRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    trade_url: Annotated[TradeUrl, Field(alias="tradeUrl")]
    items: Annotated[list[WithdrawItem], Field(max_length=50, min_length=1)]
    slippage_bps: Annotated[int | None, Field(alias="slippageBps", ge=0, le=2000)] = 0
    """
    Tolerated price rise in basis points (100 = 1%) for items without maxPrice.
    """
    auto_cancel: Annotated[int | None, Field(alias="autoCancel", ge=30, le=720)] = 30
    """
    Minutes after which unsent items are cancelled and refunded; 720 disables it. CS2 only.
    """
    game: GameId | None = GameId.cs2
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%` `\\`, not only dots) so the trade can be looked up by it.
    """


class QuickWithdrawRequest(BaseModel):
    """
    Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`, when given, holds exactly `amount` entries.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    item_id: Annotated[str | None, Field(alias="itemId", max_length=256, min_length=5)] = None
    """
    Catalog id (suggestions `id` or prices `itemId`).
    """
    market_hash_name: Annotated[
        str | None, Field(alias="marketHashName", max_length=256, min_length=1)
    ] = None
    """
    Exact market hash name; ignored when itemId is given.
    """
    max_price: Annotated[float, Field(alias="maxPrice", gt=0.0, le=100000.0)]
    """
    Per-unit ceiling in USD, fees included (same basis as the prices withdraw price).
    """
    amount: Annotated[int, Field(ge=1, le=200)]
    """
    Units to buy.
    """
    delivery: DeliveryMode | None = DeliveryMode.standard
    phase: DopplerPhase | None = None
    auto_cancel: Annotated[int | None, Field(alias="autoCancel", ge=30, le=720)] = 30
    """
    Minutes after which unsent items are cancelled; 720 disables it.
    """
    game: Cs2GameId | None = Cs2GameId.cs2
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%` `\\`, not only dots) so the trade can be looked up by it.
    """
    external_ids: Annotated[
        list[ExternalId] | None,
        Field(alias="externalIds", max_length=200, min_length=1),
    ] = None
    """
    One per-item reference per requested unit, assigned in order.
    """


class QuickBuyRequest(BaseModel):
    """
    Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`, when given, holds exactly `amount` entries.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_url: Annotated[TradeUrl, Field(alias="tradeUrl")]
    item_id: Annotated[str | None, Field(alias="itemId", max_length=256, min_length=5)] = None
    """
    Catalog id (the prices `itemId`).
    """
    market_hash_name: Annotated[
        str | None, Field(alias="marketHashName", max_length=256, min_length=1)
    ] = None
    """
    Exact market hash name; ignored when itemId is given.
    """
    max_price: Annotated[float, Field(alias="maxPrice", gt=0.0, le=100000.0)]
    """
    Per-unit ceiling in USD, fees included (same basis as the prices withdraw price).
    """
    amount: Annotated[int, Field(ge=1, le=200)]
    """
    Units to buy.
    """
    delivery: DeliveryMode | None = DeliveryMode.standard
    phase: DopplerPhase | None = None
    auto_cancel: Annotated[int | None, Field(alias="autoCancel", ge=30, le=720)] = 30
    """
    Minutes after which unsent items are cancelled; 720 disables it.
    """
    game: Cs2GameId | None = Cs2GameId.cs2
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            max_length=128,
            min_length=1,
            pattern="^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
        ),
    ] = None
    """
    Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%` `\\`, not only dots) so the trade can be looked up by it.
    """
    external_ids: Annotated[
        list[ExternalId] | None,
        Field(alias="externalIds", max_length=200, min_length=1),
    ] = None
    """
    One per-item reference per requested unit, assigned in order.
    """


class CryptoWithdrawRequest(BaseModel):
    chain: CryptoChain
    token: CryptoToken
    address: Annotated[str, Field(max_length=64, min_length=26)]
    """
    Destination address on the chain.
    """
    amount_cents: Annotated[int, Field(alias="amountCents", ge=1, le=100000000)]
    """
    USD cents debited from the merchant balance.
    """
    request_id: Annotated[
        str,
        Field(alias="requestId", max_length=64, min_length=8, pattern="^[A-Za-z0-9_-]+$"),
    ]
    """
    Idempotency key; a repeat returns the original withdrawal.
    """


class MerchantCryptoWithdrawRequest(BaseModel):
    steam_id: Annotated[SteamId, Field(alias="steamId")]
    chain: CryptoChain
    token: CryptoToken
    address: Annotated[str, Field(max_length=64, min_length=26)]
    """
    Destination address on the chain.
    """
    amount_cents: Annotated[int, Field(alias="amountCents", ge=1, le=100000000)]
    """
    USD cents debited from the merchant balance.
    """
    request_id: Annotated[
        str,
        Field(alias="requestId", max_length=64, min_length=8, pattern="^[A-Za-z0-9_-]+$"),
    ]
    """
    Idempotency key; a repeat returns the original withdrawal.
    """


class VerificationStartRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    email: str | None = None
    """
    Remembered for linking to an existing identity.
    """


class ClientTokenEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: ClientToken


class MarketSuggestionsEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: list[MarketSuggestion]


class ItemCancelResultEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: ItemCancelResult


class CryptoDepositPageEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: CryptoDepositPage


class CryptoWithdrawalPageEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: CryptoWithdrawalPage


class CryptoWithdrawalEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: CryptoWithdrawal


class WalletBalanceEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: WalletBalance


class VerificationStartEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: VerificationStart


class VerificationLinkEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: VerificationLink


class HealthMaintenance(BaseModel):
    mode: bool | None = None
    """
    True during a maintenance window.
    """


class ApiError(BaseModel):
    code: int
    """
    Numeric error code; its range names the domain (see x-error-domains).
    """
    key: str
    """
    Stable machine-readable key, e.g. PRICE_CHANGED.
    """
    message: str | list[str]
    """
    Human-readable text (a list of texts for some validation failures). Its wording may change; never parse it.
    """
    fields: Annotated[dict[str, str] | None, Field(max_length=20)] = None
    """
    VALIDATION_FAILED only: dotted field path (e.g. items.0.price) to the reason; at most 20 entries.
    """
    details: dict[str, Any] | None = None
    """
    Structured context, e.g. ITEM_OVERSTOCKED details.items, ONCHAIN_CLIENT_WITHDRAW_LIMIT details.scope and details.remainingCents.
    """


class CryptoDepositCallback(BaseModel):
    """
    Body of a crypto deposit callback.
    """

    deposit: CryptoDeposit


class CryptoWithdrawalCallback(BaseModel):
    """
    Body of a crypto withdrawal callback, including approval requests (status awaiting_approval).
    """

    withdrawal: CryptoWithdrawal


class CallbackTestPing(BaseModel):
    """
    The unsigned ping sent when the callback URL is saved.
    """

    test: Literal[True]
    timestamp: AwareDatetime | None = None
    message: str | None = None


class ApprovalAnswer(BaseModel):
    """
    The merchant's answer to an approval callback.
    """

    action: ApprovalAction
    reason: str | None = None
    """
    Why the withdrawal was rejected.
    """


class GetPricesParams(BaseModel):
    """
    Path and query parameters of getPrices.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    game: Annotated[int | None, Field(ge=1)] = 730


class GetMerchantInventoryParams(BaseModel):
    """
    Path and query parameters of getMerchantInventory.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_url: Annotated[TradeUrl, Field(alias="tradeUrl")]
    refresh: bool | None = False
    accepted_only: Annotated[bool | None, Field(alias="acceptedOnly")] = False
    game: Annotated[int | None, Field(ge=1)] = 730
    search: Annotated[str | None, Field(max_length=100)] = None
    sort: Annotated[str | None, Field(max_length=32, min_length=1)] = None
    min_price: Annotated[float | None, Field(alias="minPrice")] = None
    max_price: Annotated[float | None, Field(alias="maxPrice")] = None
    page: Annotated[int | None, Field(ge=1)] = 1
    limit: Annotated[int | None, Field(ge=-1)] = 50


class GetMerchantMarketParams(BaseModel):
    """
    Path and query parameters of getMerchantMarket.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    game: Annotated[int | None, Field(ge=1)] = 730
    search: Annotated[str | None, Field(max_length=100)] = None
    sort: ItemSort | None = None
    min_price: Annotated[float | None, Field(alias="minPrice", ge=0.0)] = None
    max_price: Annotated[float | None, Field(alias="maxPrice", ge=0.0)] = None
    page: Annotated[int | None, Field(ge=1)] = 1
    per_page: Annotated[int | None, Field(alias="perPage", ge=-1, le=1000)] = 50
    development: bool | None = False
    source: MarketSource | None = None


class GetMerchantMarketItemParams(BaseModel):
    """
    Path and query parameters of getMerchantMarketItem.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    item_id: Annotated[str | None, Field(alias="itemId", max_length=256, min_length=1)] = None
    market_hash_name: Annotated[
        str | None, Field(alias="marketHashName", max_length=256, min_length=1)
    ] = None
    delivery: DeliveryFilter | None = DeliveryFilter.any
    phase: DopplerPhase | None = None
    float_min: Annotated[float | None, Field(alias="floatMin", ge=0.0, le=1.0)] = None
    float_max: Annotated[float | None, Field(alias="floatMax", ge=0.0, le=1.0)] = None
    page: Annotated[int | None, Field(ge=1)] = 1
    per_page: Annotated[int | None, Field(alias="perPage", ge=1, le=100)] = 50


class CancelBuyParams(BaseModel):
    """
    Path and query parameters of cancelBuy.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_id: Annotated[str, Field(alias="tradeId", min_length=1)]


class CancelBuyItemParams(BaseModel):
    """
    Path and query parameters of cancelBuyItem.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_id: Annotated[str, Field(alias="tradeId", min_length=1)]
    item_id: Annotated[str, Field(alias="itemId", max_length=128, min_length=1)]


class ListMerchantTradesParams(BaseModel):
    """
    Path and query parameters of listMerchantTrades.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    cursor: str | None = None
    limit: Annotated[int | None, Field(ge=1, le=100)] = 20
    type: TradeType | None = None
    game: GameId | None = None


class GetMerchantTradesParams(BaseModel):
    """
    Path and query parameters of getMerchantTrades.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_id: Annotated[str, Field(alias="tradeId", min_length=1, pattern="^[^,]+(,[^,]+){0,99}$")]


class GetMerchantCryptoDepositAddressParams(BaseModel):
    """
    Path and query parameters of getMerchantCryptoDepositAddress.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    steam_id: Annotated[SteamId, Field(alias="steamId")]
    chain: CryptoChain
    token: CryptoToken | None = None


class ListMerchantCryptoDepositsParams(BaseModel):
    """
    Path and query parameters of listMerchantCryptoDeposits.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    steam_id: Annotated[SteamId, Field(alias="steamId")]
    limit: Annotated[int | None, Field(ge=1, le=100)] = None
    before: AwareDatetime | None = None


class ListMerchantCryptoWithdrawalsParams(BaseModel):
    """
    Path and query parameters of listMerchantCryptoWithdrawals.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    steam_id: Annotated[SteamId, Field(alias="steamId")]
    limit: Annotated[int | None, Field(ge=1, le=100)] = None
    before: AwareDatetime | None = None


class ListLedgerTransactionsParams(BaseModel):
    """
    Path and query parameters of listLedgerTransactions.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: FundingType | None = None
    status: FundingStatus | None = None
    start_date: Annotated[AwareDatetime | None, Field(alias="startDate")] = None
    end_date: Annotated[AwareDatetime | None, Field(alias="endDate")] = None
    limit: Annotated[int | None, Field(ge=1, le=100)] = 50
    offset: Annotated[int | None, Field(ge=0)] = 0


class GetLedgerTransactionParams(BaseModel):
    """
    Path and query parameters of getLedgerTransaction.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[str, Field(min_length=1)]


class GetClientInventoryParams(BaseModel):
    """
    Path and query parameters of getClientInventory.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    refresh: bool | None = False
    accepted_only: Annotated[bool | None, Field(alias="acceptedOnly")] = False
    game: Annotated[int | None, Field(ge=1)] = 730
    search: Annotated[str | None, Field(max_length=100)] = None
    sort: Annotated[str | None, Field(max_length=32, min_length=1)] = None
    min_price: Annotated[float | None, Field(alias="minPrice")] = None
    max_price: Annotated[float | None, Field(alias="maxPrice")] = None
    page: Annotated[int | None, Field(ge=1)] = 1
    limit: Annotated[int | None, Field(ge=-1)] = 50


class GetClientMarketParams(BaseModel):
    """
    Path and query parameters of getClientMarket.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    game: Annotated[int | None, Field(ge=1)] = 730
    search: Annotated[str | None, Field(max_length=100)] = None
    sort: ItemSort | None = None
    min_price: Annotated[float | None, Field(alias="minPrice", ge=0.0)] = None
    max_price: Annotated[float | None, Field(alias="maxPrice", ge=0.0)] = None
    page: Annotated[int | None, Field(ge=1)] = 1
    per_page: Annotated[int | None, Field(alias="perPage", ge=-1, le=1000)] = 50
    development: bool | None = False


class GetClientMarketItemParams(BaseModel):
    """
    Path and query parameters of getClientMarketItem.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    item_id: Annotated[str | None, Field(alias="itemId", max_length=256, min_length=1)] = None
    market_hash_name: Annotated[
        str | None, Field(alias="marketHashName", max_length=256, min_length=1)
    ] = None
    delivery: DeliveryFilter | None = DeliveryFilter.any
    phase: DopplerPhase | None = None
    float_min: Annotated[float | None, Field(alias="floatMin", ge=0.0, le=1.0)] = None
    float_max: Annotated[float | None, Field(alias="floatMax", ge=0.0, le=1.0)] = None
    page: Annotated[int | None, Field(ge=1)] = 1
    per_page: Annotated[int | None, Field(alias="perPage", ge=1, le=100)] = 50


class GetClientMarketSuggestionsParams(BaseModel):
    """
    Path and query parameters of getClientMarketSuggestions.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    q: Annotated[str, Field(max_length=100, min_length=1)]


class ListClientTradesParams(BaseModel):
    """
    Path and query parameters of listClientTrades.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    cursor: str | None = None
    limit: Annotated[int | None, Field(ge=1, le=100)] = 20
    type: TradeType | None = None
    game: GameId | None = None


class CancelWithdrawParams(BaseModel):
    """
    Path and query parameters of cancelWithdraw.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_id: Annotated[str, Field(alias="tradeId", min_length=1)]


class CancelWithdrawItemParams(BaseModel):
    """
    Path and query parameters of cancelWithdrawItem.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    trade_id: Annotated[str, Field(alias="tradeId", min_length=1)]
    item_id: Annotated[str, Field(alias="itemId", max_length=128, min_length=1)]


class GetClientCryptoDepositAddressParams(BaseModel):
    """
    Path and query parameters of getClientCryptoDepositAddress.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    chain: CryptoChain
    token: CryptoToken | None = None


class ListClientCryptoDepositsParams(BaseModel):
    """
    Path and query parameters of listClientCryptoDeposits.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    limit: Annotated[int | None, Field(ge=1, le=100)] = None
    before: AwareDatetime | None = None


class ListClientCryptoWithdrawalsParams(BaseModel):
    """
    Path and query parameters of listClientCryptoWithdrawals.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    limit: Annotated[int | None, Field(ge=1, le=100)] = None
    before: AwareDatetime | None = None


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


class Inventory(BaseModel):
    inventory: list[Item]
    count: int
    """
    Items matching the filters, over all pages.
    """
    updated_at: Annotated[AwareDatetime, Field(alias="updatedAt")]
    """
    When the cached inventory was last loaded from Steam.
    """
    collateral: float
    """
    The user's instant-credit collateral in USD (always 0 on `/secure/inventory`).
    """


class MarketPage(BaseModel):
    items: list[Item]
    count: int
    """
    Rows matching the filters, over all pages.
    """


class TradeCancelResult(BaseModel):
    trade_id: Annotated[UUID, Field(alias="tradeId")]
    requested: int
    """
    Items the marketplace considered cancellable.
    """
    cancelled: int
    failed: int
    items: list[TradeCancelItemResult]


class TradeUrlCheck(BaseModel):
    state: TradeUrlCheckState
    steamid: str | None = None
    """
    SteamID64, when the URL resolves to a user.
    """
    message: str
    can_trade: Annotated[bool | None, Field(alias="canTrade")] = None
    """
    Present for states 1 to 4.
    """
    reason: TradeUrlCheckReason | None = None
    bans: SteamBans | None = None


class PriceItemCs2(BaseModel):
    """
    A CS2 price entry. Doppler items appear once, with a `phases` breakdown; the top-level prices are then the cheapest phase.
    """

    item_id: Annotated[str | None, Field(alias="itemId")]
    """
    Catalog id; null when the item has no withdraw floor.
    """
    market_hash_name: Annotated[str, Field(alias="marketHashName")]
    accepted: bool
    """
    The deposit price is above 0.
    """
    deposit: float
    """
    USD AssetPay pays on deposit.
    """
    withdraw: PriceWithdrawModes
    phases: list[PricePhase] | None = None


class CryptoDepositAddress(BaseModel):
    steam_id: Annotated[str, Field(alias="steamId")]
    chain: CryptoChain
    network: str
    testnet: bool
    status: CryptoDepositAddressStatus
    address: str | None
    token_account: Annotated[str | None, Field(alias="tokenAccount")]
    """
    Solana token account, when one is open.
    """
    tokens: list[CryptoTokenInfo]
    """
    Tokens credited at this address.
    """
    min_deposit_cents: Annotated[int, Field(alias="minDepositCents")]
    """
    Deposits below this are not credited.
    """
    min_confirmations: Annotated[int, Field(alias="minConfirmations")]
    explorer_url: Annotated[str | None, Field(alias="explorerUrl")]


class LedgerTransaction(BaseModel):
    id: str
    type: str
    """
    A FundingType value, or ADMIN_CREDIT / ADMIN_DEBIT.
    """
    status: str
    """
    A FundingStatus value, or POSTED.
    """
    amount: LedgerAmount
    fee: float
    address: str | None
    txn_hash: Annotated[str | None, Field(alias="txnHash")]
    timestamps: LedgerTimestamps


class LedgerTransactionPage(BaseModel):
    items: list[LedgerTransaction]
    pagination: Pagination


class LedgerTransactionDetail(BaseModel):
    id: str
    type: str
    """
    A FundingType value, or ADMIN_CREDIT / ADMIN_DEBIT.
    """
    status: str
    """
    A FundingStatus value, or POSTED.
    """
    amount: LedgerAmountDetail
    address: str | None
    txn_hash: Annotated[str | None, Field(alias="txnHash")]
    fee: float
    timestamps: LedgerTimestampsDetail


class VerificationStatus(BaseModel):
    verification_level: Annotated[int, Field(alias="verificationLevel", ge=0)]
    """
    0 none, 1 picture id.
    """
    email: str | None
    latest_process: Annotated[VerificationProcess | None, Field(alias="latestProcess")]
    linked_identity: Annotated[LinkedIdentity | None, Field(alias="linkedIdentity")]


class TradeUrlCheckEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: TradeUrlCheck


class PriceListEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: list[PriceItemCs2 | PriceItemRust]
    """
    CS2 entries for game 730, Rust entries for game 252490.
    """


class InventoryEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: Inventory


class MarketPageEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: MarketPage


class ListingsEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: list[Item]


class TradeCancelResultEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: TradeCancelResult


class CryptoDepositAddressEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: CryptoDepositAddress


class LedgerTransactionPageEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: LedgerTransactionPage


class LedgerTransactionDetailEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: LedgerTransactionDetail


class VerificationStatusEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: VerificationStatus


class Health(BaseModel):
    status: str
    """
    "ok" while the API serves requests.
    """
    timestamp: str | None = None
    """
    Server time (ISO 8601).
    """
    uptime: float | None = None
    """
    Seconds since the server started.
    """
    maintenance: HealthMaintenance | None = None


class HealthEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: Health


class ErrorEnvelope(BaseModel):
    """
    The failure envelope of every route. Branch on `error.code` or `error.key`; the message is for people.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[False]
    error: ApiError


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


class TradePage(BaseModel):
    items: list[Trade]
    """
    Newest first.
    """
    next_cursor: Annotated[str | None, Field(alias="nextCursor")]
    """
    Cursor of the next page; null on the last page.
    """


class TradePageEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: TradePage


class TradeEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: Trade


class TradeLookupEnvelope(BaseModel):
    """
    Success envelope.
    """

    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request (a UUID); quote it to support.
    """
    success: Literal[True]
    data: Trade | list[Trade]
    """
    One Trade for a single reference; an array of the trades found for a comma-separated list.
    """


class TradeCallback(BaseModel):
    """
    Body of every trade callback, including withdrawal approval requests.
    """

    trade: Trade


Trade.model_rebuild()
