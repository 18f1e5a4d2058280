# generated from openapi.yaml by make client — do not edit
"""Exception classes for the AssetPay error table: one class per domain and one per known key.

Rendered from ``x-error-domains`` and ``x-error-codes`` of openapi.yaml. Import them through
``assetpay.errors``, which adds the transport-level errors and ``from_envelope``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar


class Domain(enum.Enum):
    """The numeric ranges of AssetPay error codes, plus ``UNKNOWN`` for codes outside them."""

    TRADING = "trading"
    """Trading / marketplace (1-99)."""
    GENERIC = "generic"
    """Generic / infrastructure (1000-1099)."""
    AUTH = "auth"
    """Authentication / tokens (1100-1199)."""
    TWO_FACTOR = "two_factor"
    """Two-factor / passkeys (1200-1299)."""
    ACCESS = "access"
    """Account / access control (1300-1399)."""
    USER_SETTINGS = "user_settings"
    """User settings (1400-1499)."""
    IDEMPOTENCY = "idempotency"
    """Idempotency (1500-1599)."""
    FUNDING = "funding"
    """Crypto wallet & funding (1600-1699)."""
    CALLBACKS = "callbacks"
    """Callbacks / webhooks (1700-1799)."""
    EMAIL = "email"
    """Email (1800-1899)."""
    API_KEYS = "api_keys"
    """API keys / secrets (1900-1999)."""
    RISK = "risk"
    """Risk management (2100-2199)."""
    BOOKING = "booking"
    """Booking (2200-2299)."""
    VERIFICATION = "verification"
    """Identity verification (2300-2399)."""
    LEDGER = "ledger"
    """Ledger integrity (2400-2499)."""
    UNKNOWN = "unknown"
    """A code outside every published range."""


DOMAIN_RANGES: tuple[tuple[int, int, Domain], ...] = (
    (1, 99, Domain.TRADING),
    (1000, 1099, Domain.GENERIC),
    (1100, 1199, Domain.AUTH),
    (1200, 1299, Domain.TWO_FACTOR),
    (1300, 1399, Domain.ACCESS),
    (1400, 1499, Domain.USER_SETTINGS),
    (1500, 1599, Domain.IDEMPOTENCY),
    (1600, 1699, Domain.FUNDING),
    (1700, 1799, Domain.CALLBACKS),
    (1800, 1899, Domain.EMAIL),
    (1900, 1999, Domain.API_KEYS),
    (2100, 2199, Domain.RISK),
    (2200, 2299, Domain.BOOKING),
    (2300, 2399, Domain.VERIFICATION),
    (2400, 2499, Domain.LEDGER),
)


def domain_of(code: int) -> Domain:
    """Return the domain whose range holds ``code`` (``Domain.UNKNOWN`` when none does)."""
    for start, end, domain in DOMAIN_RANGES:
        if start <= code <= end:
            return domain
    return Domain.UNKNOWN


class AssetPayError(Exception):
    """Base class of every exception raised by the assetpay package.

    ``ambiguous`` tells whether the request that failed may nevertheless have taken effect on
    AssetPay's side (for example a connection that broke after the request was sent).
    """

    ambiguous: bool = False


class APIError(AssetPayError):
    """AssetPay answered with an error envelope (or the client refused the request locally).

    Attributes mirror the envelope: ``code``, ``key``, ``message`` (a list of messages joined with
    "; "), ``messages``, ``fields`` (dotted path -> reason, validation only), ``details``; plus
    ``http_status``, ``request_id``, ``domain``, ``retryable`` (the condition is transient) and
    ``retry_after`` (seconds from a ``Retry-After`` header, or None).
    """

    domain: ClassVar[Domain] = Domain.UNKNOWN
    error_key: ClassVar[str | None] = None
    error_code: ClassVar[int | None] = None
    default_retryable: ClassVar[bool] = False

    def __init__(
        self,
        *,
        code: int,
        key: str,
        message: str | Sequence[str] = "",
        http_status: int,
        request_id: str | None = None,
        fields: Mapping[str, str] | None = None,
        details: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
        retryable: bool | None = None,
        ambiguous: bool = False,
    ) -> None:
        self.code = code
        self.key = key
        self.messages: tuple[str, ...] = (
            (message,) if isinstance(message, str) else tuple(str(m) for m in message)
        )
        self.message = "; ".join(m for m in self.messages if m)
        self.http_status = http_status
        self.request_id = request_id
        self.fields: dict[str, str] = dict(fields or {})
        self.details: dict[str, Any] = dict(details or {})
        self.retry_after = retry_after
        self.retryable = self.default_retryable if retryable is None else retryable
        self.ambiguous = ambiguous
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.key} ({self.code}, HTTP {self.http_status})"
        if self.message:
            text += f": {self.message}"
        if self.request_id:
            text += f" [request_id={self.request_id}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, key={self.key!r}, "
            f"http_status={self.http_status!r}, request_id={self.request_id!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[APIError], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, str(error))
    return error


class UnknownAPIError(APIError):
    """An error whose code lies in no published domain and whose key is not in the table."""


class InvalidResponseError(AssetPayError):
    """The answer is not a readable AssetPay envelope.

    A non-JSON body (an HTML page from a proxy, an empty body), an envelope without
    ``success``/``data``/``error``, or data the models cannot parse -- including a list of nested
    models that is only parsed when first read. ``http_status`` and ``request_id`` are kept when
    known; ``ambiguous`` is True unless the status proves the request was refused (4xx), because a
    success answer that cannot be read may still have taken effect.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int | None = None,
        request_id: str | None = None,
        ambiguous: bool = True,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.request_id = request_id
        self.ambiguous = ambiguous


