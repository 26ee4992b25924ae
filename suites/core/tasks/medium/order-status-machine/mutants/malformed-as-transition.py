# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from enum import Enum


class OrderStatus(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

    @property
    def is_final(self):
        return self in (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


class InvalidEvent(ValueError):
    pass


class InvalidTransition(Exception):
    def __init__(self, status, event_type):
        super().__init__(f"{event_type} not allowed in {status.value}")
        self.status = status
        self.event_type = event_type


class Order:
    def __init__(self, total):
        if type(total) is not int or total <= 0:
            raise ValueError("bad total")
        self.total = total
        self.status = OrderStatus.PENDING
        self.refunded = 0

    def apply(self, event):
        if not isinstance(event, dict) or "type" not in event:
            raise InvalidEvent(repr(event))
        kind = event["type"]
        s = self.status
        if s.is_final:
            raise InvalidTransition(s, kind)
        match kind:
            case "payment" if s is OrderStatus.PENDING:
                amount = event.get("amount")
                if type(amount) is not int:
                    raise InvalidEvent("amount")
                if amount != self.total:
                    raise InvalidTransition(s, kind)
                self.status = OrderStatus.PAID
            case "ship" if s is OrderStatus.PAID:
                if event.get("carrier") not in ("ups", "dhl", "usps") or not isinstance(event.get("tracking"), str) or not event["tracking"]:
                    raise InvalidEvent("ship")
                self.status = OrderStatus.SHIPPED
            case "deliver" if s is OrderStatus.SHIPPED:
                self.status = OrderStatus.DELIVERED
            case "cancel" if s in (OrderStatus.PENDING, OrderStatus.PAID):
                if not isinstance(event.get("reason"), str):
                    raise InvalidEvent("reason")
                if s is OrderStatus.PAID:
                    self.refunded = self.total
                    self.status = OrderStatus.REFUNDED
                else:
                    self.status = OrderStatus.CANCELLED
            case "refund" if s is OrderStatus.DELIVERED:
                amount = event.get("amount")
                if type(amount) is not int:
                    raise InvalidEvent("amount")
                if not 0 < amount <= self.total - self.refunded:
                    raise InvalidTransition(s, kind)
                self.refunded += amount
                if self.refunded == self.total:
                    self.status = OrderStatus.REFUNDED
            case "payment" | "ship" | "deliver" | "cancel" | "refund":
                raise InvalidTransition(s, kind)
            case _:
                raise InvalidEvent(kind)
        return self.status
