# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def full_us_address(m):
    return m.format_label({
        "name": "Ada Lovelace", "company": "Analytical Engines Ltd", "street": "12 Babbage Way",
        "line2": "Suite 3", "city": "Springfield", "state": "il", "postcode": "62704", "country": "usa",
    })


@case()
def minimal_foreign(m):
    return m.format_label({"name": "Jan Novák", "street": "Karlova 1", "city": "Praha", "postcode": "110 00", "country": "cz"})


@case("edge")
def blanks_and_none_skipped(m):
    return m.format_label({
        "name": "  Bo  ", "company": "   ", "street": " 1 Main St ", "line2": None,
        "city": " Austin ", "state": " tx ", "postcode": "", "country": " US ",
    })


@case("edge")
def no_state(m):
    return m.format_label({"name": "Kim", "street": "5 Rue X", "city": "Lyon", "postcode": "69001", "country": "France"})


@case("edge")
def no_postcode_no_country(m):
    return m.format_label({"name": "Kim", "street": "5 Oak", "city": "Dublin", "state": "oh"})


@case("edge")
def country_case_and_lookalikes(m):
    base = {"name": "N", "street": "S", "city": "C"}
    return [m.format_label({**base, "country": c}) for c in ["Us", "U.S.", "usa ", "united states", "USSR"]]


@case("error-handling")
def missing_name(m):
    return m.format_label({"street": "1 Main St", "city": "Austin"})


@case("error-handling")
def blank_street(m):
    return m.format_label({"name": "Bo", "street": "  ", "city": "Austin"})


@case("error-handling")
def none_city(m):
    return m.format_label({"name": "Bo", "street": "1 Main St", "city": None})


@case("error-handling")
def which_error_first(m):
    try:
        m.format_label({"city": "Austin"})
    except ValueError as exc:
        return str(exc)
    return "no error"
