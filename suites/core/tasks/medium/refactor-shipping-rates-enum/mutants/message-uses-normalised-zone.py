# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from enum import Enum


class Zone(Enum):
    """Shipping zones: (base price for the first kg, price per extra started kg, max weight kg)."""

    DOMESTIC = ("domestic", 490, 120, 50)
    EU = ("eu", 990, 250, 50)
    WORLD = ("world", 1890, 600, 30)

    def __init__(self, label: str, base: int, per_kg: int, max_kg: int) -> None:
        self.label = label
        self.base = base
        self.per_kg = per_kg
        self.max_kg = max_kg


class Service(Enum):
    STANDARD = "standard"
    EXPRESS = "express"


ZONES = {zone.label: zone for zone in Zone}


def shipping_cost(weight: float, zone: str, service: str = "standard", member: bool = False) -> int:
    """Shipping cost in cents for a parcel of `weight` kg."""
    if weight <= 0:
        raise ValueError("weight must be positive")
    found = ZONES.get(zone.lower().strip())
    if found is None:
        raise ValueError("unknown zone: " + zone.lower().strip())
    if weight > found.max_kg:
        raise ValueError("too heavy")
    extra_kg = max(0, math.ceil(weight - 1))
    cost = found.base + extra_kg * found.per_kg
    try:
        kind = Service(service.lower().strip())
    except ValueError:
        raise ValueError("unknown service: " + service) from None
    if kind is Service.EXPRESS:
        cost += cost // 2
    if member:
        if found is Zone.DOMESTIC and kind is Service.STANDARD:
            return 0
        cost -= cost // 10
    return cost
