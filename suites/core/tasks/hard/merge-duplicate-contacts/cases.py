# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def rec(id_, emails=(), phones=()):
    return {"id": id_, "emails": list(emails), "phones": list(phones)}


@case()
def chain_through_email_and_phone(m):
    return m.merge_contacts([
        rec("c3", ["ann@example.com"]),
        rec("c1", ["ann.work@corp.io"], ["+1 (555) 010-2000"]),
        rec("c2", ["ANN@example.com ", "ann.work@corp.io"]),
        rec("c4", ["bob@example.com"], ["555-0199"]),
    ])


@case()
def bridge_record_joins_two_groups(m):
    return m.merge_contacts([
        rec("a", ["x@a.com"]), rec("b", ["x@a.com"]),
        rec("c", ["y@b.com"]), rec("d", ["y@b.com"], ["0101"]),
        rec("e", [], ["01-01"]), rec("f", ["z@c.com"]),
        rec("g", ["z@c.com", "x@a.com"]),
    ])


@case("edge")
def phones_compare_by_digits(m):
    return m.merge_contacts([
        rec("p1", [], ["+44 20 7946 0018"]), rec("p2", [], ["442079460018"]),
        rec("p3", [], ["ext.", "  "]), rec("p4", [], ["n/a"]), rec("p5", ["", "   "], ["(44) 2079-460018"]),
    ])


@case("edge")
def email_and_phone_with_same_text_do_not_match(m):
    return m.merge_contacts([rec("r1", ["12345@x"], ["12345"]), rec("r2", ["12345"]), rec("r3", [], ["1-2-3-4-5"])])


@case("edge")
def missing_keys_and_empty_input(m):
    return [m.merge_contacts([]), m.merge_contacts([{"id": "solo"}, {"id": "dup", "emails": ["a@b.c"]},
                                                    {"id": "also", "phones": []}])]


@case("edge")
def unicode_emails_and_duplicates_inside_record(m):
    return m.merge_contacts([
        rec("u2", ["ÉMILE@exemple.fr", "émile@exemple.fr"], ["1", "1"]),
        rec("u1", ["Émile@Exemple.FR"]),
        rec("u10", [], ["+1"]),
    ])


@case("error-handling")
def duplicate_ids(m):
    return m.merge_contacts([rec("x", ["a@b.c"]), rec("y"), rec("x", ["d@e.f"])])


@case("perf")
def big_import(m):
    rng = random.Random(7)
    records = []
    for i in range(16_000):
        emails = [f"user{rng.randrange(21_000)}@mail.test" for _ in range(rng.randint(0, 2))]
        phones = [f"+1 555 {rng.randrange(21_000):05d}" for _ in range(rng.randint(0, 1))]
        records.append(rec(f"r{i:05d}", emails, phones))
    rng.shuffle(records)
    people = m.merge_contacts(records)
    sizes = sorted((len(p["ids"]) for p in people), reverse=True)
    small = [p for p in people if len(p["ids"]) < 6]
    return len(people), sizes[:10], small[:4], small[-2:], sum(len(p["emails"]) + len(p["phones"]) for p in people)
