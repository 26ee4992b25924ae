# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Warehouse stock with all-or-nothing order reservations."""


class InventoryError(Exception):
    """Base class of inventory errors."""


class UnknownSku(InventoryError, KeyError):
    def __init__(self, sku: str) -> None:
        super().__init__(sku)
        self.sku = sku


class UnknownOrder(InventoryError, KeyError):
    def __init__(self, order_id: str) -> None:
        super().__init__(order_id)
        self.order_id = order_id


class OutOfStock(InventoryError):
    def __init__(self, sku: str, requested: int, available: int) -> None:
        super().__init__(f"{sku}: requested {requested}, available {available}")
        self.sku = sku
        self.requested = requested
        self.available = available


def _check_qty(qty: object) -> None:
    if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
        raise ValueError(f"quantity must be an int >= 1, got {qty!r}")


class Inventory:
    def __init__(self) -> None:
        self._on_hand: dict[str, int] = {}
        self._reserved: dict[str, int] = {}
        self._open: dict[str, dict[str, int]] = {}
        self._used_ids: set[str] = set()

    def receive(self, sku: str, qty: int) -> None:
        _check_qty(qty)
        self._on_hand[sku] = self._on_hand.get(sku, 0) + qty
        self._reserved.setdefault(sku, 0)

    def available(self, sku: str) -> int:
        if sku not in self._on_hand:
            raise UnknownSku(sku)
        return self._on_hand[sku] - self._reserved[sku]

    def reserve(self, order_id: str, items: dict[str, int]) -> None:
        if order_id in self._open:
            raise ValueError(f"order id {order_id!r} was already used")
        if not items:
            raise ValueError("nothing to reserve")
        for qty in items.values():
            _check_qty(qty)
        for sku, qty in items.items():
            available = self.available(sku)
            if qty > available:
                raise OutOfStock(sku, qty, available)
        for sku, qty in items.items():
            self._reserved[sku] += qty
        self._open[order_id] = dict(items)
        self._used_ids.add(order_id)

    def _close(self, order_id: str) -> dict[str, int]:
        if order_id not in self._open:
            raise UnknownOrder(order_id)
        items = self._open.pop(order_id)
        for sku, qty in items.items():
            self._reserved[sku] -= qty
        return items

    def release(self, order_id: str) -> None:
        self._close(order_id)

    def commit(self, order_id: str) -> None:
        for sku, qty in self._close(order_id).items():
            self._on_hand[sku] -= qty

    def snapshot(self) -> dict[str, tuple[int, int]]:
        return {sku: (self._on_hand[sku], self._reserved[sku]) for sku in self._on_hand}
