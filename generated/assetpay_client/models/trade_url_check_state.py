# generated from openapi.yaml by make client — do not edit
from enum import IntEnum
from typing import Any, ClassVar


class TradeUrlCheckState(IntEnum):
    NORMAL = 1
    CS2_BANNED = 2
    RUST_BANNED = 3
    BANNED = 4
    INVENTORY_PRIVATE = 5
    TRADE_URL_INVALID = 6
    USER_NOT_FOUND = 7
    UNKNOWN_ERROR = 8
    USER_NOT_TRADEABLE = 9
    STEAM_UNAVAILABLE = 10

    _by_value: ClassVar[dict[Any, "TradeUrlCheckState"]]  # set below the class

    @classmethod
    def _missing_(cls, value: object) -> "TradeUrlCheckState | None":
        """Accept a value this client does not know yet (forward compatibility)."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this client was generated."""
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def known_values(cls) -> frozenset[int]:
        """The values the spec listed when this client was generated."""
        return frozenset(member.value for member in cls)

    def __str__(self) -> str:
        return str(self.value)


TradeUrlCheckState._by_value = {member.value: member for member in TradeUrlCheckState}
