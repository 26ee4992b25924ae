# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def directory_order(people):
    def key(person):
        dept = person.get("dept")
        return (not dept, dept.casefold() if dept else "", -person["years"],
                person["last"].casefold(), person["first"].casefold())

    return [f"{x['first']} {x['last']}" for x in sorted(people, key=key)]