# ----------------------------------------------------------------------------- domains


class TradingError(APIError):
    """Trading / marketplace errors (codes 1-99)."""

    domain = Domain.TRADING


class GenericError(APIError):
    """Generic / infrastructure errors (codes 1000-1099)."""

    domain = Domain.GENERIC


class AuthError(APIError):
    """Authentication / tokens errors (codes 1100-1199)."""

    domain = Domain.AUTH


class TwoFactorError(APIError):
    """Two-factor / passkeys errors (codes 1200-1299)."""

    domain = Domain.TWO_FACTOR


class AccessError(APIError):
    """Account / access control errors (codes 1300-1399)."""

    domain = Domain.ACCESS


class UserSettingsError(APIError):
    """User settings errors (codes 1400-1499)."""

    domain = Domain.USER_SETTINGS


class IdempotencyError(APIError):
    """Idempotency errors (codes 1500-1599)."""

    domain = Domain.IDEMPOTENCY


class FundingError(APIError):
    """Crypto wallet & funding errors (codes 1600-1699)."""

    domain = Domain.FUNDING


class CallbacksError(APIError):
    """Callbacks / webhooks errors (codes 1700-1799)."""

    domain = Domain.CALLBACKS


class EmailError(APIError):
    """Email errors (codes 1800-1899)."""

    domain = Domain.EMAIL


class ApiKeysError(APIError):
    """API keys / secrets errors (codes 1900-1999)."""

    domain = Domain.API_KEYS


class RiskError(APIError):
    """Risk management errors (codes 2100-2199)."""

    domain = Domain.RISK


class BookingError(APIError):
    """Booking errors (codes 2200-2299)."""

    domain = Domain.BOOKING


class VerificationError(APIError):
    """Identity verification errors (codes 2300-2399)."""

    domain = Domain.VERIFICATION


class LedgerError(APIError):
    """Ledger integrity errors (codes 2400-2499)."""

    domain = Domain.LEDGER


# ----------------------------------------------------------------------------- keys


class ValidationFailedError(GenericError):
    """The body or the query did not pass validation; `fields` maps each offending dotted path to a reason."""

    error_key = "VALIDATION_FAILED"
    error_code = 1001


class NotFoundError(GenericError):
    """The requested resource does not exist."""

    error_key = "NOT_FOUND"
    error_code = 1003


class ConflictError(GenericError):
    """The resource is in a state that conflicts with the request."""

    error_key = "CONFLICT"
    error_code = 1004


class RateLimitedError(GenericError):
    """Too many requests for the merchant's rate limit; wait for Retry-After."""

    error_key = "RATE_LIMITED"
    error_code = 1005
    default_retryable = True


class ServerError(GenericError):
    """Something failed inside AssetPay."""

    error_key = "SERVER_ERROR"
    error_code = 1006


class SystemMaintenanceError(GenericError):
    """AssetPay is in maintenance mode."""

    error_key = "SYSTEM_MAINTENANCE"
    error_code = 1007
    default_retryable = True


class UnprocessableError(GenericError):
    """The request is well-formed but cannot be processed."""

    error_key = "UNPROCESSABLE"
    error_code = 1008


class ServiceUnavailableError(GenericError):
    """Deposits or withdrawals are out of service for the moment."""

    error_key = "SERVICE_UNAVAILABLE"
    error_code = 1009
    default_retryable = True


class NoBotsAvailableError(GenericError):
    """No Steam bot is configured or online; try again shortly."""

    error_key = "NO_BOTS_AVAILABLE"
    error_code = 1010
    default_retryable = True


class FleetDegradedError(GenericError):
    """The Steam bot fleet is unhealthy; refused before any work, try again shortly."""

    error_key = "FLEET_DEGRADED"
    error_code = 1011
    default_retryable = True


class UnauthorizedError(AuthError):
    """The call needs authentication."""

    error_key = "UNAUTHORIZED"
    error_code = 1100


class InvalidCredentialsError(AuthError):
    """Email/username or password is wrong."""

    error_key = "INVALID_CREDENTIALS"
    error_code = 1101


class InvalidTokenError(AuthError):
    """The token is not valid; get a new client token and replay once."""

    error_key = "INVALID_TOKEN"
    error_code = 1102


class MissingBearerError(AuthError):
    """The Authorization header is absent or not a bearer token."""

    error_key = "MISSING_BEARER"
    error_code = 1108


class TokenInvalidOrExpiredError(AuthError):
    """The token was rejected as invalid or past its lifetime."""

    error_key = "TOKEN_INVALID_OR_EXPIRED"
    error_code = 1110


class TokenExpiredError(AuthError):
    """The token's lifetime is over."""

    error_key = "TOKEN_EXPIRED"
    error_code = 1111


class ForbiddenError(AccessError):
    """The caller is not allowed to use this resource."""

    error_key = "FORBIDDEN"
    error_code = 1300


class AccountDisabledError(AccessError):
    """The account has been switched off."""

    error_key = "ACCOUNT_DISABLED"
    error_code = 1301


class MissingApiKeyError(ApiKeysError):
    """The api-key header was not sent."""

    error_key = "MISSING_API_KEY"
    error_code = 1900


