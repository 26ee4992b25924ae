# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case

PEOPLE = [
    {"name": "Ada", "age": 36, "city": "Oslo", "vip": False},
    {"name": "Bo", "age": 28, "city": "Oslo", "vip": True},
    {"name": "Cy", "age": 44, "city": "Bergen", "vip": False},
    {"name": "Di", "age": 19, "city": "Bergen", "vip": True},
    {"name": "Ed", "age": 71, "city": "Tromsø", "vip": False},
    {"name": "Fi", "age": 30, "city": "Oslo"},
]


def names(m, expression, records=PEOPLE):
    test = m.compile_filter(expression)
    return [r["name"] for r in records if test(r)]


@case()
def and_binds_tighter_than_or(m):
    return [
        names(m, 'vip or age > 30 and city == "Oslo"'),
        names(m, 'age > 30 and city == "Oslo" or vip'),
        names(m, 'city == "Bergen" or city == "Oslo" and age >= 30'),
    ]


@case()
def parentheses_override_precedence(m):
    return [
        names(m, 'age > 30 and (city == "Oslo" or vip)'),
        names(m, '(vip or age > 30) and city == "Oslo"'),
        names(m, '((city == "Bergen"))'),
    ]


@case()
def not_applies_to_the_whole_comparison(m):
    return [
        names(m, "not age > 65"),
        names(m, 'not city == "Oslo" and not vip'),
        names(m, 'not (city == "Oslo" or vip)'),
        names(m, "not not vip"),
    ]


@case()
def truth_table_of_mixed_operators(m):
    forms = ["a or b and c or d", "a and b or c and d", "not a or b and not c", "a and not b or not c and d"]
    tests = [m.compile_filter(form) for form in forms]
    rows = [dict(zip("abcd", bits)) for bits in itertools.product([False, True], repeat=4)]
    return [[int(test(row)) for row in rows] for test in tests]


@case("edge")
def missing_fields_are_none(m):
    return [
        names(m, "vip"),
        names(m, "not vip"),
        names(m, "vip == false"),
        names(m, "score >= 10 or nickname == \"x\""),
        names(m, "nickname != \"x\" and age < 30"),
    ]


@case("edge")
def mismatched_types_never_order(m):
    records = [
        {"name": "n1", "v": 5},
        {"name": "n2", "v": "5"},
        {"name": "n3", "v": -2.5},
        {"name": "n4", "v": True},
        {"name": "n5", "v": "abc"},
    ]
    return [
        names(m, "v > -3", records),
        names(m, 'v < "b"', records),
        names(m, "v == 5", records),
        names(m, "v != 5 and v <= 0", records),
        names(m, "v >= 1.0 or v", records),
    ]


@case("edge")
def spacing_and_unicode(m):
    return [
        names(m, 'city=="Tromsø"'),
        names(m, '  ( age>=44 )or(name=="Bo")  '),
        names(m, "true and not false"),
    ]


@case("error-handling")
def malformed_expressions_are_rejected(m):
    bad = ["", "age >", "(age > 3", "age > 3)", "age > 3 and", "or vip", "1 < age < 5",
           'city == "Oslo', "age > not 3", "age ~ 3", "not", "vip vip"]
    outcome = []
    for expression in bad:
        try:
            m.compile_filter(expression)
            outcome.append("accepted")
        except ValueError:
            outcome.append("ValueError")
    return outcome


@case("error-handling")
def unbalanced_parenthesis_raises(m):
    return m.compile_filter('(vip or (age > 30 and city == "Oslo")')


@case("perf")
def big_filter_over_many_records(m):
    rng = random.Random(7)
    skus = [f"SKU-{i:04d}" for i in range(400)]
    wanted = " or ".join(f'sku == "{s}"' for s in skus[::2])
    expression = f'region == "eu" and not discontinued and ({wanted}) or priority > 8 and stock < 0'
    test = m.compile_filter(expression)
    matched = 0
    checksum = 0
    for i in range(20_000):
        record = {
            "sku": rng.choice(skus),
            "region": "eu" if rng.random() < 0.1 else "us",
            "discontinued": rng.random() < 0.2,
            "priority": rng.randrange(10),
            "stock": rng.randrange(-5, 50),
        }
        if test(record):
            matched += 1
            checksum = (checksum * 31 + i) % 1_000_003
    return matched, checksum
