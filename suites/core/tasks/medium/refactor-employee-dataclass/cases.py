# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def staff(m):
    return [m.Employee("  Zoë ", "ops", 5200), m.Employee("Ann", "dev", 6100, ["python"]),
            m.Employee("Bob", "dev", 6100), m.Employee("Cid", "dev", 7000, ("go", "sql")),
            m.Employee("Abe", "ops", 5200), m.Employee("Dee", "sales", 4000)]


@case()
def repr_and_fields(m):
    return [repr(e) for e in staff(m)]


@case()
def sort_order(m):
    return [e.name for e in sorted(staff(m))]


@case()
def comparison_operators(m):
    ann, bob, cid = staff(m)[1:4]
    twin = m.Employee("Ann", "dev", 6100, ["python"])
    return [ann < bob, ann > bob, ann <= twin, ann >= twin, ann < twin, cid < ann, cid >= ann,
            bob <= ann, m.Employee("Ann", "dev", 6100) <= ann, m.Employee("Ann", "dev", 6100) >= ann]


@case()
def equality(m):
    a = m.Employee("Ann", "dev", 6100, ["python"])
    return [a == m.Employee(" Ann", "dev", 6100, ["python"]), a == m.Employee("Ann", "dev", 6100),
            a != m.Employee("Ann", "ops", 6100, ["python"]), a == ("Ann", "dev", 6100), a != "Ann"]


@case("error-handling")
def ordering_against_other_types(m):
    return m.Employee("Ann", "dev", 1) < ("Ann", "dev", 1)


@case("error-handling")
def unhashable(m):
    return hash(m.Employee("Ann", "dev", 1))


@case("edge")
def skills_are_copied(m):
    skills = ["python"]
    a = m.Employee("Ann", "dev", 1, skills)
    skills.append("cobol")
    b = m.Employee("Bob", "dev", 1)
    c = m.Employee("Cid", "dev", 1)
    b.add_skill("rust")
    return [a.skills, b.skills, c.skills]


@case()
def raises(m):
    e = m.Employee("Ann", "dev", 2900)
    out = [e.give_raise(7), e.give_raise(0), e.give_raise(33), e.salary]
    z = m.Employee("Zed", "dev", 0)
    out.append(z.give_raise(50))
    out.append(m.Employee("Yan", "dev", 1420).give_raise(15))
    return out


@case()
def skills(m):
    e = m.Employee("Ann", "dev", 1, ["Python"])
    return [e.add_skill("python"), e.add_skill("SQL"), e.add_skill("sql"), e.add_skill("Straße"), e.add_skill("STRASSE"), e.skills]


@case("error-handling")
def invalid_salaries(m):
    out = []
    for salary in [-1, 10.0, True, "100"]:
        try:
            m.Employee("X", "dev", salary)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case("error-handling")
def negative_raise(m):
    return m.Employee("Ann", "dev", 100).give_raise(-5)
