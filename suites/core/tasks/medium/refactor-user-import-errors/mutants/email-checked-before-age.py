# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class RowError(Exception):
    """A row of the import cannot be used; the message says why."""


def _name(row: object) -> str:
    try:
        name = row["name"].strip()  # type: ignore[index]
    except Exception:
        raise RowError("missing name") from None
    if name == "":
        raise RowError("empty name")
    return name


def _age(row: dict) -> int:
    try:
        age = int(row.get("age", ""))
    except Exception:
        raise RowError("bad age") from None
    if not 0 <= age <= 150:
        raise RowError("age out of range")
    return age


def _email(row: dict) -> str | None:
    raw = row.get("email")
    if raw is None:
        return None
    try:
        email = raw.strip().lower()
    except Exception:
        raise RowError("bad email") from None
    if email == "":
        return None
    if email.count("@") != 1 or email.startswith("@") or email.endswith("@"):
        raise RowError("bad email")
    return email


def import_users(rows: list) -> tuple[dict[str, dict], list[str]]:
    """Validate user rows; return users keyed by lower-cased name, and one message per bad row."""
    users: dict[str, dict] = {}
    errors: list[str] = []
    for number, row in enumerate(rows, start=1):
        try:
            name = _name(row)
            email = _email(row)
            age = _age(row)
            if name.lower() in users:
                raise RowError(f"duplicate user {name}")
        except RowError as error:
            errors.append(f"row {number}: {error}")
            continue
        users[name.lower()] = {"name": name, "age": age, "email": email}
    return users, errors
