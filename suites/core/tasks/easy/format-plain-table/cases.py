# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    rows = [{"name": "apple", "qty": 3, "price": 0.5}, {"name": "kiwi", "qty": 12}]
    return m.format_table(rows, ["name", "qty", "price"]).split("\n")


@case()
def users(m):
    rows = [
        {"id": 7, "user": "ada", "admin": True, "score": 91.256},
        {"id": 1024, "user": "grace hopper", "admin": False, "score": 78.0},
        {"id": 33, "user": "linus", "admin": None, "score": None},
    ]
    return m.format_table(rows, ["id", "user", "admin", "score"]).split("\n")


@case("edge")
def no_rows(m):
    return m.format_table([], ["name", "qty"])


@case("edge")
def header_wider_than_values(m):
    return m.format_table([{"quantity": 1, "n": "x"}, {"quantity": 22, "n": "y"}], ["n", "quantity"]).split("\n")


@case("edge")
def mixed_column_is_text(m):
    rows = [{"code": 404}, {"code": "n/a"}, {"code": 5}]
    return m.format_table(rows, ["code", "note"]).split("\n")


@case("edge")
def negative_numbers_and_extra_keys(m):
    rows = [{"delta": -1.5, "ignored": "zzz"}, {"delta": 10}, {"delta": -0.004}]
    return m.format_table(rows, ["delta"]).split("\n")


@case("edge")
def only_empty_cells(m):
    return m.format_table([{"a": None}, {}], ["a", "b"]).split("\n")


@case("edge")
def unicode_text(m):
    return m.format_table([{"city": "Zürich", "pop": 421878}, {"city": "Åre", "pop": 3200}], ["city", "pop"]).split("\n")


@case("error-handling")
def no_columns(m):
    return m.format_table([{"a": 1}], [])