class InvalidApiKeyError(ApiKeysError):
    """The API key is unknown or not valid."""

    error_key = "INVALID_API_KEY"
    error_code = 1901


class ApiKeyRevokedError(ApiKeysError):
    """The API key has been revoked."""

    error_key = "API_KEY_REVOKED"
    error_code = 1902


class ApiKeyScopeDeniedError(ApiKeysError):
    """The API key lacks the scope this route needs (CORE_ACCESS)."""

    error_key = "API_KEY_SCOPE_DENIED"
    error_code = 1903


class ApiKeyIpDeniedError(ApiKeysError):
    """The caller's IP address is not on the key's allowlist."""

    error_key = "API_KEY_IP_DENIED"
    error_code = 1904


class InsufficientScopeError(ApiKeysError):
    """The key's scopes do not cover this operation."""

    error_key = "INSUFFICIENT_SCOPE"
    error_code = 1908


class ApiSecretInvalidError(ApiKeysError):
    """The API secret is not valid."""

    error_key = "API_SECRET_INVALID"
    error_code = 1910


class NoApiSecretConfiguredError(ApiKeysError):
    """The merchant has no API secret, which client-token signing needs."""

    error_key = "NO_API_SECRET_CONFIGURED"
    error_code = 1915


class ExternalIdExistsError(TradingError):
    """The merchant has used this externalId before (even on a trade that failed)."""

    error_key = "EXTERNAL_ID_EXISTS"
    error_code = 1


class MissingItemsError(TradingError):
    """The request has no items."""

    error_key = "MISSING_ITEMS"
    error_code = 2


class InventoryFetchFailedError(TradingError):
    """The user's Steam inventory could not be loaded; Steam-side, retry after a pause."""

    error_key = "INVENTORY_FETCH_FAILED"
    error_code = 3
    default_retryable = True


class NoOfferFoundError(TradingError):
    """AssetPay has no valid offer for the item."""

    error_key = "NO_OFFER_FOUND"
    error_code = 4


class TradeOfferFailedError(TradingError):
    """The Steam trade offer could not be sent."""

    error_key = "TRADE_OFFER_FAILED"
    error_code = 5


class TooManyActiveTradesError(TradingError):
    """Per-user deposit guard: the user already has the maximum of open deposits."""

    error_key = "TOO_MANY_ACTIVE_TRADES"
    error_code = 6


class UserNotTradeableError(TradingError):
    """The user's Steam account cannot trade."""

    error_key = "USER_NOT_TRADEABLE"
    error_code = 7


class TooManyItemsError(TradingError):
    """More items than one request allows."""

    error_key = "TOO_MANY_ITEMS"
    error_code = 8


class ItemsUnavailableError(TradingError):
    """Some chosen items were not found or are gone."""

    error_key = "ITEMS_UNAVAILABLE"
    error_code = 9


class ItemsNotAcceptedError(TradingError):
    """AssetPay does not accept these items for deposit."""

    error_key = "ITEMS_NOT_ACCEPTED"
    error_code = 10


class PriceChangedError(TradingError):
    """The price is no longer the one last fetched; fetch again and show the new price."""

    error_key = "PRICE_CHANGED"
    error_code = 11


class MerchantBalanceLowError(TradingError):
    """The merchant balance cannot pay for this withdrawal."""

    error_key = "MERCHANT_BALANCE_LOW"
    error_code = 12


class InvalidTradeurlError(TradingError):
    """The trade URL is malformed or cannot be used."""

    error_key = "INVALID_TRADEURL"
    error_code = 13


class ListingNotFoundError(TradingError):
    """The marketplace listing does not exist."""

    error_key = "LISTING_NOT_FOUND"
    error_code = 14


class ListingPriceInvalidError(TradingError):
    """The listing has no usable price."""

    error_key = "LISTING_PRICE_INVALID"
    error_code = 15


class InvalidListingIdError(TradingError):
    """The listing id is not in a valid format."""

    error_key = "INVALID_LISTING_ID"
    error_code = 16


class InsufficientItemAmountError(TradingError):
    """Fewer units are available than requested."""

    error_key = "INSUFFICIENT_ITEM_AMOUNT"
    error_code = 17


class ExceedsMaxAmountError(TradingError):
    """The requested quantity is above the permitted maximum."""

    error_key = "EXCEEDS_MAX_AMOUNT"
    error_code = 18


class DepositInProgressError(TradingError):
    """Another deposit of this user is being processed; refused before any work."""

    error_key = "DEPOSIT_IN_PROGRESS"
    error_code = 19
    default_retryable = True


class WithdrawInProgressError(TradingError):
    """Another withdrawal of this user is being processed; refused before any work."""

    error_key = "WITHDRAW_IN_PROGRESS"
    error_code = 20
    default_retryable = True


class TradeNotFoundError(TradingError):
    """No trade matches the reference."""

    error_key = "TRADE_NOT_FOUND"
    error_code = 21


class InvalidStateTransitionError(TradingError):
    """The trade cannot move to the requested state."""

    error_key = "INVALID_STATE_TRANSITION"
    error_code = 22


class InvalidTradeIdError(TradingError):
    """The trade id is not valid."""

    error_key = "INVALID_TRADE_ID"
    error_code = 23


