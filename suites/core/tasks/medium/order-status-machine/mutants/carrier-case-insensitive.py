# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""An order lifecycle: an Enum of statuses and events dispatched with `match`."""
from enum import Enum

CARRIERS = {"ups", "dhl", "usps"}


class OrderStatus(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

    @property
    def is_final(self) -> bool:
        return self in (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


class InvalidEvent(ValueError):
    """The event is malformed."""


class InvalidTransition(Exception):
    """A well-formed event that the current status does not allow."""

    def __init__(self, status: OrderStatus, event_type: str, detail: str = "") -> None:
        super().__init__(f"cannot {event_type} an order that is {status.value}{': ' + detail if detail else ''}")
        self.status = status
        self.event_type = event_type


def _amount(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Order:
    def __init__(self, total: int) -> None:
        if not _amount(total) or total <= 0:
            raise ValueError("total must be a positive int")
        self.total = total
        self.status = OrderStatus.PENDING
        self.refunded = 0

    def apply(self, event: dict) -> OrderStatus:
        S = OrderStatus
        match event:
            case {"type": "payment", "amount": int(amount)} if _amount(amount):
                kind = "payment"
            case {"type": "ship", "carrier": str(carrier), "tracking": str(tracking)} if carrier.lower() in CARRIERS and tracking:
                kind = "ship"
            case {"type": "deliver"}:
                kind = "deliver"
            case {"type": "cancel", "reason": str()}:
                kind = "cancel"
            case {"type": "refund", "amount": int(amount)} if _amount(amount):
                kind = "refund"
            case _:
                raise InvalidEvent(f"malformed event: {event!r}")

        match kind, self.status:
            case "payment", S.PENDING:
                if amount != self.total:
                    raise InvalidTransition(self.status, kind, f"paid {amount}, expected {self.total}")
                self.status = S.PAID
            case "ship", S.PAID:
                self.status = S.SHIPPED
            case "deliver", S.SHIPPED:
                self.status = S.DELIVERED
            case "cancel", S.PENDING:
                self.status = S.CANCELLED
            case "cancel", S.PAID:
                self.refunded = self.total
                self.status = S.REFUNDED
            case "refund", S.DELIVERED:
                if not 0 < amount <= self.total - self.refunded:
                    raise InvalidTransition(self.status, kind, f"cannot refund {amount}")
                self.refunded += amount
                if self.refunded == self.total:
                    self.status = S.REFUNDED
            case _:
                raise InvalidTransition(self.status, kind)
        return self.status
