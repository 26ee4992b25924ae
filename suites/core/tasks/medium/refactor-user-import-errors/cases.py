# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def clean_rows(m):
    return m.import_users([
        {"name": " Ada ", "age": "36", "email": " Ada@Example.org "},
        {"name": "Linus", "age": 54},
        {"name": "Grace", "age": " 85 ", "email": ""},
    ])


@case()
def every_error_kind(m):
    return m.import_users([
        {"age": 30}, {"name": "   ", "age": 30}, {"name": "Bo", "age": "thirty"}, {"name": "Cy", "age": 151},
        {"name": "Di", "age": -1}, {"name": "Ed", "age": 20, "email": "ed.example.org"}, {"name": "Fa", "age": 20},
        {"name": "FA", "age": 21}, {"name": "Gu"}, {"name": "Ha", "age": "old", "email": "nope"},
    ])


@case("edge")
def strange_types(m):
    return m.import_users([
        None, ["name", "x"], "just a string", {"name": 42, "age": 1}, {"name": "Hy", "age": True},
        {"name": "Io", "age": 3.9}, {"name": "Jo", "age": None}, {"name": "Ka", "age": "4.5"},
        {"name": "Lu", "age": 5, "email": 12}, {"name": "Mo", "age": 5, "email": None}, {"name": "Ny", "age": b"7"},
    ])


@case("edge")
def email_shapes(m):
    emails = ["a@b", "@b", "a@", "a@@b", "a@b@c", "  ", "UPPER@X.IO", "x y@z"]
    return m.import_users([{"name": f"user{i}", "age": 1, "email": e} for i, e in enumerate(emails)])


@case("edge")
def boundaries_and_duplicates_after_errors(m):
    return m.import_users([
        {"name": "Zed", "age": 0}, {"name": "Old", "age": 150}, {"name": "zed", "age": "x"},
        {"name": "ZED", "age": 5}, {"name": "Ünï", "age": 1}, {"name": "üNÏ", "age": 2},
    ])


@case("edge")
def empty(m):
    return m.import_users([])
