# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from ..models.crypto_chain import CryptoChain
from ..models.crypto_token import CryptoToken

T = TypeVar("T", bound="CryptoWithdrawRequest")


@_attrs_define(getstate_setstate=False)
class CryptoWithdrawRequest:
    """
    Attributes:
        chain (CryptoChain): Supported blockchains.
        token (CryptoToken): Supported stablecoins.
        address (str): Destination address on the chain.
        amount_cents (int): USD cents debited from the merchant balance.
        request_id (str): Idempotency key; a repeat returns the original withdrawal.
    """

    chain: CryptoChain
    token: CryptoToken
    address: str
    amount_cents: int
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "chain": "chain",
        "token": "token",
        "address": "address",
        "amount_cents": "amountCents",
        "request_id": "requestId",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("chain", True, "enum CryptoChain"),
        ("token", True, "enum CryptoToken"),
        ("address", True, ""),
        ("amount_cents", True, ""),
        ("request_id", True, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain.value

        token = self.token.value

        address = self.address

        amount_cents = self.amount_cents

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "token": token,
                "address": address,
                "amountCents": amount_cents,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _chain = src_dict["chain"]
        chain = CryptoChain._by_value.get(_chain) or CryptoChain(_chain)

        _token = src_dict["token"]
        token = CryptoToken._by_value.get(_token) or CryptoToken(_token)

        address = src_dict["address"]

        amount_cents = src_dict["amountCents"]

        request_id = src_dict["requestId"]

        instance_ = cls(
            chain,
            token,
            address,
            amount_cents,
            request_id,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))

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
