# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def p(first, last, years, dept="__missing__"):
    person = {"first": first, "last": last, "years": years}
    if dept != "__missing__":
        person["dept"] = dept
    return person


@case()
def small_company(m):
    return m.directory_order([
        p("Ada", "Lovelace", 3, "Engineering"), p("Grace", "Hopper", 9, "Engineering"),
        p("Tim", "Cook", 2, "Sales"), p("Ken", "Thompson", 9, "Engineering"), p("Mary", "Jackson", 5, "Finance"),
    ])


@case("edge")
def departments_ignore_case(m):
    return m.directory_order([p("A", "One", 1, "sales"), p("B", "Two", 1, "Finance"), p("C", "Three", 1, "SALES"),
                              p("D", "Four", 2, "finance")])


@case("edge")
def missing_departments_last(m):
    return m.directory_order([p("No", "Key", 10), p("Has", "Dept", 1, "Ops"), p("Empty", "String", 20, ""),
                              p("None", "Value", 5, None), p("Also", "Ops", 3, "ops")])


@case("edge")
def names_ignore_case(m):
    return m.directory_order([p("zoe", "adams", 4, "HR"), p("Bob", "Adams", 4, "HR"), p("alice", "ADAMS", 4, "HR"),
                              p("Carl", "baker", 4, "HR")])


@case("edge")
def full_ties_keep_input_order(m):
    return m.directory_order([p("Sam", "Lee", 2, "IT"), p("sam", "lee", 2, "it"), p("SAM", "LEE", 2, "It"),
                              p("Sam", "Lee", 2)])


@case("edge")
def lower_not_casefold(m):
    return m.directory_order([p("Anna", "Straße", 1, "Legal"), p("Zoe", "Strasse", 1, "Legal"),
                              p("Ömer", "Öz", 1, "Legal"), p("Otto", "Oz", 1, "Legal")])


@case("edge")
def empty_and_negative_years(m):
    return [m.directory_order([]), m.directory_order([p("New", "Hire", 0, "X"), p("Time", "Traveller", -1, "X")])]


@case()
def random_company(m):
    rng = random.Random(7)
    depts = ["Sales", "sales", "Engineering", "HR", "", None, "__missing__"]
    firsts = ["Ann", "ann", "Ben", "Cara", "Dev"]
    lasts = ["Ng", "ng", "Olsen", "Park", "Quinn"]
    people = [p(rng.choice(firsts), rng.choice(lasts), rng.randrange(0, 4), rng.choice(depts)) for _ in range(150)]
    return m.directory_order(people)
