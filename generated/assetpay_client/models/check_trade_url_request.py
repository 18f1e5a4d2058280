# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None


T = TypeVar("T", bound="CheckTradeUrlRequest")


@_attrs_define(getstate_setstate=False)
class CheckTradeUrlRequest:
    """
    Attributes:
        tradeurl (str): A Steam trade-offer URL with partner id and 8-character token (ASCII digits; `[0-9]` rather than
            `\\\\d`, which some regex engines read as any Unicode digit).
        force_refresh (bool | Unset): Skip the one-hour cache. Default: False.
    """

    tradeurl: str
    force_refresh: bool | Unset = False
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ()
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "tradeurl": "tradeurl",
        "force_refresh": "forceRefresh",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("tradeurl", True, ""),
        ("force_refresh", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        tradeurl = self.tradeurl

        force_refresh = self.force_refresh

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tradeurl": tradeurl,
            }
        )
        if force_refresh is not UNSET:
            field_dict["forceRefresh"] = force_refresh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        tradeurl = src_dict["tradeurl"]

        force_refresh = get("forceRefresh", UNSET)

        instance_ = cls(
            tradeurl,
            force_refresh,
        )

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))

        return instance_
