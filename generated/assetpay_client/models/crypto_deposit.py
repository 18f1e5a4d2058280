# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from typing import Literal, cast

from ..models.crypto_deposit_status import CryptoDepositStatus

T = TypeVar("T", bound="CryptoDeposit")


@_attrs_define(getstate_setstate=False)
class CryptoDeposit:
    """
    Attributes:
        id (str):
        type_ (Literal['crypto_deposit']):
        status (CryptoDepositStatus): Status of a crypto deposit; `below_minimum` deposits are not credited.
        steam_id (str):
        chain (str):
        token (str):
        amount (str): USD as a decimal string.
        amount_cents (int):
        crypto_amount (str): Token amount as a decimal string.
        address (str):
        tx_hash (None | str):
        from_ (None | str):
        created_at (str): ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string,
            and a timestamp in another format must not fail a call that moved money).
        updated_at (str): ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain string,
            and a timestamp in another format must not fail a call that moved money).
        completed_at (None | str): ISO 8601 as sent by AssetPay; kept as the raw string (the vendor types it as a plain
            string, and a timestamp in another format must not fail a call that moved money).
    """

    id: str
    type_: Literal["crypto_deposit"]
    status: CryptoDepositStatus
    steam_id: str
    chain: str
    token: str
    amount: str
    amount_cents: int
    crypto_amount: str
    address: str
    tx_hash: None | str
    from_: None | str
    created_at: str
    updated_at: str
    completed_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type_": "type",
        "status": "status",
        "steam_id": "steamId",
        "chain": "chain",
        "token": "token",
        "amount": "amount",
        "amount_cents": "amountCents",
        "crypto_amount": "cryptoAmount",
        "address": "address",
        "tx_hash": "txHash",
        "from_": "from",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "completed_at": "completedAt",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("id", True, ""),
        ("type_", True, "raw"),
        ("status", True, "enum CryptoDepositStatus"),
        ("steam_id", True, ""),
        ("chain", True, ""),
        ("token", True, ""),
        ("amount", True, ""),
        ("amount_cents", True, ""),
        ("crypto_amount", True, ""),
        ("address", True, ""),
        ("tx_hash", True, "raw"),
        ("from_", True, "raw"),
        ("created_at", True, ""),
        ("updated_at", True, ""),
        ("completed_at", True, "raw"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status.value

        steam_id = self.steam_id

        chain = self.chain

        token = self.token

        amount = self.amount

        amount_cents = self.amount_cents

        crypto_amount = self.crypto_amount

        address = self.address

        tx_hash: None | str
        tx_hash = self.tx_hash

        from_: None | str
        from_ = self.from_

        created_at = self.created_at

        updated_at = self.updated_at

        completed_at: None | str
        completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "steamId": steam_id,
                "chain": chain,
                "token": token,
                "amount": amount,
                "amountCents": amount_cents,
                "cryptoAmount": crypto_amount,
                "address": address,
                "txHash": tx_hash,
                "from": from_,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "completedAt": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]

        type_ = cast(Literal["crypto_deposit"], src_dict["type"])
        if type_ != "crypto_deposit":
            raise ValueError(f"type must match const 'crypto_deposit', got '{type_}'")

        _status = src_dict["status"]
        status = CryptoDepositStatus._by_value.get(_status) or CryptoDepositStatus(_status)

        steam_id = src_dict["steamId"]

        chain = src_dict["chain"]

        token = src_dict["token"]

        amount = src_dict["amount"]

        amount_cents = src_dict["amountCents"]

        crypto_amount = src_dict["cryptoAmount"]

        address = src_dict["address"]

        def _parse_tx_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tx_hash = _parse_tx_hash(src_dict["txHash"])

        def _parse_from_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_ = _parse_from_(src_dict["from"])

        created_at = src_dict["createdAt"]

        updated_at = src_dict["updatedAt"]

        def _parse_completed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_at = _parse_completed_at(src_dict["completedAt"])

        instance_ = cls(
            id,
            type_,
            status,
            steam_id,
            chain,
            token,
            amount,
            amount_cents,
            crypto_amount,
            address,
            tx_hash,
            from_,
            created_at,
            updated_at,
            completed_at,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _type__raw: Any = instance_.type_  # the JSON value, as from_dict gets it
        type_ = cast(Literal["crypto_deposit"], _type__raw)
        if type_ != "crypto_deposit":
            raise ValueError(f"type must match const 'crypto_deposit', got '{type_}'")
        instance_.type_ = type_
        _tx_hash_raw: Any = instance_.tx_hash  # the JSON value, as from_dict gets it

        def _parse_tx_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tx_hash = _parse_tx_hash(_tx_hash_raw)

        instance_.tx_hash = tx_hash
        _from__raw: Any = instance_.from_  # the JSON value, as from_dict gets it

        def _parse_from_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_ = _parse_from_(_from__raw)

        instance_.from_ = from_
        _completed_at_raw: Any = instance_.completed_at  # the JSON value, as from_dict gets it

        def _parse_completed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_at = _parse_completed_at(_completed_at_raw)

        instance_.completed_at = completed_at

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
