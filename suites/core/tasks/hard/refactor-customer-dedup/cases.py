# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def rec(i, emails=(), phones=()):
    return {"id": i, "emails": list(emails), "phones": list(phones)}


@case()
def shared_email_and_phone_chain(m):
    records = [
        rec(1, ["ann@example.com"], ["+44 20 7946 0018"]),
        rec(2, ["ANN@example.com "], []),
        rec(3, ["bob@example.com"], ["020 7946 0018"]),
        rec(4, ["carol@example.com"], ["555-0199"]),
        rec(5, [], ["(555) 0199"]),
    ]
    return m.merge_customers(records)


@case()
def transitive_through_later_record(m):
    records = [rec(10, ["a@x.io"]), rec(11, ["b@x.io"]), rec(12, ["c@x.io"]), rec(13, ["a@x.io", "c@x.io"]),
               rec(14, ["b@x.io", "c@x.io"])]
    return m.merge_customers(records)


@case("edge")
def short_and_empty_identifiers_ignored(m):
    records = [rec(1, ["", "  "], ["12345"]), rec(2, [""], ["123-45"]), rec(3, [], ["1234567"]),
               rec(4, [], ["+1 123 4567"])]
    return m.merge_customers(records)


@case("edge")
def phone_suffix_matching(m):
    records = [rec(7, [], ["0044 1234 567 890"]), rec(3, [], ["234567890"]), rec(5, [], ["1 234 567 891"])]
    return m.merge_customers(records)


@case("edge")
def ids_not_in_order(m):
    records = [rec(50, ["z@z.z"]), rec(8, ["y@y.y"]), rec(30, ["y@y.y"]), rec(2, ["z@z.z"]), rec(99), rec(1, ["n@n.n"])]
    return m.merge_customers(records)


@case("edge")
def empty(m):
    return m.merge_customers([])


@case("edge")
def email_and_phone_namespaces_separate(m):
    return m.merge_customers([rec(1, ["550199123"]), rec(2, [], ["555 0199 123"]), rec(3, ["550199123"])])


@case("perf")
def big_crm_export(m):
    rng = random.Random(7)
    records = []
    for i in range(45_000):
        emails = [f"user{rng.randrange(34_000)}@mail.example"] if rng.random() < 0.8 else []
        phones = [f"+1 ({rng.randrange(200, 999)}) {rng.randrange(10**6, 10**7)}"] if rng.random() < 0.2 else []
        if rng.random() < 0.05:
            phones.append(f"{rng.randrange(10**8, 10**9)}")
        records.append(rec(i * 3 + 1, emails, phones))
    groups = m.merge_customers(records)
    return [len(groups), max(len(g) for g in groups), groups[:5], sum(g[0] for g in groups) % 1_000_003]
