# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(thunk):
    try:
        return thunk()
    except (ValueError, AttributeError) as exc:
        return type(exc).__name__


def ticket_class(m, products=("P1", "P2", "P3")):
    class Ticket:
        status = m.Choice("open", "in-progress", "closed", default="open")
        priority = m.Choice(1, 2, 3, default=2)
        product = m.Choice(*products, nullable=True)

        def __init__(self, title):
            self.title = title

    return Ticket


def fields(ticket):
    return (ticket.title, ticket.status, ticket.priority, ticket.product)


@case()
def tickets_keep_their_own_values(m):
    Ticket = ticket_class(m)
    a, b, c = Ticket("printer on fire"), Ticket("coffee machine is empty"), Ticket("vpn down")
    b.status = "closed"
    c.priority = 1
    a.product = "P2"
    c.product = "P3"
    return [fields(a), fields(b), fields(c)]


@case()
def delete_restores_default_per_instance(m):
    Ticket = ticket_class(m)
    a, b = Ticket("a"), Ticket("b")
    a.status = "in-progress"
    b.status = "closed"
    a.product = "P1"
    del a.status
    del a.product
    out = [fields(a), fields(b)]
    del b.priority  # never assigned: still the default, no error
    out.append(fields(b))
    return out


@case("error-handling")
def invalid_values_leave_state_alone(m):
    Ticket = ticket_class(m)
    a, b = Ticket("a"), Ticket("b")
    a.status = "closed"
    out = [attempt(lambda: setattr(a, "status", "reopened")), attempt(lambda: setattr(a, "status", None)),
           attempt(lambda: setattr(b, "priority", 4)), attempt(lambda: setattr(b, "priority", "1")),
           attempt(lambda: setattr(b, "product", "p1")), attempt(lambda: setattr(b, "product", None)),
           attempt(lambda: setattr(a, "priority", 3.0))]
    return out + [fields(a), fields(b)]


@case("error-handling")
def constructor_checks(m):
    return [attempt(lambda: m.Choice()), attempt(lambda: m.Choice("a", "b", default="c")),
            attempt(lambda: m.Choice("a", "b", default="b").default), attempt(lambda: m.Choice(1, 2).default)]


@case("edge")
def class_access_and_subclasses(m):
    Ticket = ticket_class(m)

    class Incident(Ticket):
        severity = m.Choice("low", "high", default="low")

    t, i = Ticket("t"), Incident("i")
    i.status = "closed"
    i.severity = "high"
    i2 = Incident("i2")
    return [isinstance(Ticket.status, m.Choice), isinstance(Incident.severity, m.Choice), Ticket.status.choices,
            Incident.priority.default, fields(t), fields(i), fields(i2), i.severity, i2.severity]


@case("edge")
def unhashable_instances(m):
    class Order:
        state = m.Choice("new", "paid", "shipped", default="new")

        def __init__(self, number):
            self.number = number

        def __eq__(self, other):
            return isinstance(other, Order) and other.number == self.number

    first, second = Order(1), Order(1)
    first.state = "paid"
    out = [first.state, second.state, first == second]
    second.state = "shipped"
    del first.state
    return out + [first.state, second.state]


@case("perf")
def nightly_import(m):
    codes = [f"P{n:05d}" for n in range(50_000)]
    Ticket = ticket_class(m, codes)
    counts = {}
    rejected = 0
    for i in range(40_000):
        ticket = Ticket(f"t{i}")
        try:
            ticket.product = codes[(i * 7919) % 50_000] if i % 10 else f"X{i}"
        except ValueError:
            rejected += 1
        ticket.priority = 1 + i % 3
        counts[ticket.product] = counts.get(ticket.product, 0) + ticket.priority
    return len(counts), rejected, counts[None], counts["P07919"]
