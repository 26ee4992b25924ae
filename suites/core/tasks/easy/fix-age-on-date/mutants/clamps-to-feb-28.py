# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def age_on(birth, on):
    if on < birth:
        raise ValueError("on must not be before the birth date")
    age = on.year - birth.year
    try:
        birthday = birth.replace(year=on.year)
    except ValueError:
        birthday = birth.replace(year=on.year, day=28)
    if on < birthday:
        age -= 1
    return age
