# generated from openapi.yaml by make client — do not edit
"""Contains all the data models used in inputs/outputs (each module is imported on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_error_details import ApiErrorDetails
    from .api_error_fields import ApiErrorFields
    from .approval_action import ApprovalAction
    from .approval_answer import ApprovalAnswer
    from .authenticate_client_request import AuthenticateClientRequest
    from .bot_info import BotInfo
    from .buy_request import BuyRequest
    from .callback_test_ping import CallbackTestPing
    from .check_trade_url_request import CheckTradeUrlRequest
    from .client_data import ClientData
    from .client_token import ClientToken
    from .client_token_envelope import ClientTokenEnvelope
    from .crypto_chain import CryptoChain
    from .crypto_deposit import CryptoDeposit
    from .crypto_deposit_address import CryptoDepositAddress
    from .crypto_deposit_address_envelope import CryptoDepositAddressEnvelope
    from .crypto_deposit_address_status import CryptoDepositAddressStatus
    from .crypto_deposit_callback import CryptoDepositCallback
    from .crypto_deposit_page import CryptoDepositPage
    from .crypto_deposit_page_envelope import CryptoDepositPageEnvelope
    from .crypto_deposit_status import CryptoDepositStatus
    from .crypto_token import CryptoToken
    from .crypto_token_info import CryptoTokenInfo
    from .crypto_withdraw_request import CryptoWithdrawRequest
    from .crypto_withdrawal import CryptoWithdrawal
    from .crypto_withdrawal_callback import CryptoWithdrawalCallback
    from .crypto_withdrawal_envelope import CryptoWithdrawalEnvelope
    from .crypto_withdrawal_page import CryptoWithdrawalPage
    from .crypto_withdrawal_page_envelope import CryptoWithdrawalPageEnvelope
    from .crypto_withdrawal_status import CryptoWithdrawalStatus
    from .cs_2_game_id import Cs2GameId
    from .delivery_filter import DeliveryFilter
    from .delivery_mode import DeliveryMode
    from .deposit_item import DepositItem
    from .deposit_request import DepositRequest
    from .doppler_phase import DopplerPhase
    from .error_envelope import ErrorEnvelope
    from .funding_status import FundingStatus
    from .funding_type import FundingType
    from .game_id import GameId
    from .health import Health
    from .health_envelope import HealthEnvelope
    from .health_maintenance import HealthMaintenance
    from .inventory import Inventory
    from .inventory_envelope import InventoryEnvelope
    from .item import Item
    from .item_cancel_outcome import ItemCancelOutcome
    from .item_cancel_result import ItemCancelResult
    from .item_cancel_result_envelope import ItemCancelResultEnvelope
    from .item_cancel_status import ItemCancelStatus
    from .item_charm import ItemCharm
    from .item_doppler import ItemDoppler
    from .item_fade import ItemFade
    from .item_hardened import ItemHardened
    from .item_offer import ItemOffer
    from .item_sort import ItemSort
    from .item_sticker import ItemSticker
    from .ledger_amount import LedgerAmount
    from .ledger_amount_detail import LedgerAmountDetail
    from .ledger_timestamps import LedgerTimestamps
    from .ledger_timestamps_detail import LedgerTimestampsDetail
    from .ledger_transaction import LedgerTransaction
    from .ledger_transaction_detail import LedgerTransactionDetail
    from .ledger_transaction_detail_envelope import LedgerTransactionDetailEnvelope
    from .ledger_transaction_page import LedgerTransactionPage
    from .ledger_transaction_page_envelope import LedgerTransactionPageEnvelope
    from .linked_identity import LinkedIdentity
    from .listings_envelope import ListingsEnvelope
    from .market_page import MarketPage
    from .market_page_envelope import MarketPageEnvelope
    from .market_source import MarketSource
    from .market_suggestion import MarketSuggestion
    from .market_suggestions_envelope import MarketSuggestionsEnvelope
    from .merchant_crypto_withdraw_request import MerchantCryptoWithdrawRequest
    from .pagination import Pagination
    from .price_item_cs_2 import PriceItemCs2
    from .price_item_rust import PriceItemRust
    from .price_list_envelope import PriceListEnvelope
    from .price_phase import PricePhase
    from .price_withdraw_modes import PriceWithdrawModes
    from .quick_buy_request import QuickBuyRequest
    from .quick_withdraw_request import QuickWithdrawRequest
    from .reverted_by import RevertedBy
    from .sell_request import SellRequest
    from .steam_bans import SteamBans
    from .trade import Trade
    from .trade_callback import TradeCallback
    from .trade_cancel_item_result import TradeCancelItemResult
    from .trade_cancel_result import TradeCancelResult
    from .trade_cancel_result_envelope import TradeCancelResultEnvelope
    from .trade_collateral import TradeCollateral
    from .trade_envelope import TradeEnvelope
    from .trade_error_code import TradeErrorCode
    from .trade_failure_code import TradeFailureCode
    from .trade_lookup_envelope import TradeLookupEnvelope
    from .trade_page import TradePage
    from .trade_page_envelope import TradePageEnvelope
    from .trade_source import TradeSource
    from .trade_status import TradeStatus
    from .trade_type import TradeType
    from .trade_url_check import TradeUrlCheck
    from .trade_url_check_envelope import TradeUrlCheckEnvelope
    from .trade_url_check_reason import TradeUrlCheckReason
    from .trade_url_check_state import TradeUrlCheckState
    from .verification_link import VerificationLink
    from .verification_link_envelope import VerificationLinkEnvelope
    from .verification_process import VerificationProcess
    from .verification_process_status import VerificationProcessStatus
    from .verification_start import VerificationStart
    from .verification_start_envelope import VerificationStartEnvelope
    from .verification_start_request import VerificationStartRequest
    from .verification_status import VerificationStatus
    from .verification_status_envelope import VerificationStatusEnvelope
    from .wallet_balance import WalletBalance
    from .wallet_balance_envelope import WalletBalanceEnvelope
    from .withdraw_item import WithdrawItem
    from .withdraw_request import WithdrawRequest

# public name -> the module (relative to this package) that defines it
_MODULES: dict[str, str] = {
    "ApiError": ".api_error",
    "ApiErrorDetails": ".api_error_details",
    "ApiErrorFields": ".api_error_fields",
    "ApprovalAction": ".approval_action",
    "ApprovalAnswer": ".approval_answer",
    "AuthenticateClientRequest": ".authenticate_client_request",
    "BotInfo": ".bot_info",
    "BuyRequest": ".buy_request",
    "CallbackTestPing": ".callback_test_ping",
    "CheckTradeUrlRequest": ".check_trade_url_request",
    "ClientData": ".client_data",
    "ClientToken": ".client_token",
    "ClientTokenEnvelope": ".client_token_envelope",
    "CryptoChain": ".crypto_chain",
    "CryptoDeposit": ".crypto_deposit",
    "CryptoDepositAddress": ".crypto_deposit_address",
    "CryptoDepositAddressEnvelope": ".crypto_deposit_address_envelope",
    "CryptoDepositAddressStatus": ".crypto_deposit_address_status",
    "CryptoDepositCallback": ".crypto_deposit_callback",
    "CryptoDepositPage": ".crypto_deposit_page",
    "CryptoDepositPageEnvelope": ".crypto_deposit_page_envelope",
    "CryptoDepositStatus": ".crypto_deposit_status",
    "CryptoToken": ".crypto_token",
    "CryptoTokenInfo": ".crypto_token_info",
    "CryptoWithdrawRequest": ".crypto_withdraw_request",
    "CryptoWithdrawal": ".crypto_withdrawal",
    "CryptoWithdrawalCallback": ".crypto_withdrawal_callback",
    "CryptoWithdrawalEnvelope": ".crypto_withdrawal_envelope",
    "CryptoWithdrawalPage": ".crypto_withdrawal_page",
    "CryptoWithdrawalPageEnvelope": ".crypto_withdrawal_page_envelope",
    "CryptoWithdrawalStatus": ".crypto_withdrawal_status",
    "Cs2GameId": ".cs_2_game_id",
    "DeliveryFilter": ".delivery_filter",
    "DeliveryMode": ".delivery_mode",
    "DepositItem": ".deposit_item",
    "DepositRequest": ".deposit_request",
    "DopplerPhase": ".doppler_phase",
    "ErrorEnvelope": ".error_envelope",
    "FundingStatus": ".funding_status",
    "FundingType": ".funding_type",
    "GameId": ".game_id",
    "Health": ".health",
    "HealthEnvelope": ".health_envelope",
    "HealthMaintenance": ".health_maintenance",
    "Inventory": ".inventory",
    "InventoryEnvelope": ".inventory_envelope",
    "Item": ".item",
    "ItemCancelOutcome": ".item_cancel_outcome",
    "ItemCancelResult": ".item_cancel_result",
    "ItemCancelResultEnvelope": ".item_cancel_result_envelope",
    "ItemCancelStatus": ".item_cancel_status",
    "ItemCharm": ".item_charm",
    "ItemDoppler": ".item_doppler",
    "ItemFade": ".item_fade",
    "ItemHardened": ".item_hardened",
    "ItemOffer": ".item_offer",
    "ItemSort": ".item_sort",
    "ItemSticker": ".item_sticker",
    "LedgerAmount": ".ledger_amount",
    "LedgerAmountDetail": ".ledger_amount_detail",
    "LedgerTimestamps": ".ledger_timestamps",
    "LedgerTimestampsDetail": ".ledger_timestamps_detail",
    "LedgerTransaction": ".ledger_transaction",
    "LedgerTransactionDetail": ".ledger_transaction_detail",
    "LedgerTransactionDetailEnvelope": ".ledger_transaction_detail_envelope",
    "LedgerTransactionPage": ".ledger_transaction_page",
    "LedgerTransactionPageEnvelope": ".ledger_transaction_page_envelope",
    "LinkedIdentity": ".linked_identity",
    "ListingsEnvelope": ".listings_envelope",
    "MarketPage": ".market_page",
    "MarketPageEnvelope": ".market_page_envelope",
    "MarketSource": ".market_source",
    "MarketSuggestion": ".market_suggestion",
    "MarketSuggestionsEnvelope": ".market_suggestions_envelope",
    "MerchantCryptoWithdrawRequest": ".merchant_crypto_withdraw_request",
    "Pagination": ".pagination",
    "PriceItemCs2": ".price_item_cs_2",
    "PriceItemRust": ".price_item_rust",
    "PriceListEnvelope": ".price_list_envelope",
    "PricePhase": ".price_phase",
    "PriceWithdrawModes": ".price_withdraw_modes",
    "QuickBuyRequest": ".quick_buy_request",
    "QuickWithdrawRequest": ".quick_withdraw_request",
    "RevertedBy": ".reverted_by",
    "SellRequest": ".sell_request",
    "SteamBans": ".steam_bans",
    "Trade": ".trade",
    "TradeCallback": ".trade_callback",
    "TradeCancelItemResult": ".trade_cancel_item_result",
    "TradeCancelResult": ".trade_cancel_result",
    "TradeCancelResultEnvelope": ".trade_cancel_result_envelope",
    "TradeCollateral": ".trade_collateral",
    "TradeEnvelope": ".trade_envelope",
    "TradeErrorCode": ".trade_error_code",
    "TradeFailureCode": ".trade_failure_code",
    "TradeLookupEnvelope": ".trade_lookup_envelope",
    "TradePage": ".trade_page",
    "TradePageEnvelope": ".trade_page_envelope",
    "TradeSource": ".trade_source",
    "TradeStatus": ".trade_status",
    "TradeType": ".trade_type",
    "TradeUrlCheck": ".trade_url_check",
    "TradeUrlCheckEnvelope": ".trade_url_check_envelope",
    "TradeUrlCheckReason": ".trade_url_check_reason",
    "TradeUrlCheckState": ".trade_url_check_state",
    "VerificationLink": ".verification_link",
    "VerificationLinkEnvelope": ".verification_link_envelope",
    "VerificationProcess": ".verification_process",
    "VerificationProcessStatus": ".verification_process_status",
    "VerificationStart": ".verification_start",
    "VerificationStartEnvelope": ".verification_start_envelope",
    "VerificationStartRequest": ".verification_start_request",
    "VerificationStatus": ".verification_status",
    "VerificationStatusEnvelope": ".verification_status_envelope",
    "WalletBalance": ".wallet_balance",
    "WalletBalanceEnvelope": ".wallet_balance_envelope",
    "WithdrawItem": ".withdraw_item",
    "WithdrawRequest": ".withdraw_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later reads are plain module attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "ApiError",
    "ApiErrorDetails",
    "ApiErrorFields",
    "ApprovalAction",
    "ApprovalAnswer",
    "AuthenticateClientRequest",
    "BotInfo",
    "BuyRequest",
    "CallbackTestPing",
    "CheckTradeUrlRequest",
    "ClientData",
    "ClientToken",
    "ClientTokenEnvelope",
    "CryptoChain",
    "CryptoDeposit",
    "CryptoDepositAddress",
    "CryptoDepositAddressEnvelope",
    "CryptoDepositAddressStatus",
    "CryptoDepositCallback",
    "CryptoDepositPage",
    "CryptoDepositPageEnvelope",
    "CryptoDepositStatus",
    "CryptoToken",
    "CryptoTokenInfo",
    "CryptoWithdrawal",
    "CryptoWithdrawalCallback",
    "CryptoWithdrawalEnvelope",
    "CryptoWithdrawalPage",
    "CryptoWithdrawalPageEnvelope",
    "CryptoWithdrawalStatus",
    "CryptoWithdrawRequest",
    "Cs2GameId",
    "DeliveryFilter",
    "DeliveryMode",
    "DepositItem",
    "DepositRequest",
    "DopplerPhase",
    "ErrorEnvelope",
    "FundingStatus",
    "FundingType",
    "GameId",
    "Health",
    "HealthEnvelope",
    "HealthMaintenance",
    "Inventory",
    "InventoryEnvelope",
    "Item",
    "ItemCancelOutcome",
    "ItemCancelResult",
    "ItemCancelResultEnvelope",
    "ItemCancelStatus",
    "ItemCharm",
    "ItemDoppler",
    "ItemFade",
    "ItemHardened",
    "ItemOffer",
    "ItemSort",
    "ItemSticker",
    "LedgerAmount",
    "LedgerAmountDetail",
    "LedgerTimestamps",
    "LedgerTimestampsDetail",
    "LedgerTransaction",
    "LedgerTransactionDetail",
    "LedgerTransactionDetailEnvelope",
    "LedgerTransactionPage",
    "LedgerTransactionPageEnvelope",
    "LinkedIdentity",
    "ListingsEnvelope",
    "MarketPage",
    "MarketPageEnvelope",
    "MarketSource",
    "MarketSuggestion",
    "MarketSuggestionsEnvelope",
    "MerchantCryptoWithdrawRequest",
    "Pagination",
    "PriceItemCs2",
    "PriceItemRust",
    "PriceListEnvelope",
    "PricePhase",
    "PriceWithdrawModes",
    "QuickBuyRequest",
    "QuickWithdrawRequest",
    "RevertedBy",
    "SellRequest",
    "SteamBans",
    "Trade",
    "TradeCallback",
    "TradeCancelItemResult",
    "TradeCancelResult",
    "TradeCancelResultEnvelope",
    "TradeCollateral",
    "TradeEnvelope",
    "TradeErrorCode",
    "TradeFailureCode",
    "TradeLookupEnvelope",
    "TradePage",
    "TradePageEnvelope",
    "TradeSource",
    "TradeStatus",
    "TradeType",
    "TradeUrlCheck",
    "TradeUrlCheckEnvelope",
    "TradeUrlCheckReason",
    "TradeUrlCheckState",
    "VerificationLink",
    "VerificationLinkEnvelope",
    "VerificationProcess",
    "VerificationProcessStatus",
    "VerificationStart",
    "VerificationStartEnvelope",
    "VerificationStartRequest",
    "VerificationStatus",
    "VerificationStatusEnvelope",
    "WalletBalance",
    "WalletBalanceEnvelope",
    "WithdrawItem",
    "WithdrawRequest",
)
