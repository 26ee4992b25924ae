# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Validate a sign-up form, collecting one error per invalid field."""
import string

FIELD_ORDER = ("username", "email", "password", "password_confirm", "age")
USERNAME_CHARS = set(string.ascii_letters + string.digits + "_")


class ValidationError(Exception):
    """Base class of validation failures."""


class FieldError(ValidationError):
    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


class FormErrors(ValidationError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors


def _username(data: dict) -> str:
    value = data["username"]
    if not isinstance(value, str):
        raise FieldError("username", "invalid")
    value = value.strip()
    if len(value) < 3:
        raise FieldError("username", "too_short")
    if len(value) > 20:
        raise FieldError("username", "too_long")
    if not set(value) <= USERNAME_CHARS or value[0].isdigit():
        raise FieldError("username", "invalid")
    return value


def _email(data: dict) -> str:
    value = data["email"]
    if not isinstance(value, str):
        raise FieldError("email", "invalid")
    value = value.strip()
    local, at, domain = value.partition("@")
    if not at or not local or "@" in domain or "." not in domain[1:-1]:
        raise FieldError("email", "invalid")
    return value.lower()


def _password(data: dict, username: str | None) -> str:
    value = data["password"]
    if not isinstance(value, str):
        raise FieldError("password", "invalid")
    if len(value) < 8:
        raise FieldError("password", "too_short")
    if not any(c.isalpha() for c in value) or not any(c.isdigit() for c in value):
        raise FieldError("password", "weak")
    if username is not None and username in value:
        raise FieldError("password", "contains_username")
    return value


def _password_confirm(data: dict) -> None:
    if data["password_confirm"] != data.get("password"):
        raise FieldError("password_confirm", "mismatch")


def _age(data: dict) -> int:
    value = data["age"]
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError("age", "invalid")
    if not 13 <= value <= 130:
        raise FieldError("age", "out_of_range")
    return value


def validate_signup(data: dict[str, object]) -> dict[str, object]:
    """Return the cleaned form, or raise FormErrors listing every invalid field."""
    errors: list[FieldError] = []
    cleaned: dict[str, object] = {}
    username: str | None = None
    checks = {
        "username": lambda: _username(data),
        "email": lambda: _email(data),
        "password": lambda: _password(data, username),
        "password_confirm": lambda: _password_confirm(data),
        "age": lambda: _age(data),
    }
    for field in FIELD_ORDER:
        if field not in data:
            if field != "age":
                errors.append(FieldError(field, "required"))
            continue
        try:
            value = checks[field]()
        except FieldError as error:
            errors.append(error)
            continue
        if field == "username":
            username = value
            value = value.lower()
        if field != "password_confirm":
            cleaned[field] = value
    errors.extend(FieldError(field, "unknown") for field in sorted(set(data) - set(FIELD_ORDER)))
    if errors:
        raise FormErrors(errors)
    return cleaned
