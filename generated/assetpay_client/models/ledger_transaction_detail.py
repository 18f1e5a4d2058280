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

if TYPE_CHECKING:
    from ..models.ledger_amount_detail import LedgerAmountDetail
    from ..models.ledger_timestamps_detail import LedgerTimestampsDetail


T = TypeVar("T", bound="LedgerTransactionDetail")


@_attrs_define(getstate_setstate=False)
class LedgerTransactionDetail:
    """
    Attributes:
        id (str):
        type_ (str): A FundingType value, or ADMIN_CREDIT / ADMIN_DEBIT.
        status (str): A FundingStatus value, or POSTED.
        amount (LedgerAmountDetail):
        address (None | str):
        txn_hash (None | str):
        fee (float):
        timestamps (LedgerTimestampsDetail):
    """

    id: str
    type_: str
    status: str
    amount: LedgerAmountDetail
    address: None | str
    txn_hash: None | str
    fee: float
    timestamps: LedgerTimestampsDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = (
        "amount",
        "timestamps",
    )
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type_": "type",
        "status": "status",
        "amount": "amount",
        "address": "address",
        "txn_hash": "txnHash",
        "fee": "fee",
        "timestamps": "timestamps",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("id", True, ""),
        ("type_", True, ""),
        ("status", True, ""),
        ("amount", True, "model LedgerAmountDetail"),
        ("address", True, "raw"),
        ("txn_hash", True, "raw"),
        ("fee", True, ""),
        ("timestamps", True, "model LedgerTimestampsDetail"),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        amount = self.amount.to_dict()

        address: None | str
        address = self.address

        txn_hash: None | str
        txn_hash = self.txn_hash

        fee = self.fee

        timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "amount": amount,
                "address": address,
                "txnHash": txn_hash,
                "fee": fee,
                "timestamps": timestamps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]

        type_ = src_dict["type"]

        status = src_dict["status"]

        amount = LedgerAmountDetail.from_dict(src_dict["amount"])

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(src_dict["address"])

        def _parse_txn_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        txn_hash = _parse_txn_hash(src_dict["txnHash"])

        fee = src_dict["fee"]

        timestamps = LedgerTimestampsDetail.from_dict(src_dict["timestamps"])

        instance_ = cls(
            id,
            type_,
            status,
            amount,
            address,
            txn_hash,
            fee,
            timestamps,
        )

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        instance_.amount = LedgerAmountDetail._from_wire(instance_.amount)
        _address_raw: Any = instance_.address  # the JSON value, as from_dict gets it

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(_address_raw)

        instance_.address = address
        _txn_hash_raw: Any = instance_.txn_hash  # the JSON value, as from_dict gets it

        def _parse_txn_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        txn_hash = _parse_txn_hash(_txn_hash_raw)

        instance_.txn_hash = txn_hash
        instance_.timestamps = LedgerTimestampsDetail._from_wire(instance_.timestamps)

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
from ..models.ledger_amount_detail import LedgerAmountDetail  # noqa: E402
from ..models.ledger_timestamps_detail import LedgerTimestampsDetail  # noqa: E402
