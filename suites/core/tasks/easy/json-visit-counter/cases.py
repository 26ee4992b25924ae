# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import json
import os
import tempfile

from pyarena_cases import case


def counter_file(initial=None):
    path = os.path.join(tempfile.mkdtemp(), "visits.json")
    if initial is not None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(initial)
    return path


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def raw(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


@case()
def existing_page(m):
    path = counter_file('{"/": 12, "/about": 3}')
    return m.record_visit(path, "/about"), load(path)


@case()
def new_page_and_repeats(m):
    path = counter_file('{"/": 1}')
    results = [m.record_visit(path, "/blog"), m.record_visit(path, "/blog"), m.record_visit(path, "/")]
    return results, load(path)


@case("edge")
def missing_file(m):
    path = counter_file()
    return m.record_visit(path, "/"), load(path)


@case("edge")
def empty_and_whitespace_files(m):
    first = counter_file("")
    second = counter_file("  \n\t ")
    return m.record_visit(first, "/a"), m.record_visit(second, "/b"), load(first), load(second)


@case("edge")
def unicode_page(m):
    path = counter_file('{"/caf\\u00e9": 4}')
    return m.record_visit(path, "/café"), m.record_visit(path, "/日本"), load(path)


@case("edge")
def other_values_untouched(m):
    path = counter_file('{"/x": true, "/y": 2.5, "/z": 7}')
    return m.record_visit(path, "/z"), load(path)


@case("error-handling")
def not_an_object(m):
    return m.record_visit(counter_file('[["/", 3]]'), "/")


@case("error-handling")
def invalid_json(m):
    return m.record_visit(counter_file('{"/": 3,'), "/")


@case("error-handling")
def bad_counts_leave_file_unchanged(m):
    original = '{"/flag": true, "/float": 2.0, "/text": "5"}'
    path = counter_file(original)
    errors = []
    for page in ["/flag", "/float", "/text"]:
        try:
            m.record_visit(path, page)
        except ValueError:
            errors.append(page)
    return errors, raw(path) == original
