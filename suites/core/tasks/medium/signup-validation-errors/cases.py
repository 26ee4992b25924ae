# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def errors_of(m, data):
    try:
        return ["valid", m.validate_signup(data)]
    except m.FormErrors as error:
        return [isinstance(error, m.ValidationError),
                [(e.field, e.code, isinstance(e, m.ValidationError)) for e in error.errors]]


def form(**overrides):
    data = {"username": "  Grace_Hopper ", "email": " Grace@Navy.MIL ", "password": "c0b0l-rocks",
            "password_confirm": "c0b0l-rocks"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not ...}


@case()
def valid_form_is_cleaned(m):
    return m.validate_signup(form(age=85))


@case()
def valid_without_age(m):
    return m.validate_signup(form())


@case("error-handling")
def every_error_reported_in_field_order(m):
    data = {"zip": "12345", "age": 9, "password_confirm": "nope", "password": "short",
            "email": "not-an-email", "username": "1abc", "avatar": None}
    return errors_of(m, data)


@case("error-handling")
def empty_form(m):
    return errors_of(m, {})


@case("error-handling")
def username_rules(m):
    out = []
    for name in ["ab", "  ab  ", "a" * 21, "a" * 20, "zoë_1", "ok name", "9lives", "_x_", 42]:
        out.append(errors_of(m, form(username=name, password="Zz9-long-pass", password_confirm="Zz9-long-pass")))
    return out


@case("error-handling")
def email_rules(m):
    emails = ["a@b.co", "@b.co", "a@@b.co", "a@b@c.co", "a@bco", "a@.co", "a@co.", "a@b.c.d", "a@.b.c", "ab.co", 7]
    return [errors_of(m, form(email=e)) for e in emails]


@case("error-handling")
def password_rules(m):
    out = []
    for pw in ["1234567", "abcdefgh", "12345678", "GRACE_HOPPER99", "xgrace_hopper1", "  pass1  ", b"bytes123"]:
        out.append(errors_of(m, form(password=pw, password_confirm=pw)))
    return out


@case("edge")
def password_username_check_skipped_when_username_invalid(m):
    return errors_of(m, form(username="x!", password="x!123456789", password_confirm="x!123456789"))


@case("error-handling")
def confirm_checked_even_when_password_bad(m):
    return [errors_of(m, form(password="short", password_confirm="other")),
            errors_of(m, form(password_confirm=...))]


@case("error-handling")
def age_rules(m):
    return [errors_of(m, form(age=a)) for a in [13, 130, 12, 131, True, "30", 30.0, None]]


@case("error-handling")
def form_errors_propagate(m):
    return m.validate_signup(form(username="no"))
