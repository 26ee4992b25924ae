# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from enum import Enum


class Tier(Enum):
    """Loyalty tiers by lifetime points earned, with the bonus they give on new points."""

    GOLD = ("gold", 5000)
    SILVER = ("silver", 1000)
    BRONZE = ("bronze", 0)

    def __init__(self, label: str, threshold: int) -> None:
        self.label = label
        self.threshold = threshold

    @classmethod
    def for_lifetime(cls, lifetime: int) -> "Tier":
        return next(tier for tier in cls if lifetime >= tier.threshold)

    def with_bonus(self, points: int) -> int:
        if self is Tier.GOLD:
            return points * 2
        if self is Tier.SILVER:
            return points + points // 2
        return points


def _check_points(points: object) -> None:
    if type(points) is not int:
        raise TypeError("points must be int")
    if points <= 0:
        raise ValueError("points must be positive")


Entry = tuple[str, int, str, int]  # (kind, points, reason, balance after)


class Wallet:
    """A customer's loyalty points, with a log of every earn and spend."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.points = 0
        self.lifetime = 0
        self._log: list[Entry] = []

    def _tier(self) -> Tier:
        return Tier.for_lifetime(self.lifetime)

    def tier(self) -> str:
        return self._tier().label

    def earn(self, points: int, reason: str) -> int:
        """Credit points (with the current tier's bonus); return the points credited."""
        _check_points(points)
        self.lifetime += points
        credited = self._tier().with_bonus(points)
        self.lifetime += credited - points
        self.points += credited
        self._log.append(("earn", credited, reason, self.points))
        return credited

    def spend(self, points: int, reason: str) -> int:
        """Debit points; return the new balance."""
        _check_points(points)
        if points > self.points:
            raise ValueError("not enough points")
        self.points -= points
        self._log.append(("spend", points, reason, self.points))
        return self.points

    def history(self, kind: str | None = None) -> list[Entry]:
        return [entry for entry in self._log if kind is None or entry[0] == kind]

    def total(self, kind: str) -> int:
        return sum(points for entry_kind, points, _, _ in self._log if entry_kind == kind)
