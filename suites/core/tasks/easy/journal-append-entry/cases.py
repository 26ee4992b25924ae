# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile
from datetime import date

from pyarena_cases import case


def journal(initial=None):
    path = os.path.join(tempfile.mkdtemp(), "journal.txt")
    if initial is not None:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(initial)
    return path


def contents(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@case()
def creates_new_file(m):
    path = journal()
    count = m.append_entry(path, date(2024, 5, 2), "fixed the login bug")
    return count, contents(path)


@case()
def appends_several(m):
    path = journal("2024-05-01 | kickoff meeting\n")
    counts = [
        m.append_entry(path, date(2024, 5, 2), "  reviewed PR #41  "),
        m.append_entry(path, date(2024, 5, 3), "deployed 1.4.0"),
    ]
    return counts, contents(path)


@case("edge")
def missing_trailing_newline(m):
    path = journal("2024-05-01 | kickoff meeting\n2024-05-02 | hand-edited line")
    count = m.append_entry(path, date(2024, 5, 3), "deployed")
    return count, contents(path)


@case("edge")
def existing_empty_file(m):
    path = journal("")
    return m.append_entry(path, date(2023, 12, 31), "year end"), contents(path)


@case("edge")
def blank_lines_count(m):
    path = journal("\n\n2024-01-01 | new year\n\n")
    return m.append_entry(path, date(2024, 1, 2), "back to work"), contents(path)


@case("edge")
def unicode_text(m):
    path = journal()
    return m.append_entry(path, date(2024, 2, 29), "Überprüfung der Änderungen ✔"), contents(path)


@case("error-handling")
def blank_text(m):
    return m.append_entry(journal(), date(2024, 5, 2), "   ")


@case("error-handling")
def rejected_entry_leaves_file_alone(m):
    new_path = journal()
    old_path = journal("2024-05-01 | kickoff")
    errors = []
    for path, text in [(new_path, "two\nlines"), (old_path, "carriage\rreturn"), (old_path, "\t")]:
        try:
            m.append_entry(path, date(2024, 5, 2), text)
        except ValueError:
            errors.append("ValueError")
    return errors, contents(new_path), contents(old_path)