class SteamUnavailableError(TradingError):
    """Steam could not serve the request right now; retry shortly."""

    error_key = "STEAM_UNAVAILABLE"
    error_code = 31
    default_retryable = True


class SteamRateLimitedError(TradingError):
    """Steam is throttling inventory requests; retry shortly."""

    error_key = "STEAM_RATE_LIMITED"
    error_code = 33
    default_retryable = True


class InsufficientBalanceError(FundingError):
    """The balance does not cover the operation."""

    error_key = "INSUFFICIENT_BALANCE"
    error_code = 1600


class InvalidAmountError(FundingError):
    """An amount is invalid, such as zero or negative."""

    error_key = "INVALID_AMOUNT"
    error_code = 1601


class InstantDepositsDisabledError(FundingError):
    """Instant-credit deposits are switched off for now."""

    error_key = "INSTANT_DEPOSITS_DISABLED"
    error_code = 1622


class InvalidSignatureError(CallbacksError):
    """A callback signature did not verify."""

    error_key = "INVALID_SIGNATURE"
    error_code = 1700


class MissingRawBodyError(CallbacksError):
    """The raw request body was not available."""

    error_key = "MISSING_RAW_BODY"
    error_code = 1701


class CallbackUrlTestFailedError(CallbacksError):
    """The callback URL did not answer the test ping with a 2xx."""

    error_key = "CALLBACK_URL_TEST_FAILED"
    error_code = 1704


class MerchantNoCallbackUrlError(CallbacksError):
    """The merchant has no active callback URL; withdrawals need one."""

    error_key = "MERCHANT_NO_CALLBACK_URL"
    error_code = 1705


class InvalidRiskPolicyError(RiskError):
    """The risk policy configuration is not valid."""

    error_key = "INVALID_RISK_POLICY"
    error_code = 2100


class RiskPolicyNotFoundError(RiskError):
    """No risk policy is active."""

    error_key = "RISK_POLICY_NOT_FOUND"
    error_code = 2101


class ClientUserNotFoundError(RiskError):
    """The client user does not exist."""

    error_key = "CLIENT_USER_NOT_FOUND"
    error_code = 2103


class VerificationNotAvailableError(VerificationError):
    """Identity verification cannot be used at the moment."""

    error_key = "VERIFICATION_NOT_AVAILABLE"
    error_code = 2300


class VerificationAlreadyVerifiedError(VerificationError):
    """The account is verified already."""

    error_key = "VERIFICATION_ALREADY_VERIFIED"
    error_code = 2301


class VerificationInProgressError(VerificationError):
    """A verification is running already."""

    error_key = "VERIFICATION_IN_PROGRESS"
    error_code = 2302


class VerificationProcessNotFoundError(VerificationError):
    """There is no such verification process."""

    error_key = "VERIFICATION_PROCESS_NOT_FOUND"
    error_code = 2303


class VerificationBannedIdentityError(VerificationError):
    """This identity is barred from verification."""

    error_key = "VERIFICATION_BANNED_IDENTITY"
    error_code = 2304


class VerificationAccountCapReachedError(VerificationError):
    """The identity has reached its limit of linked accounts."""

    error_key = "VERIFICATION_ACCOUNT_CAP_REACHED"
    error_code = 2305


class VerificationAlreadyLinkedError(VerificationError):
    """The account is linked to an identity already."""

    error_key = "VERIFICATION_ALREADY_LINKED"
    error_code = 2306


class VerificationIdentityNotFoundError(VerificationError):
    """No verified identity matches."""

    error_key = "VERIFICATION_IDENTITY_NOT_FOUND"
    error_code = 2307


class VerificationSignicatError(VerificationError):
    """The verification provider reported an error."""

    error_key = "VERIFICATION_SIGNICAT_ERROR"
    error_code = 2308


class VerificationWebhookSignatureInvalidError(VerificationError):
    """The provider's webhook signature is not valid."""

    error_key = "VERIFICATION_WEBHOOK_SIGNATURE_INVALID"
    error_code = 2309


class VerificationEmailRequiredError(VerificationError):
    """Linking to an existing identity needs an email address."""

    error_key = "VERIFICATION_EMAIL_REQUIRED"
    error_code = 2310


class VerificationNotLinkedError(VerificationError):
    """The account has no linked identity."""

    error_key = "VERIFICATION_NOT_LINKED"
    error_code = 2311


class VerificationLinkFailedError(VerificationError):
    """The identity could not be linked to the account."""

    error_key = "VERIFICATION_LINK_FAILED"
    error_code = 2312


class TradeCancelTooSoonError(TradingError):
    """An item cancel came within 30 minutes of the item's creation."""

    error_key = "TRADE_CANCEL_TOO_SOON"
    error_code = 27


class TradeNotCancellableError(TradingError):
    """The item cannot be cancelled: not a withdrawal, not a CS2 marketplace item, or already final."""

    error_key = "TRADE_NOT_CANCELLABLE"
    error_code = 28


class QuickBuyUnsupportedGameError(TradingError):
    """Quick buy is CS2-only; Rust was requested."""

    error_key = "QUICK_BUY_UNSUPPORTED_GAME"
    error_code = 32


class ItemOverstockedError(TradingError):
    """AssetPay holds enough of these items; `details.items` lists itemId, marketHashName and remaining."""

    error_key = "ITEM_OVERSTOCKED"
    error_code = 45


