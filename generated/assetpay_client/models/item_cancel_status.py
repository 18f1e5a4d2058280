# generated from openapi.yaml by make client — do not edit
from enum import StrEnum
from typing import Any, ClassVar


class ItemCancelStatus(StrEnum):
    CANCELLED = "cancelled"

    _by_value: ClassVar[dict[Any, "ItemCancelStatus"]]  # set below the class

    @classmethod
    def _missing_(cls, value: object) -> "ItemCancelStatus | None":
        """Accept a value this client does not know yet (forward compatibility)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this client was generated."""
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def known_values(cls) -> frozenset[str]:
        """The values the spec listed when this client was generated."""
        return frozenset(member.value for member in cls)

    def __str__(self) -> str:
        return str(self.value)


ItemCancelStatus._by_value = {member.value: member for member in ItemCancelStatus}
