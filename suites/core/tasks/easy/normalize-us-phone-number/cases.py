# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def common_formats(m):
    raws = ["(415) 555.0198", "415-555-0198", "4155550198", "415 555 0198", " 415.555.0198\n"]
    return [m.normalize_phone(r) for r in raws]


@case()
def with_country_code(m):
    return [m.normalize_phone(r) for r in ["+1 415-555-0198", "1-415-555-0198", "+1(212)2345678", "12125550100"]]


@case("edge")
def unbalanced_parentheses_allowed(m):
    return m.normalize_phone("((212 555--0100")


@case("edge")
def boundary_digits(m):
    return m.normalize_phone("200-200-0000")


@case("error-handling")
def letters_rejected(m):
    return m.normalize_phone("Tel: 415-555-0198")


@case("error-handling")
def extension_rejected(m):
    return m.normalize_phone("415-555-0198 #12")


@case("error-handling")
def plus_without_country_code(m):
    return m.normalize_phone("+4155550198")


@case("error-handling")
def plus_not_first(m):
    return m.normalize_phone("1+415-555-0198")


@case("error-handling")
def eleven_digits_wrong_country(m):
    return m.normalize_phone("24155550198")


@case("error-handling")
def too_short(m):
    return m.normalize_phone("555-0198")


@case("error-handling")
def area_code_starts_with_one(m):
    return m.normalize_phone("(115) 555-0198")


@case("error-handling")
def exchange_starts_with_zero(m):
    return m.normalize_phone("415-055-0198")


@case("error-handling")
def empty(m):
    return m.normalize_phone("   ")
