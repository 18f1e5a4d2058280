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

if TYPE_CHECKING:
    from ..models.crypto_withdrawal import CryptoWithdrawal


T = TypeVar("T", bound="CryptoWithdrawalPage")


@_attrs_define(getstate_setstate=False)
class CryptoWithdrawalPage:
    """
    Attributes:
        withdrawals (list[CryptoWithdrawal]):
        next_before (None | str): Pass as `before` for the next page; null on the last page. An ISO 8601 timestamp kept
            as the raw string (the vendor types it as a string).
    """

    withdrawals: list[CryptoWithdrawal]
    next_before: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("withdrawals",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "withdrawals": "withdrawals",
        "next_before": "nextBefore",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("withdrawals", True, "list CryptoWithdrawal"),
        ("next_before", True, "raw"),
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
    def _load_withdrawals(src: Any) -> list[CryptoWithdrawal]:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = CryptoWithdrawal._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = CryptoWithdrawal.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        withdrawals = []
        for withdrawals_item_data in self.withdrawals:
            withdrawals_item = withdrawals_item_data.to_dict()
            withdrawals.append(withdrawals_item)

        next_before: None | str
        next_before = self.next_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "withdrawals": withdrawals,
                "nextBefore": next_before,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        withdrawals = src_dict["withdrawals"]
        if not isinstance(withdrawals, list):
            raise TypeError(f"withdrawals must be a list, not {type(withdrawals).__name__}")

        def _parse_next_before(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_before = _parse_next_before(src_dict["nextBefore"])

        instance_ = cls(
            withdrawals,
            next_before,
        )
        if withdrawals:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["withdrawals"] = withdrawals
            del instance_.withdrawals
        else:  # nothing to build; a new list, not the caller's
            instance_.withdrawals = []

        if not src_dict.keys() <= cls._WIRE_KEYS:  # keys the spec does not declare
            d = {key: value for key, value in src_dict.items() if key not in cls._WIRE_KEYS}
            instance_.additional_properties = d
        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        withdrawals = instance_.withdrawals
        _next_before_raw: Any = instance_.next_before  # the JSON value, as from_dict gets it

        def _parse_next_before(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_before = _parse_next_before(_next_before_raw)

        instance_.next_before = next_before
        if withdrawals:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["withdrawals"] = withdrawals
            del instance_.withdrawals
        else:  # nothing to build; a new list, not the caller's
            instance_.withdrawals = []

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
from ..models.crypto_withdrawal import CryptoWithdrawal  # noqa: E402
