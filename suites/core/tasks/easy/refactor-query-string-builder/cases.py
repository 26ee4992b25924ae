# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def search_request(m):
    return m.build_query({"q": "red shoes", "page": 2, "sort": None, "in_stock": True})


@case()
def repeated_keys(m):
    return m.build_query({"tag": ["a", "b c", None, False], "ids": (3, 1, 2)})


@case("edge")
def empty_or_all_none(m):
    return [m.build_query({}), m.build_query({"a": None, "b": [None]}), m.build_query({"x": []})]


@case("edge")
def falsy_values_kept(m):
    return m.build_query({"zero": 0, "empty": "", "off": False, "nothing": None, "fzero": 0.0})


@case("edge")
def reserved_characters_encoded(m):
    return m.build_query({"path": "/a/b?c=d&e#f", "email": "ann+1@x.io", "tilde": "~ok-_."})


@case("edge")
def unicode_values(m):
    return m.build_query({"city": "Zürich", "emoji": "✓", "名前": "値"})


@case("edge")
def keys_encoded_and_sorted(m):
    return m.build_query({"b key": 1, "a&key": 2, "B": 3, "_": 4})


@case("edge")
def non_list_iterables_are_single_values(m):
    return m.build_query({"s": "abc", "r": range(2), "n": 1.5})
