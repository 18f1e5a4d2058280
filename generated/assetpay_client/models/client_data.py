# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

import datetime
from typing import cast

T = TypeVar("T", bound="ClientData")


@_attrs_define(getstate_setstate=False)
class ClientData:
    """Inputs to the instant-credit risk model; every field optional (server defaults 0, false,
    null). Only these six keys exist. The best collateral comes with fiat and crypto deposits
    both true and KYC level 3.

        Attributes:
            total_wager (float | Unset): Total USD the user has wagered with the merchant.
            kyc_level (int | Unset): The merchant's KYC level of the user (0 to 3 in practice).
            fiat_deposits (bool | Unset): The user has made fiat deposits.
            crypto_deposits (bool | Unset): The user has made crypto deposits.
            registration_date (datetime.datetime | None | Unset): When the user registered; older accounts earn a small
                bonus.
            kyc_hash (str | Unset): Opaque hash of the user's KYC identifiers, to spot one person behind many accounts.
    """

    total_wager: float | Unset = UNSET
    kyc_level: int | Unset = UNSET
    fiat_deposits: bool | Unset = UNSET
    crypto_deposits: bool | Unset = UNSET
    registration_date: datetime.datetime | None | Unset = UNSET
    kyc_hash: str | Unset = UNSET
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "total_wager": "totalWager",
        "kyc_level": "kycLevel",
        "fiat_deposits": "fiatDeposits",
        "crypto_deposits": "cryptoDeposits",
        "registration_date": "registrationDate",
        "kyc_hash": "kycHash",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("total_wager", False, ""),
        ("kyc_level", False, ""),
        ("fiat_deposits", False, ""),
        ("crypto_deposits", False, ""),
        ("registration_date", False, "raw"),
        ("kyc_hash", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        total_wager = self.total_wager

        kyc_level = self.kyc_level

        fiat_deposits = self.fiat_deposits

        crypto_deposits = self.crypto_deposits

        registration_date: None | str | Unset
        if isinstance(self.registration_date, Unset):
            registration_date = UNSET
        elif isinstance(self.registration_date, datetime.datetime):
            registration_date = self.registration_date.isoformat()
        else:
            registration_date = self.registration_date

        kyc_hash = self.kyc_hash

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if total_wager is not UNSET:
            field_dict["totalWager"] = total_wager
        if kyc_level is not UNSET:
            field_dict["kycLevel"] = kyc_level
        if fiat_deposits is not UNSET:
            field_dict["fiatDeposits"] = fiat_deposits
        if crypto_deposits is not UNSET:
            field_dict["cryptoDeposits"] = crypto_deposits
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if kyc_hash is not UNSET:
            field_dict["kycHash"] = kyc_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        total_wager = get("totalWager", UNSET)

        kyc_level = get("kycLevel", UNSET)

        fiat_deposits = get("fiatDeposits", UNSET)

        crypto_deposits = get("cryptoDeposits", UNSET)

        registration_date: datetime.datetime | None | Unset = UNSET
        if "registrationDate" in src_dict:

            def _parse_registration_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    registration_date_type_0 = datetime.datetime.fromisoformat(data)

                    return registration_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            registration_date = _parse_registration_date(src_dict["registrationDate"])

        kyc_hash = get("kycHash", UNSET)

        instance_ = cls(
            total_wager,
            kyc_level,
            fiat_deposits,
            crypto_deposits,
            registration_date,
            kyc_hash,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        _registration_date_raw: Any = (
            instance_.registration_date
        )  # the JSON value, as from_dict gets it
        if _registration_date_raw is not UNSET:

            def _parse_registration_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    registration_date_type_0 = datetime.datetime.fromisoformat(data)

                    return registration_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            registration_date = _parse_registration_date(_registration_date_raw)

            instance_.registration_date = registration_date

        return instance_
