# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case

PAY = {"type": "payment", "amount": 5000}
SHIP = {"type": "ship", "carrier": "dhl", "tracking": "JD0141"}
DELIVER = {"type": "deliver"}


def step(order, event):
    """Apply one event; the scenario goes on after a refusal, so report it as data."""
    try:
        return order.apply(event).value
    except Exception as error:
        extra = [error.status.value, error.event_type] if type(error).__name__ == "InvalidTransition" else []
        return [type(error).__name__, isinstance(error, ValueError), *extra]


def state(order):
    return [order.status.value, order.refunded, order.status.is_final]


@case()
def happy_path(m):
    order = m.Order(5000)
    steps = [step(order, e) for e in [PAY, SHIP, DELIVER]]
    return [steps, state(order)]


@case()
def partial_then_full_refund(m):
    order = m.Order(5000)
    for e in [PAY, SHIP, DELIVER]:
        order.apply(e)
    steps = [step(order, {"type": "refund", "amount": n}) for n in [2000, 3001, 0, 3000, 1]]
    return [steps, state(order)]


@case()
def cancel_pending_and_paid(m):
    a = m.Order(700)
    b = m.Order(700)
    b.apply({"type": "payment", "amount": 700})
    return [step(a, {"type": "cancel", "reason": "changed mind"}), state(a),
            step(b, {"type": "cancel", "reason": ""}), state(b)]


@case("error-handling")
def wrong_payment_amount(m):
    order = m.Order(5000)
    return [step(order, {"type": "payment", "amount": 4999}), state(order), step(order, PAY), state(order)]


@case("error-handling")
def transitions_not_allowed(m):
    order = m.Order(5000)
    out = [step(order, SHIP), step(order, DELIVER), step(order, {"type": "refund", "amount": 1})]
    order.apply(PAY)
    out += [step(order, PAY), step(order, DELIVER)]
    order.apply(SHIP)
    out += [step(order, {"type": "cancel", "reason": "late"}), step(order, SHIP)]
    return [out, state(order)]


@case("error-handling")
def final_statuses_allow_nothing(m):
    order = m.Order(100)
    order.apply({"type": "cancel", "reason": "dup"})
    return [[step(order, e) for e in [PAY, {"type": "cancel", "reason": "again"}, DELIVER]], state(order)]


@case("error-handling")
def malformed_events(m):
    order = m.Order(5000)
    events = [
        {"type": "payment", "amount": "5000"}, {"type": "payment", "amount": True}, {"type": "payment"},
        {"type": "ship", "carrier": "fedex", "tracking": "x"}, {"type": "ship", "carrier": "UPS", "tracking": "x"},
        {"type": "ship", "carrier": "ups", "tracking": ""}, {"type": "cancel"}, {"type": "cancel", "reason": None},
        {"type": "teleport"}, {"amount": 5000}, ["payment", 5000], "deliver", None,
    ]
    return [[step(order, e) for e in events], state(order)]


@case("edge")
def extra_keys_ignored(m):
    order = m.Order(5000)
    return [step(order, {"type": "payment", "amount": 5000, "currency": "EUR"}),
            step(order, {"type": "ship", "carrier": "usps", "tracking": "9400", "note": None})]


@case("error-handling")
def refused_event_propagates(m):
    return m.Order(10).apply({"type": "deliver"})


@case("error-handling")
def invalid_totals(m):
    out = []
    for total in [0, -5, 10.0, True]:
        try:
            m.Order(total)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case("edge")
def enum_behaviour(m):
    S = m.OrderStatus
    return [S("paid").name, [s.value for s in S], [s.name for s in S if s.is_final], S.PAID is S["PAID"]]
