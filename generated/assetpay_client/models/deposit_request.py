# generated from openapi.yaml by make client — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.game_id import GameId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_item import DepositItem


T = TypeVar("T", bound="DepositRequest")


@_attrs_define
class DepositRequest:
    """
    Attributes:
        items (list[DepositItem]):
        game (GameId | Unset): Steam app id as a string, used in request bodies, on trades and in the trade-list query.
            "730" is CS2, "252490" Rust.
        external_id (str | Unset): Tracking id, unique per merchant; must not contain a comma.
        is_instant (bool | Unset): Ask for instant credit. Always send it explicitly. Default: False.
    """

    items: list[DepositItem]
    game: GameId | Unset = UNSET
    external_id: str | Unset = UNSET
    is_instant: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = DepositItem.from_dict(items_item_data)

            items.append(items_item)

        _game = d.pop("game", UNSET)
        game: GameId | Unset
        if isinstance(_game, Unset):
            game = UNSET
        else:
            game = GameId(_game)

        external_id = d.pop("externalId", UNSET)

        is_instant = d.pop("isInstant", UNSET)

        instance_ = cls(
            items=items,
            game=game,
            external_id=external_id,
            is_instant=is_instant,
        )

        return instance_


# Imported once, after the class, instead of on every to_dict()/from_dict() call: models that
# refer to each other still load, because each class exists before its module imports others.
from ..models.deposit_item import DepositItem  # noqa: E402
