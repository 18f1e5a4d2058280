# generated from openapi.yaml by make client — do not edit
"""Request objects as ``TypedDict``s, so editors complete the keys of ``items=[{...}]``.

Keys are the models' snake_case attribute names; a generated model instance works too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence  # noqa: F401
from datetime import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict  # noqa: F401

if TYPE_CHECKING:
    pass


class ClientDataDict(TypedDict, total=False):
    """``ClientData`` as a dict."""

    total_wager: float
    kyc_level: int
    fiat_deposits: bool
    crypto_deposits: bool
    registration_date: datetime | str | None
    kyc_hash: str


class DepositItemDict(TypedDict, total=False):
    """``DepositItem`` as a dict."""

    item_id: Required[str]
    price: Required[float]
    amount: int


class WithdrawItemDict(TypedDict, total=False):
    """``WithdrawItem`` as a dict."""

    item_id: Required[str]
    price: Required[float]
    max_price: float
    external_id: str


__all__ = [
    "ClientDataDict",
    "DepositItemDict",
    "WithdrawItemDict",
]