class TradeCancelUnsupportedError(TradingError):
    """Cancelling is not supported for this item (Rust, or sourced internally). (AssetPay publishes no number for this key.)"""

    error_key = "TRADE_CANCEL_UNSUPPORTED"
    error_code = None


class EscrowNotAllowedError(TradingError):
    """The Steam account would put the trade into escrow, which is not allowed. (AssetPay publishes no number for this key.)"""

    error_key = "ESCROW_NOT_ALLOWED"
    error_code = None


class InventoryPrivateError(TradingError):
    """The user's Steam inventory is private. (AssetPay publishes no number for this key.)"""

    error_key = "INVENTORY_PRIVATE"
    error_code = None


class InsufficientStockError(TradingError):
    """Not enough listings are in stock for the request. (AssetPay publishes no number for this key.)"""

    error_key = "INSUFFICIENT_STOCK"
    error_code = None


class MixedSupplierTradeError(TradingError):
    """The selected items come from suppliers that cannot share one trade. (AssetPay publishes no number for this key.)"""

    error_key = "MIXED_SUPPLIER_TRADE"
    error_code = None


class UserNotFoundError(TradingError):
    """The Steam user could not be found. (AssetPay publishes no number for this key.)"""

    error_key = "USER_NOT_FOUND"
    error_code = None


class ItemNotFoundError(TradingError):
    """The item could not be found. (AssetPay publishes no number for this key.)"""

    error_key = "ITEM_NOT_FOUND"
    error_code = None


class DepositsPausedError(GenericError):
    """Deposits are paused. (AssetPay publishes no number for this key.)"""

    error_key = "DEPOSITS_PAUSED"
    error_code = None


class WithdrawalsPausedError(GenericError):
    """Withdrawals are paused. (AssetPay publishes no number for this key.)"""

    error_key = "WITHDRAWALS_PAUSED"
    error_code = None


class MerchantApiKeyRequiredError(AccessError):
    """The route needs the merchant's API key. (AssetPay publishes no number for this key.)"""

    error_key = "MERCHANT_API_KEY_REQUIRED"
    error_code = None


class MerchantCallbackUrlDisabledError(CallbacksError):
    """The merchant's callback URL is switched off. (AssetPay publishes no number for this key.)"""

    error_key = "MERCHANT_CALLBACK_URL_DISABLED"
    error_code = None


class MerchantNoApiSecretError(ApiKeysError):
    """The merchant has no API secret; withdrawals need one to sign callbacks. (AssetPay publishes no number for this key.)"""

    error_key = "MERCHANT_NO_API_SECRET"
    error_code = None


class OnchainDisabledError(FundingError):
    """Crypto payments are switched off. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_DISABLED"
    error_code = None


class OnchainChainPausedError(FundingError):
    """The chosen blockchain is paused. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_CHAIN_PAUSED"
    error_code = None


class OnchainUnsupportedChainError(FundingError):
    """The blockchain is not supported. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_UNSUPPORTED_CHAIN"
    error_code = None


class OnchainUnsupportedTokenError(FundingError):
    """The token is not supported on that chain. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_UNSUPPORTED_TOKEN"
    error_code = None


class OnchainWithdrawBelowMinError(FundingError):
    """The withdrawal is below the minimum amount. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_WITHDRAW_BELOW_MIN"
    error_code = None


class OnchainWithdrawInvalidAddressError(FundingError):
    """The destination address is not valid for the chain. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_WITHDRAW_INVALID_ADDRESS"
    error_code = None


class OnchainInsufficientHotBalanceError(FundingError):
    """AssetPay's hot wallet cannot cover the withdrawal right now. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_INSUFFICIENT_HOT_BALANCE"
    error_code = None


class OnchainDepegError(FundingError):
    """The stablecoin has lost its peg; crypto movements are halted. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_DEPEG"
    error_code = None


class OnchainMerchantNotVerifiedError(FundingError):
    """Crypto routes are for verified merchants only. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_MERCHANT_NOT_VERIFIED"
    error_code = None


class OnchainAddressCapacityError(FundingError):
    """The merchant has too many Solana token accounts open. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_ADDRESS_CAPACITY"
    error_code = None


class OnchainClientWithdrawDisabledError(FundingError):
    """Crypto withdrawals are switched off. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_CLIENT_WITHDRAW_DISABLED"
    error_code = None


class OnchainClientWithdrawLimitError(FundingError):
    """A daily withdrawal limit is reached; `details.scope` (user or merchant) and `details.remainingCents` say which and how much is left. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_CLIENT_WITHDRAW_LIMIT"
    error_code = None


class OnchainClientWithdrawBusyError(FundingError):
    """Another crypto withdrawal of the user is being processed; refused before any work. (AssetPay publishes no number for this key.)"""

    error_key = "ONCHAIN_CLIENT_WITHDRAW_BUSY"
    error_code = None
    default_retryable = True


DOMAIN_CLASSES: Mapping[Domain, type[APIError]] = {
    Domain.TRADING: TradingError,
    Domain.GENERIC: GenericError,
    Domain.AUTH: AuthError,
    Domain.TWO_FACTOR: TwoFactorError,
    Domain.ACCESS: AccessError,
    Domain.USER_SETTINGS: UserSettingsError,
    Domain.IDEMPOTENCY: IdempotencyError,
    Domain.FUNDING: FundingError,
    Domain.CALLBACKS: CallbacksError,
    Domain.EMAIL: EmailError,
    Domain.API_KEYS: ApiKeysError,
    Domain.RISK: RiskError,
    Domain.BOOKING: BookingError,
    Domain.VERIFICATION: VerificationError,
    Domain.LEDGER: LedgerError,
    Domain.UNKNOWN: UnknownAPIError,
}

