# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _directory_key(person: dict) -> tuple[bool, str, int, str, str]:
    dept = person.get("dept")
    return (
        not dept,  # people without a department (missing, None or "") come last
        dept.lower() if dept else "",
        -person["years"],  # longest-serving first
        person["last"].lower(),
        person["first"].lower(),
    )


def directory_order(people: list[dict]) -> list[str]:
    """Names ("First Last") by department, seniority (descending), last name, first name.

    Text comparisons use str.lower(); full ties keep their input order (sorted() is stable).
    """
    return [f"{person['first']} {person['last']}" for person in sorted(people, key=_directory_key)]
