# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from decimal import Decimal

from pyarena_cases import case


def d(value):
    """A Decimal as text, independent of how many trailing zeros the candidate kept."""
    if not isinstance(value, Decimal):
        return ("not a Decimal", type(value).__name__)
    return str(value.quantize(Decimal("0.00001")))


def show(invoice):
    return {
        "lines": [(l.description, l.quantity, d(l.unit_price), l.tax_percent, d(l.total)) for l in invoice.lines],
        "subtotal": d(invoice.subtotal()),
        "taxes": [(rate, d(taxable), d(tax)) for rate, taxable, tax in invoice.tax_summary()],
        "total": d(invoice.total()),
    }


@case()
def mixed_rates(m):
    inv = m.Invoice("INV-000123")
    inv.add("  Consulting ", 3, "120.00")
    inv.add("Books", 2, Decimal("14.99"), 5)
    inv.add("Train ticket", 1, 58, 0)
    inv.add("Laptop stand", 1, "39.90")
    return show(inv)


@case()
def line_total_rounds_half_up(m):
    inv = m.Invoice("INV-000001")
    item = inv.add("Screws", 3, "0.125", 0)
    item2 = inv.add("Bolts", 1, "0.005", 0)
    return [d(item.total), d(item2.total), show(inv)]


@case()
def tax_rounded_once_per_group(m):
    inv = m.Invoice("INV-000002")
    for _ in range(3):
        inv.add("Sticker", 1, "0.05", 10)
    inv.add("Pen", 1, "0.25", 10)
    return show(inv)


@case("edge")
def tax_half_cent_rounds_up(m):
    inv = m.Invoice("INV-000003")
    inv.add("Widget", 1, "0.25", 10)
    inv.add("Gadget", 1, "0.45", 5)
    return show(inv)


@case("edge")
def empty_invoice(m):
    return show(m.Invoice("INV-999999"))


@case("edge")
def invoices_do_not_share_lines(m):
    a = m.Invoice("INV-000010")
    b = m.Invoice("INV-000011")
    a.add("Only on A", 1, 5)
    return [len(a.lines), len(b.lines), show(b)]


@case()
def line_item_directly(m):
    item = m.LineItem("Cable", 4, "2.5")
    return [item.description, d(item.unit_price), d(item.total), item.tax_percent,
            item == m.LineItem("Cable ", 4, Decimal("2.50"))]


@case("error-handling")
def float_price_rejected(m):
    return m.LineItem("Cable", 1, 2.5)


@case("error-handling")
def invalid_values(m):
    out = []
    for args in [("", 1, "1"), ("   ", 1, "1"), ("x", 0, "1"), ("x", True, "1"), ("x", 2.0, "1"), ("x", 1, "-0.01"),
                 ("x", 1, "1", 101), ("x", 1, "1", -1), ("x", 1, "abc"), ("x", 1, None), ("x", 1, "1", False)]:
        try:
            m.LineItem(*args)
            out.append("ok")
        except (ValueError, TypeError) as error:
            out.append(type(error).__name__)
    return out


@case("error-handling")
def invoice_numbers(m):
    out = []
    for number in ["INV-000001", "INV-00001", "INV-0000001", "inv-000001", "INV-12345a", "INV-١٢٣٤٥٦"]:
        try:
            m.Invoice(number)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out
