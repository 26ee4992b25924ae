# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date


def age_on(birth: date, on: date) -> int:
    """Age in whole years, on the day `on`, of someone born on `birth`.

    Someone born on 29 February has their birthday on 1 March in non-leap years.
    Raises ValueError if `on` is before `birth`.
    """
    if on <= birth:
        raise ValueError("on must not be before the birth date")
    age = on.year - birth.year
    birthday = birth.replace(year=on.year)
    if on < birthday:
        age -= 1
    return age
