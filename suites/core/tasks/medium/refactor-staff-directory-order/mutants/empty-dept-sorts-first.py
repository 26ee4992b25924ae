# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def directory_order(people):
    def key(person):
        dept = person.get("dept")
        return (dept is None, (dept or "").lower(), -person["years"], person["last"].lower(), person["first"].lower())

    return [f"{x['first']} {x['last']}" for x in sorted(people, key=key)]