CLASSES_BY_CODE: Mapping[int, type[APIError]] = {
    1001: ValidationFailedError,
    1003: NotFoundError,
    1004: ConflictError,
    1005: RateLimitedError,
    1006: ServerError,
    1007: SystemMaintenanceError,
    1008: UnprocessableError,
    1009: ServiceUnavailableError,
    1010: NoBotsAvailableError,
    1011: FleetDegradedError,
    1100: UnauthorizedError,
    1101: InvalidCredentialsError,
    1102: InvalidTokenError,
    1108: MissingBearerError,
    1110: TokenInvalidOrExpiredError,
    1111: TokenExpiredError,
    1300: ForbiddenError,
    1301: AccountDisabledError,
    1900: MissingApiKeyError,
    1901: InvalidApiKeyError,
    1902: ApiKeyRevokedError,
    1903: ApiKeyScopeDeniedError,
    1904: ApiKeyIpDeniedError,
    1908: InsufficientScopeError,
    1910: ApiSecretInvalidError,
    1915: NoApiSecretConfiguredError,
    1: ExternalIdExistsError,
    2: MissingItemsError,
    3: InventoryFetchFailedError,
    4: NoOfferFoundError,
    5: TradeOfferFailedError,
    6: TooManyActiveTradesError,
    7: UserNotTradeableError,
    8: TooManyItemsError,
    9: ItemsUnavailableError,
    10: ItemsNotAcceptedError,
    11: PriceChangedError,
    12: MerchantBalanceLowError,
    13: InvalidTradeurlError,
    14: ListingNotFoundError,
    15: ListingPriceInvalidError,
    16: InvalidListingIdError,
    17: InsufficientItemAmountError,
    18: ExceedsMaxAmountError,
    19: DepositInProgressError,
    20: WithdrawInProgressError,
    21: TradeNotFoundError,
    22: InvalidStateTransitionError,
    23: InvalidTradeIdError,
    31: SteamUnavailableError,
    33: SteamRateLimitedError,
    1600: InsufficientBalanceError,
    1601: InvalidAmountError,
    1622: InstantDepositsDisabledError,
    1700: InvalidSignatureError,
    1701: MissingRawBodyError,
    1704: CallbackUrlTestFailedError,
    1705: MerchantNoCallbackUrlError,
    2100: InvalidRiskPolicyError,
    2101: RiskPolicyNotFoundError,
    2103: ClientUserNotFoundError,
    2300: VerificationNotAvailableError,
    2301: VerificationAlreadyVerifiedError,
    2302: VerificationInProgressError,
    2303: VerificationProcessNotFoundError,
    2304: VerificationBannedIdentityError,
    2305: VerificationAccountCapReachedError,
    2306: VerificationAlreadyLinkedError,
    2307: VerificationIdentityNotFoundError,
    2308: VerificationSignicatError,
    2309: VerificationWebhookSignatureInvalidError,
    2310: VerificationEmailRequiredError,
    2311: VerificationNotLinkedError,
    2312: VerificationLinkFailedError,
    27: TradeCancelTooSoonError,
    28: TradeNotCancellableError,
    32: QuickBuyUnsupportedGameError,
    45: ItemOverstockedError,
}

