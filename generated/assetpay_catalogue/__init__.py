# generated from openapi.yaml by make client — do not edit
"""The AssetPay error catalogue (see ``assetpay_catalogue.errors``)."""

from .errors import (
    ERROR_CODES,
    ERROR_DOMAINS,
    ERRORS_BY_CODE,
    ERRORS_BY_KEY,
    OUTCOME_UNKNOWN,
    RENEWS_TOKEN,
    SAFE_TO_REPEAT,
    TRADE_FAILURE_CODES,
    TRADE_FAILURES_BY_CODE,
    ErrorCode,
    ErrorDomain,
    TradeFailure,
)

__all__ = [
    "ERRORS_BY_CODE",
    "ERRORS_BY_KEY",
    "ERROR_CODES",
    "ERROR_DOMAINS",
    "OUTCOME_UNKNOWN",
    "RENEWS_TOKEN",
    "SAFE_TO_REPEAT",
    "TRADE_FAILURE_CODES",
    "TRADE_FAILURES_BY_CODE",
    "ErrorCode",
    "ErrorDomain",
    "TradeFailure",
]
