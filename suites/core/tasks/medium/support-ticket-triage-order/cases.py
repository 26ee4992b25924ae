# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random
from datetime import date

from pyarena_cases import case


def t(id, priority, due=None, votes=None):
    ticket = {"id": id, "priority": priority, "due": due}
    if votes is not None:
        ticket["votes"] = votes
    return ticket


@case()
def priorities_only(m):
    return m.triage_order([t("A", "low"), t("B", "critical"), t("C", "normal"), t("D", "high")])


@case()
def due_dates_within_priority(m):
    return m.triage_order([
        t("A", "high", date(2024, 6, 3)), t("B", "high"), t("C", "high", date(2024, 5, 30)),
        t("D", "normal", date(2024, 5, 1)), t("E", "high", date(2024, 6, 1)),
    ])


@case()
def votes_break_due_ties(m):
    d = date(2024, 6, 1)
    return m.triage_order([t("A", "normal", d, 2), t("B", "normal", d, 10), t("C", "normal", d), t("D", "normal", d, 5)])


@case("edge")
def ties_keep_input_order(m):
    d = date(2024, 6, 1)
    return m.triage_order([t("A", "low", d, 3), t("B", "low", d, 3), t("C", "Low ", d, 3), t("D", "low"), t("E", "low"),
                           t("F", "low", None, 0), t("G", "low", d, 3)])


@case("edge")
def missing_due_goes_last_even_with_votes(m):
    return m.triage_order([t("A", "critical", None, 99), t("B", "critical", date(2030, 1, 1), 0),
                           t("C", "critical", None, 100)])


@case("edge")
def messy_priority_spelling(m):
    return m.triage_order([t("A", " LOW"), t("B", "Normal"), t("C", "HIGH\t"), t("D", "cRiTiCaL")])


@case("edge")
def empty_and_single(m):
    return [m.triage_order([]), m.triage_order([t("solo", "normal")])]


@case("edge")
def input_not_modified(m):
    tickets = [t("A", " Low", date(2024, 1, 2)), t("B", "HIGH")]
    snapshot = [dict(x) for x in tickets]
    m.triage_order(tickets)
    return tickets == snapshot, [x["id"] for x in tickets]


@case("error-handling")
def unknown_priority(m):
    return m.triage_order([t("A", "high"), t("B", "urgent")])


@case()
def random_queue(m):
    rng = random.Random(7)
    names = ["critical", "High", "normal ", "LOW"]
    tickets = []
    for i in range(300):
        due = None if rng.random() < 0.3 else date(2024, rng.randrange(1, 4), rng.randrange(1, 4))
        tickets.append(t(f"T{i}", rng.choice(names), due, rng.choice([None, 0, 1, 2])))
    return m.triage_order(tickets)
