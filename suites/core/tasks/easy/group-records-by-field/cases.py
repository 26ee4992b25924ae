# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case

PEOPLE = [
    {"id": 1, "team": "infra", "name": "Ada"},
    {"id": 2, "team": "web", "name": "Bo"},
    {"id": 3, "team": "infra", "name": "Cy"},
    {"id": 4, "team": "data", "name": "Di"},
    {"id": 5, "team": "web", "name": "Ed"},
]


def fresh():
    return [dict(p) for p in PEOPLE]


@case()
def basic_grouping(m):
    return dict(m.group_by_field(fresh(), "team"))


@case()
def key_order_is_first_appearance(m):
    records = [{"k": k} for k in ["zeta", "alpha", "mid", "alpha", "zeta"]]
    return [(key, len(group)) for key, group in m.group_by_field(records, "k").items()]


@case()
def integer_values(m):
    records = [{"order": i, "status": code} for i, code in enumerate([200, 404, 200, 500, 404, 200])]
    return dict(m.group_by_field(records, "status"))


@case("edge")
def empty(m):
    return dict(m.group_by_field([], "team"))


@case("edge")
def none_is_a_value(m):
    records = [{"id": 1, "team": None}, {"id": 2}, {"id": 3, "team": "web"}, {"id": 4, "team": None}]
    return list(m.group_by_field(records, "team", skip_missing=True).items())


@case("edge")
def groups_hold_same_objects(m):
    records = fresh()
    groups = m.group_by_field(records, "team")
    return [groups["infra"][0] is records[0], groups["web"][1] is records[4], records == PEOPLE]


@case("edge")
def skip_missing_all(m):
    return dict(m.group_by_field([{"a": 1}, {"b": 2}], "team", skip_missing=True))


@case("error-handling")
def missing_field_raises(m):
    return m.group_by_field([{"id": 1, "team": "x"}, {"id": 2}], "team")
