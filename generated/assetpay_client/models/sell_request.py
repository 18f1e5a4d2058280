# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# msgspec's astuple, set here by assetpay_client._decode when it defines this model's Struct
# (template point 7): msgspec is loaded with the first answer decoded that way, not with the model
_astuple: Any = None

from .. import _lazy
from ..models.game_id import GameId

if TYPE_CHECKING:
    from ..models.deposit_item import DepositItem


T = TypeVar("T", bound="SellRequest")


@_attrs_define(getstate_setstate=False)
class SellRequest:
    """
    Attributes:
        trade_url (str): A Steam trade-offer URL with partner id and 8-character token (ASCII digits; `[0-9]` rather
            than `\\\\d`, which some regex engines read as any Unicode digit).
        items (list[DepositItem]):
        game (GameId | Unset): Steam app id as a string, used in request bodies, on trades and in the trade-list query.
            "730" is CS2, "252490" Rust.
        external_id (str | Unset): Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#` `%`
            `\\`, not only dots) so the trade can be looked up by it.
        is_instant (bool | Unset): Ask for instant credit. Always send it explicitly. Default: False.
    """

    trade_url: str
    items: list[DepositItem]
    game: GameId | Unset = UNSET
    external_id: str | Unset = UNSET
    is_instant: bool | Unset = False
    # the attributes that may hold generated models (what assetpay_client._lazy.materialize walks)
    _MODEL_FIELDS: ClassVar[tuple[str, ...]] = ("items",)
    # attribute name -> JSON name, in to_dict() order
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "trade_url": "tradeUrl",
        "items": "items",
        "game": "game",
        "external_id": "externalId",
        "is_instant": "isInstant",
    }
    # the JSON names, for telling undeclared keys apart in from_dict()
    _WIRE_KEYS: ClassVar[frozenset[str]] = frozenset(_WIRE_NAMES.values())
    # (attribute, required, kind) in __init__ order: the msgspec Struct behind _from_wire()
    _WIRE_FIELDS: ClassVar[tuple[tuple[str, bool, str], ...]] = (
        ("trade_url", True, ""),
        ("items", True, "list DepositItem"),
        ("game", False, "enum GameId"),
        ("external_id", False, ""),
        ("is_instant", False, ""),
    )
    # undeclared keys are kept (additional_properties): the Struct refuses them, from_dict decides
    _WIRE_OPEN: ClassVar[bool] = False
    _lazy_raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute

        def __getattr__(self, name: str) -> Any:
            return _lazy.load(self, name)

        def __repr__(self) -> str:  # attrs' repr, but a list that cannot be parsed says so
            return _lazy.safe_repr(self)

    @staticmethod
    def _load_items(src: Any) -> list[DepositItem]:
        # a comprehension: one call per item, no append. Structs when msgspec decoded the answer:
        # this list is _lazy.load's alone, and each Struct is freed as its model is made
        if src and _lazy.is_wire(src[0]):
            from_wire = DepositItem._from_wire
            src.reverse()
            take = src.pop
            return [from_wire(take()) for _ in range(len(src))]
        from_dict = DepositItem.from_dict
        return [from_dict(item) for item in src]

    def to_dict(self) -> dict[str, Any]:
        trade_url = self.trade_url

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        game: str | Unset = UNSET
        if not isinstance(self.game, Unset):
            game = self.game.value

        external_id = self.external_id

        is_instant = self.is_instant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tradeUrl": trade_url,
                "items": items,
            }
        )
        if game is not UNSET:
            field_dict["game"] = game
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if is_instant is not UNSET:
            field_dict["isInstant"] = is_instant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        trade_url = src_dict["tradeUrl"]

        items = src_dict["items"]
        if not isinstance(items, list):
            raise TypeError(f"items must be a list, not {type(items).__name__}")

        _game = get("game", UNSET)
        game: GameId | Unset = (
            UNSET if _game is UNSET else GameId._by_value.get(_game) or GameId(_game)
        )

        external_id = get("externalId", UNSET)

        is_instant = get("isInstant", UNSET)

        instance_ = cls(
            trade_url,
            items,
            game,
            external_id,
            is_instant,
        )
        if items:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["items"] = items
            del instance_.items
        else:  # nothing to build; a new list, not the caller's
            instance_.items = []

        return instance_

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """The model of a Struct decoded by assetpay_client._decode (template point 7)."""
        instance_ = cls(*_astuple(wire))
        items = instance_.items
        if items:
            if instance_._lazy_raw is None:  # no dict unless something is pending
                instance_._lazy_raw = {}
            instance_._lazy_raw["items"] = items
            del instance_.items
        else:  # nothing to build; a new list, not the caller's
            instance_.items = []

        return instance_


# Imported once, after the class, instead of on every to_dict()/from_dict() call: models that
# refer to each other still load, because each class exists before its module imports others.
from ..models.deposit_item import DepositItem  # noqa: E402
