# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def outcome(thunk):
    try:
        value = thunk()
    except AttributeError as exc:
        return ("AttributeError",)
    except ValueError as exc:
        if type(exc).__name__ == "FieldError":
            return ("FieldError", str(exc), exc.field, exc.value)
        return (type(exc).__name__,)
    return (type(value).__name__, value)


def try_values(m, field, values):
    class Row:
        pass

    Row.target = field
    field.__set_name__(Row, "target")
    out = []
    for value in values:
        row = Row()

        def assign(value=value):
            row.target = value
            return row.target

        out.append(outcome(assign))
    return out


def product_class(m):
    class Product:
        sku = m.Text(max_length=12)
        stock = m.Integer(min=0, default=0)
        price = m.Float(min=0)
        active = m.Boolean(default=True)
        category = m.Choice(["Books", "Garden", "Toys"], nullable=True)

    return Product


@case()
def product_scenario(m):
    Product = product_class(m)
    p = Product()
    out = [outcome(lambda: p.stock), outcome(lambda: p.active), outcome(lambda: p.sku)]
    steps = [("stock", " 42 "), ("category", "  toys"), ("price", "abc"), ("price", "19.90"), ("sku", b" AB-1 "),
             ("active", "No"), ("stock", -1), ("category", None), ("sku", "X" * 13)]
    for name, value in steps:
        out.append(outcome(lambda: setattr(p, name, value)))
        out.append(outcome(lambda: getattr(p, name)))
    return out


@case()
def integers(m):
    values = [7, -3, 0, 2.0, 2.5, "12", " -8 ", "+5", "1_000", "٣", "", "1e3", "0x10", True, None, [1], 10**20,
              "007", float("nan"), float("inf")]
    return [try_values(m, m.Integer(), values), try_values(m, m.Integer(min=-2, max=10), [-3, -2, 10, 11, "11", 9.0])]


@case()
def floats(m):
    values = [1, 2.5, "3.25", " -0.5\n", "1e3", "nan", "inf", "-Infinity", float("inf"), False, "", "1,5", 10**400,
              "1_0", b"1.0"]
    return [try_values(m, m.Float(), values), try_values(m, m.Float(min=0.5, max=1), [0.5, 1, 1.0000001, "0.49"])]


@case()
def texts_and_booleans(m):
    texts = ["  hello ", "", "   ", "ünïcødé", b"caf\xc3\xa9", b"\xff\xfe", 12, "abcdef", "abcdefg", " abcdef "]
    bools = [True, False, 0, 1, 2, -1, "yes", " ON ", "False", "0", "1", "y", "", "truE", 1.0, None]
    return [try_values(m, m.Text(), texts), try_values(m, m.Text(max_length=6), texts), try_values(m, m.Boolean(), bools)]


@case()
def choices(m):
    values = ["EUR", "eur", " Usd ", "gbp", "GBP ", "chf", "", 1, None, b"EUR", "ß", "SS", "strasse", "STRASSE"]
    return [try_values(m, m.Choice(["EUR", "Usd", "gbp"]), values),
            try_values(m, m.Choice(("Straße", "ss"), nullable=True), values)]


@case("error-handling")
def choice_construction(m):
    return [outcome(lambda: m.Choice([])), outcome(lambda: m.Choice(["a", "A"])),
            outcome(lambda: m.Choice(["Straße", "STRASSE"])), outcome(lambda: m.Choice(iter(["x", "y"])) and 1)]


@case("edge")
def storage_defaults_and_delete(m):
    Product = product_class(m)
    a, b = Product(), Product()
    a.stock = 5
    b.stock = "6"
    a.sku = "A"
    out = [a.stock, b.stock, outcome(lambda: b.sku), isinstance(Product.stock, m.Integer),
           isinstance(Product.category, m.Field), issubclass(m.FieldError, ValueError)]
    del a.stock
    out.append(outcome(lambda: a.stock))
    out.append(outcome(lambda: b.stock))
    del a.sku
    out.append(outcome(lambda: a.sku))
    out.append(outcome(lambda: delattr(a, "sku")))
    out.append(outcome(lambda: a.category))
    a.category = None
    out.append(outcome(lambda: a.category))
    out.append(outcome(lambda: setattr(a, "price", None)))
    out.append(outcome(lambda: a.price))
    return out


@case("error-handling")
def errors_name_the_instance_class(m):
    Product = product_class(m)

    class DigitalProduct(Product):
        size_mb = m.Float(min=0, max=4096, default=None)

    d = DigitalProduct()
    d.price = 3
    out = [outcome(lambda: setattr(d, "price", "-1")), outcome(lambda: d.price),
           outcome(lambda: setattr(d, "size_mb", "5000")), outcome(lambda: d.size_mb),
           outcome(lambda: setattr(Product(), "stock", "many")), outcome(lambda: setattr(d, "active", "maybe")),
           outcome(lambda: d.sku)]
    return out


@case("perf")
def bulk_import(m):
    families = [f"Fam-{i:05d}" for i in range(20_000)]

    class Row:
        family = m.Choice(families)
        qty = m.Integer(min=0)
        active = m.Boolean()

    row = Row()
    tally = {}
    rejected = 0
    for n in range(20_000):
        i = (n * 7919) % 20_000
        try:
            row.family = f" fam-{i:05d} " if n % 3 else f"FAM-{i:05d}"
            row.qty = str(n % 50)
            row.active = "yes" if n % 2 else "0"
            tally[row.family[-1]] = tally.get(row.family[-1], 0) + row.qty + row.active
        except m.FieldError:
            rejected += 1
        try:
            row.family = f"FAM-{i + 20_000}"
        except m.FieldError:
            rejected += 1
    return tally, rejected, row.family
