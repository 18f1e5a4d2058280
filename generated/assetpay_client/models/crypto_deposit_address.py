# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None
from typing import cast

from .. import _lazy
from ..models.crypto_chain import CryptoChain
from ..models.crypto_deposit_address_status import CryptoDepositAddressStatus

if TYPE_CHECKING:
    from ..models.crypto_token_info import CryptoTokenInfo


T = TypeVar("T", bound="CryptoDepositAddress")


@_attrs_define(getstate_setstate=False)
class CryptoDepositAddress:
    """
    Attributes:
        steam_id (str):
        chain (CryptoChain): Supported blockchains.
        network (str):
        testnet (bool):
        status (CryptoDepositAddressStatus): `pending`: a Solana token account is being opened (no address yet);
            `active`: ready; `paused`: deposits paused.
        address (None | str):
        token_account (None | str): Solana token account, when one is open.
        tokens (list[CryptoTokenInfo]): Tokens credited at this address.
        min_deposit_cents (int): Deposits below this are not credited.
        min_confirmations (int):
        explorer_url (None | str):
    """

    steam_id: str
    chain: CryptoChain
    network: str
    testnet: bool
    status: CryptoDepositAddressStatus
    address: None | str
    token_account: None | str
    tokens: list[CryptoTokenInfo]
    min_deposit_cents: int
    min_confirmations: int
    explorer_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("tokens",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "steam_id": "steamId",
        "chain": "chain",
        "network": "network",
        "testnet": "testnet",
        "status": "status",
        "address": "address",
        "token_account": "tokenAccount",
        "tokens": "tokens",
        "min_deposit_cents": "minDepositCents",
        "min_confirmations": "minConfirmations",
        "explorer_url": "explorerUrl",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("steam_id", True, ""),
        ("chain", True, "enum CryptoChain"),
        ("network", True, ""),
        ("testnet", True, ""),
        ("status", True, "enum CryptoDepositAddressStatus"),
        ("address", True, "raw"),
        ("token_account", True, "raw"),
        ("tokens", True, "list CryptoTokenInfo"),
        ("min_deposit_cents", True, ""),
        ("min_confirmations", True, ""),
        ("explorer_url", True, "raw"),
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
    def _load_tokens(src: Any) -> list[CryptoTokenInfo]:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = CryptoTokenInfo._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = CryptoTokenInfo.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        steam_id = self.steam_id

        chain = self.chain.value

        network = self.network

        testnet = self.testnet

        status = self.status.value

        address: None | str
        address = self.address

        token_account: None | str
        token_account = self.token_account

        tokens = []
        for tokens_item_data in self.tokens:
            tokens_item = tokens_item_data.to_dict()
            tokens.append(tokens_item)

        min_deposit_cents = self.min_deposit_cents

        min_confirmations = self.min_confirmations

        explorer_url: None | str
        explorer_url = self.explorer_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steamId": steam_id,
                "chain": chain,
                "network": network,
                "testnet": testnet,
                "status": status,
                "address": address,
                "tokenAccount": token_account,
                "tokens": tokens,
                "minDepositCents": min_deposit_cents,
                "minConfirmations": min_confirmations,
                "explorerUrl": explorer_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        steam_id = src_dict["steamId"]

        _chain = src_dict["chain"]
        chain = CryptoChain._by_value.get(_chain) or CryptoChain(_chain)

        network = src_dict["network"]

        testnet = src_dict["testnet"]

        _status = src_dict["status"]
        status = CryptoDepositAddressStatus._by_value.get(_status) or CryptoDepositAddressStatus(
            _status
        )

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(src_dict["address"])

        def _parse_token_account(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token_account = _parse_token_account(src_dict["tokenAccount"])

        tokens = src_dict["tokens"]
        if not isinstance(tokens, list):
            raise TypeError(f"tokens must be a list, not {type(tokens).__name__}")

        min_deposit_cents = src_dict["minDepositCents"]

        min_confirmations = src_dict["minConfirmations"]

        def _parse_explorer_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explorer_url = _parse_explorer_url(src_dict["explorerUrl"])

        instance_ = cls(
            steam_id,
            chain,
            network,
            testnet,
            status,
            address,
            token_account,
            tokens,
            min_deposit_cents,
            min_confirmations,
            explorer_url,
        )
        if tokens:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["tokens"] = tokens
            del instance_.tokens
        else:  # nothing to build; a new list, not the caller's
            instance_.tokens = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _address_raw: Any = instance_.address  # the JSON value, as from_dict gets it

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(_address_raw)

        instance_.address = address
        _token_account_raw: Any = instance_.token_account  # the JSON value, as from_dict gets it

        def _parse_token_account(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token_account = _parse_token_account(_token_account_raw)

        instance_.token_account = token_account
        tokens = instance_.tokens
        _explorer_url_raw: Any = instance_.explorer_url  # the JSON value, as from_dict gets it

        def _parse_explorer_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explorer_url = _parse_explorer_url(_explorer_url_raw)

        instance_.explorer_url = explorer_url
        if tokens:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["tokens"] = tokens
            del instance_.tokens
        else:  # nothing to build; a new list, not the caller's
            instance_.tokens = []

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
from ..models.crypto_token_info import CryptoTokenInfo  # noqa: E402
