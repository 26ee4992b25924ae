# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def log(lines):
    path = os.path.join(tempfile.mkdtemp(), "service.log")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


@case()
def a_morning_of_errors(m):
    return m.errors_per_hour(log([
        "2024-04-02 08:05:00 INFO service up",
        "2024-04-02 08:10:12 ERROR db timeout",
        "2024-04-02 08:59:59 ERROR db timeout",
        "2024-04-02 09:00:00 ERROR cache miss storm",
        "2024-04-02 11:30:00 WARNING slow request",
        "2024-04-02 11:45:00 ERROR db timeout",
    ]))


@case("edge")
def gap_across_midnight(m):
    return m.errors_per_hour(log([
        "2024-12-31 22:15:00 ERROR a",
        "2025-01-01 01:00:00 ERROR b",
    ]))


@case("edge")
def unsorted_lines_and_single_hour(m):
    return m.errors_per_hour(log([
        "2024-04-02 10:40:00 ERROR late",
        "2024-04-02 10:01:00 ERROR early",
    ]))


@case("edge")
def lines_that_do_not_count(m):
    return m.errors_per_hour(log([
        "",
        "   ",
        "2024-04-02 10:00:00 error lower case",
        "2024-04-02 10:00:00  ERROR two spaces",
        "2024-04-02\t10:00:00 ERROR tab",
        "2024-04-02 10:00:00 ERRORS plural",
        "ERROR",
        "   2024-04-02 12:00:00 ERROR indented",
        "2024-04-02 13:00:00 ERROR trailing spaces   ",
    ]))


@case("edge")
def no_errors(m):
    return m.errors_per_hour(log(["2024-04-02 10:00:00 INFO fine"]))


@case("error-handling")
def malformed_error_timestamp(m):
    return m.errors_per_hour(log(["2024-04-02 10:00:00 ERROR ok", "2024-04-31 10:00:00 ERROR bad date"]))


@case("edge")
def malformed_timestamp_on_other_levels_is_ignored(m):
    return m.errors_per_hour(log(["yesterday noon INFO hi", "2024-04-02 10:00:00 ERROR ok"]))


@case("error-handling")
def malformed_error_minutes(m):
    return m.errors_per_hour(log(["2024-04-02 10:61:00 ERROR minute 61", "2024-04-02 11:00:00 ERROR ok"]))