CLASSES_BY_KEY: Mapping[str, type[APIError]] = {
    "VALIDATION_FAILED": ValidationFailedError,
    "NOT_FOUND": NotFoundError,
    "CONFLICT": ConflictError,
    "RATE_LIMITED": RateLimitedError,
    "SERVER_ERROR": ServerError,
    "SYSTEM_MAINTENANCE": SystemMaintenanceError,
    "UNPROCESSABLE": UnprocessableError,
    "SERVICE_UNAVAILABLE": ServiceUnavailableError,
    "NO_BOTS_AVAILABLE": NoBotsAvailableError,
    "FLEET_DEGRADED": FleetDegradedError,
    "UNAUTHORIZED": UnauthorizedError,
    "INVALID_CREDENTIALS": InvalidCredentialsError,
    "INVALID_TOKEN": InvalidTokenError,
    "MISSING_BEARER": MissingBearerError,
    "TOKEN_INVALID_OR_EXPIRED": TokenInvalidOrExpiredError,
    "TOKEN_EXPIRED": TokenExpiredError,
    "FORBIDDEN": ForbiddenError,
    "ACCOUNT_DISABLED": AccountDisabledError,
    "MISSING_API_KEY": MissingApiKeyError,
    "INVALID_API_KEY": InvalidApiKeyError,
    "API_KEY_REVOKED": ApiKeyRevokedError,
    "API_KEY_SCOPE_DENIED": ApiKeyScopeDeniedError,
    "API_KEY_IP_DENIED": ApiKeyIpDeniedError,
    "INSUFFICIENT_SCOPE": InsufficientScopeError,
    "API_SECRET_INVALID": ApiSecretInvalidError,
    "NO_API_SECRET_CONFIGURED": NoApiSecretConfiguredError,
    "EXTERNAL_ID_EXISTS": ExternalIdExistsError,
    "MISSING_ITEMS": MissingItemsError,
    "INVENTORY_FETCH_FAILED": InventoryFetchFailedError,
    "NO_OFFER_FOUND": NoOfferFoundError,
    "TRADE_OFFER_FAILED": TradeOfferFailedError,
    "TOO_MANY_ACTIVE_TRADES": TooManyActiveTradesError,
    "USER_NOT_TRADEABLE": UserNotTradeableError,
    "TOO_MANY_ITEMS": TooManyItemsError,
    "ITEMS_UNAVAILABLE": ItemsUnavailableError,
    "ITEMS_NOT_ACCEPTED": ItemsNotAcceptedError,
    "PRICE_CHANGED": PriceChangedError,
    "MERCHANT_BALANCE_LOW": MerchantBalanceLowError,
    "INVALID_TRADEURL": InvalidTradeurlError,
    "LISTING_NOT_FOUND": ListingNotFoundError,
    "LISTING_PRICE_INVALID": ListingPriceInvalidError,
    "INVALID_LISTING_ID": InvalidListingIdError,
    "INSUFFICIENT_ITEM_AMOUNT": InsufficientItemAmountError,
    "EXCEEDS_MAX_AMOUNT": ExceedsMaxAmountError,
    "DEPOSIT_IN_PROGRESS": DepositInProgressError,
    "WITHDRAW_IN_PROGRESS": WithdrawInProgressError,
    "TRADE_NOT_FOUND": TradeNotFoundError,
    "INVALID_STATE_TRANSITION": InvalidStateTransitionError,
    "INVALID_TRADE_ID": InvalidTradeIdError,
    "STEAM_UNAVAILABLE": SteamUnavailableError,
    "STEAM_RATE_LIMITED": SteamRateLimitedError,
    "INSUFFICIENT_BALANCE": InsufficientBalanceError,
    "INVALID_AMOUNT": InvalidAmountError,
    "INSTANT_DEPOSITS_DISABLED": InstantDepositsDisabledError,
    "INVALID_SIGNATURE": InvalidSignatureError,
    "MISSING_RAW_BODY": MissingRawBodyError,
    "CALLBACK_URL_TEST_FAILED": CallbackUrlTestFailedError,
    "MERCHANT_NO_CALLBACK_URL": MerchantNoCallbackUrlError,
    "INVALID_RISK_POLICY": InvalidRiskPolicyError,
    "RISK_POLICY_NOT_FOUND": RiskPolicyNotFoundError,
    "CLIENT_USER_NOT_FOUND": ClientUserNotFoundError,
    "VERIFICATION_NOT_AVAILABLE": VerificationNotAvailableError,
    "VERIFICATION_ALREADY_VERIFIED": VerificationAlreadyVerifiedError,
    "VERIFICATION_IN_PROGRESS": VerificationInProgressError,
    "VERIFICATION_PROCESS_NOT_FOUND": VerificationProcessNotFoundError,
    "VERIFICATION_BANNED_IDENTITY": VerificationBannedIdentityError,
    "VERIFICATION_ACCOUNT_CAP_REACHED": VerificationAccountCapReachedError,
    "VERIFICATION_ALREADY_LINKED": VerificationAlreadyLinkedError,
    "VERIFICATION_IDENTITY_NOT_FOUND": VerificationIdentityNotFoundError,
    "VERIFICATION_SIGNICAT_ERROR": VerificationSignicatError,
    "VERIFICATION_WEBHOOK_SIGNATURE_INVALID": VerificationWebhookSignatureInvalidError,
    "VERIFICATION_EMAIL_REQUIRED": VerificationEmailRequiredError,
    "VERIFICATION_NOT_LINKED": VerificationNotLinkedError,
    "VERIFICATION_LINK_FAILED": VerificationLinkFailedError,
    "TRADE_CANCEL_TOO_SOON": TradeCancelTooSoonError,
    "TRADE_NOT_CANCELLABLE": TradeNotCancellableError,
    "QUICK_BUY_UNSUPPORTED_GAME": QuickBuyUnsupportedGameError,
    "ITEM_OVERSTOCKED": ItemOverstockedError,
    "TRADE_CANCEL_UNSUPPORTED": TradeCancelUnsupportedError,
    "ESCROW_NOT_ALLOWED": EscrowNotAllowedError,
    "INVENTORY_PRIVATE": InventoryPrivateError,
    "INSUFFICIENT_STOCK": InsufficientStockError,
    "MIXED_SUPPLIER_TRADE": MixedSupplierTradeError,
    "USER_NOT_FOUND": UserNotFoundError,
    "ITEM_NOT_FOUND": ItemNotFoundError,
    "DEPOSITS_PAUSED": DepositsPausedError,
    "WITHDRAWALS_PAUSED": WithdrawalsPausedError,
    "MERCHANT_API_KEY_REQUIRED": MerchantApiKeyRequiredError,
    "MERCHANT_CALLBACK_URL_DISABLED": MerchantCallbackUrlDisabledError,
    "MERCHANT_NO_API_SECRET": MerchantNoApiSecretError,
    "ONCHAIN_DISABLED": OnchainDisabledError,
    "ONCHAIN_CHAIN_PAUSED": OnchainChainPausedError,
    "ONCHAIN_UNSUPPORTED_CHAIN": OnchainUnsupportedChainError,
    "ONCHAIN_UNSUPPORTED_TOKEN": OnchainUnsupportedTokenError,
    "ONCHAIN_WITHDRAW_BELOW_MIN": OnchainWithdrawBelowMinError,
    "ONCHAIN_WITHDRAW_INVALID_ADDRESS": OnchainWithdrawInvalidAddressError,
    "ONCHAIN_INSUFFICIENT_HOT_BALANCE": OnchainInsufficientHotBalanceError,
    "ONCHAIN_DEPEG": OnchainDepegError,
    "ONCHAIN_MERCHANT_NOT_VERIFIED": OnchainMerchantNotVerifiedError,
    "ONCHAIN_ADDRESS_CAPACITY": OnchainAddressCapacityError,
    "ONCHAIN_CLIENT_WITHDRAW_DISABLED": OnchainClientWithdrawDisabledError,
    "ONCHAIN_CLIENT_WITHDRAW_LIMIT": OnchainClientWithdrawLimitError,
    "ONCHAIN_CLIENT_WITHDRAW_BUSY": OnchainClientWithdrawBusyError,
}

