# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case

LOG = """2024-05-01T12:00:00 INFO service started
2024-05-01T12:00:01 DEBUG cache warm: 120 keys
  key sample: user:1
2024-05-01T12:00:03 ERROR payment failed
Traceback (most recent call last):
  File "pay.py", line 10, in charge

    raise Declined(code)
Declined: 51
2024-05-01T12:00:04 WARNING retrying in 5s
2024-05-01T12:00:09 CRITICAL giving up
""".splitlines(keepends=True)


class Source:
    def __init__(self, items):
        self._it = iter(items)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        self.pulled += 1
        return item


@case()
def all_records(m):
    return list(m.log_records(LOG))


@case()
def warning_and_above(m):
    return list(m.log_records(LOG, "WARNING"))


@case()
def error_and_above_drops_debug_continuations(m):
    return list(m.log_records(LOG, "ERROR"))


@case()
def info_drops_debug_with_its_continuation(m):
    return list(m.log_records(LOG, "INFO"))


@case("edge")
def orphan_lines_and_crlf(m):
    lines = ["garbage before\r\n", "   \r\n", "2024-01-02T03:04:05 INFO  two  spaces  \r\n",
             "\tindented detail   \r\n", "2024-01-02T03:04:06 ERROR", "2024-01-02T03:04:07 NOTICE not a level"]
    return list(m.log_records(lines))


@case("edge")
def empty_and_no_headers(m):
    return [list(m.log_records([])), list(m.log_records(["just text", "  more"]))]


@case("edge")
def header_lookalikes_are_continuations(m):
    lines = ["2024-05-01T12:00:00 INFO a", "2024-05-01 12:00:01 ERROR spaced date",
             "2024-05-01T12:00:02 error lower case", "x 2024-05-01T12:00:03 INFO prefixed",
             "2024-05-01T12:00:04 INFOS glued"]
    return list(m.log_records(lines))


@case("edge")
def streams_without_reading_ahead(m):
    source = Source(LOG)
    records = m.log_records(source, "DEBUG")
    seen = []
    for _ in range(3):
        record = next(records)
        seen.append([record[1], source.pulled])
    return seen


@case("edge")
def works_on_a_generator(m):
    def lines():
        for i in range(5):
            yield f"2024-05-01T12:00:0{i} {'DEBUG' if i % 2 else 'INFO'} event {i}\n"
            yield f"  detail {i}\n"
    return list(m.log_records(lines(), "INFO"))


@case("error-handling")
def unknown_min_level(m):
    return list(m.log_records(LOG, "VERBOSE"))
