# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def make_invoice(m, calls):
    class Invoice:
        items = m.tracked()
        tax_rate = m.tracked(default=0.2)
        note = m.tracked(default="")

        @m.cached(depends_on=("items",))
        def subtotal(self):
            calls.append("subtotal")
            return sum(price for _, price in self.items)

        @m.cached(depends_on=("subtotal", "tax_rate"))
        def total(self):
            calls.append("total")
            return round(self.subtotal * (1 + self.tax_rate), 2)

        @m.cached()
        def created(self):
            calls.append("created")
            return len(calls)

    return Invoice


def attempt(thunk):
    try:
        return thunk()
    except AttributeError:
        return "AttributeError"


@case()
def computes_once(m):
    calls = []
    inv = make_invoice(m, calls)()
    inv.items = [("a", 10), ("b", 5)]
    values = [inv.total, inv.total, inv.subtotal, inv.total]
    return values, calls


@case()
def invalidation_is_transitive_and_precise(m):
    calls = []
    inv = make_invoice(m, calls)()
    inv.items = [("a", 10)]
    log = [inv.total, list(calls)]
    inv.tax_rate = 0.5
    log += [inv.total, list(calls)]
    inv.note = "rush"
    log += [inv.total, list(calls)]
    inv.items = [("a", 10), ("c", 30)]
    log += [inv.subtotal, list(calls), inv.total, list(calls)]
    return log


@case()
def per_instance_values(m):
    calls = []
    Invoice = make_invoice(m, calls)
    a, b = Invoice(), Invoice()
    a.items, b.items = [("x", 1)], [("y", 100)]
    first = [a.total, b.total]
    a.items = [("x", 2)]
    return first, [a.total, b.total], calls


@case("edge")
def defaults_and_missing(m):
    calls = []
    inv = make_invoice(m, calls)()
    out = [inv.tax_rate, attempt(lambda: inv.items), attempt(lambda: inv.subtotal), calls[:]]
    inv.tax_rate = 0.1
    out.append(inv.tax_rate)
    del inv.tax_rate
    out.append(inv.tax_rate)
    out.append(attempt(lambda: inv.__delattr__("tax_rate")))
    out.append(attempt(lambda: inv.__delattr__("items")))
    return out


@case("edge")
def del_and_assign_cached(m):
    calls = []
    inv = make_invoice(m, calls)()
    inv.items = [("a", 1)]
    out = [inv.total, attempt(lambda: setattr(inv, "total", 99)), inv.total]
    del inv.subtotal
    out += [inv.total, list(calls)]
    del inv.created
    del inv.created
    out += [inv.created, inv.created, list(calls)]
    return out


@case("edge")
def class_access_and_subclass(m):
    calls = []
    Invoice = make_invoice(m, calls)

    class Discounted(Invoice):
        discount = m.tracked(default=0)

        @m.cached(depends_on=("total", "discount"))
        def payable(self):
            calls.append("payable")
            return self.total - self.discount

    d = Discounted()
    d.items = [("a", 100)]
    out = [type(Invoice.total).__name__, type(Invoice.items).__name__, d.payable, d.payable]
    d.discount = 20
    out.append(d.payable)
    d.items = [("a", 50)]
    out += [d.payable, list(calls)]
    plain = Invoice()
    plain.items = [("z", 1)]
    out.append(plain.total)
    return out


@case("error-handling")
def failing_method_caches_nothing(m):
    calls = []
    Invoice = make_invoice(m, calls)
    inv = Invoice()
    inv.items = [("a", "oops")]
    out = []
    for _ in range(2):
        try:
            out.append(inv.total)
        except TypeError:
            out.append("TypeError")
    inv.items = [("a", 3)]
    out += [inv.total, calls]
    return out


@case("perf")
def expensive_values_read_often(m):
    calls = []
    inv = make_invoice(m, calls)()
    inv.items = [(f"row{i}", i % 97) for i in range(200_000)]
    acc = 0
    for i in range(4_000):
        acc += inv.total + inv.subtotal
        if i % 1_000 == 999:
            inv.tax_rate = inv.tax_rate + 0.01
    return round(acc, 2), calls.count("subtotal"), calls.count("total")