__all__ = [
    "DOMAIN_CLASSES",
    "DOMAIN_RANGES",
    "CLASSES_BY_CODE",
    "CLASSES_BY_KEY",
    "APIError",
    "AssetPayError",
    "Domain",
    "InvalidResponseError",
    "UnknownAPIError",
    "domain_of",
    "TradingError",
    "GenericError",
    "AuthError",
    "TwoFactorError",
    "AccessError",
    "UserSettingsError",
    "IdempotencyError",
    "FundingError",
    "CallbacksError",
    "EmailError",
    "ApiKeysError",
    "RiskError",
    "BookingError",
    "VerificationError",
    "LedgerError",
    "ValidationFailedError",
    "NotFoundError",
    "ConflictError",
    "RateLimitedError",
    "ServerError",
    "SystemMaintenanceError",
    "UnprocessableError",
    "ServiceUnavailableError",
    "NoBotsAvailableError",
    "FleetDegradedError",
    "UnauthorizedError",
    "InvalidCredentialsError",
    "InvalidTokenError",
    "MissingBearerError",
    "TokenInvalidOrExpiredError",
    "TokenExpiredError",
    "ForbiddenError",
    "AccountDisabledError",
    "MissingApiKeyError",
    "InvalidApiKeyError",
    "ApiKeyRevokedError",
    "ApiKeyScopeDeniedError",
    "ApiKeyIpDeniedError",
    "InsufficientScopeError",
    "ApiSecretInvalidError",
    "NoApiSecretConfiguredError",
    "ExternalIdExistsError",
    "MissingItemsError",
    "InventoryFetchFailedError",
    "NoOfferFoundError",
    "TradeOfferFailedError",
    "TooManyActiveTradesError",
    "UserNotTradeableError",
    "TooManyItemsError",
    "ItemsUnavailableError",
    "ItemsNotAcceptedError",
    "PriceChangedError",
    "MerchantBalanceLowError",
    "InvalidTradeurlError",
    "ListingNotFoundError",
    "ListingPriceInvalidError",
    "InvalidListingIdError",
    "InsufficientItemAmountError",
    "ExceedsMaxAmountError",
    "DepositInProgressError",
    "WithdrawInProgressError",
    "TradeNotFoundError",
    "InvalidStateTransitionError",
    "InvalidTradeIdError",
    "SteamUnavailableError",
    "SteamRateLimitedError",
    "InsufficientBalanceError",
    "InvalidAmountError",
    "InstantDepositsDisabledError",
    "InvalidSignatureError",
    "MissingRawBodyError",
    "CallbackUrlTestFailedError",
    "MerchantNoCallbackUrlError",
    "InvalidRiskPolicyError",
    "RiskPolicyNotFoundError",
    "ClientUserNotFoundError",
    "VerificationNotAvailableError",
    "VerificationAlreadyVerifiedError",
    "VerificationInProgressError",
    "VerificationProcessNotFoundError",
    "VerificationBannedIdentityError",
    "VerificationAccountCapReachedError",
    "VerificationAlreadyLinkedError",
    "VerificationIdentityNotFoundError",
    "VerificationSignicatError",
    "VerificationWebhookSignatureInvalidError",
    "VerificationEmailRequiredError",
    "VerificationNotLinkedError",
    "VerificationLinkFailedError",
    "TradeCancelTooSoonError",
    "TradeNotCancellableError",
    "QuickBuyUnsupportedGameError",
    "ItemOverstockedError",
    "TradeCancelUnsupportedError",
    "EscrowNotAllowedError",
    "InventoryPrivateError",
    "InsufficientStockError",
    "MixedSupplierTradeError",
    "UserNotFoundError",
    "ItemNotFoundError",
    "DepositsPausedError",
    "WithdrawalsPausedError",
    "MerchantApiKeyRequiredError",
    "MerchantCallbackUrlDisabledError",
    "MerchantNoApiSecretError",
    "OnchainDisabledError",
    "OnchainChainPausedError",
    "OnchainUnsupportedChainError",
    "OnchainUnsupportedTokenError",
    "OnchainWithdrawBelowMinError",
    "OnchainWithdrawInvalidAddressError",
    "OnchainInsufficientHotBalanceError",
    "OnchainDepegError",
    "OnchainMerchantNotVerifiedError",
    "OnchainAddressCapacityError",
    "OnchainClientWithdrawDisabledError",
    "OnchainClientWithdrawLimitError",
    "OnchainClientWithdrawBusyError",
]
