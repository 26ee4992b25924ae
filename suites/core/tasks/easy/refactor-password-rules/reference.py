# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import string

MIN_LENGTH = 10
MAX_LENGTH = 64


def check_password(pw: str, username: str) -> list[str]:
    """Messages for every password rule that ``pw`` breaks (empty list if none).

    Letter and digit classes are ASCII only; any other character except a space
    counts as a symbol.
    """
    errors = []
    if len(pw) < MIN_LENGTH:
        errors.append(f"must be at least {MIN_LENGTH} characters")
    if len(pw) > MAX_LENGTH:
        errors.append(f"must be at most {MAX_LENGTH} characters")
    classes = [
        ("needs an upper-case letter", lambda c: c in string.ascii_uppercase),
        ("needs a lower-case letter", lambda c: c in string.ascii_lowercase),
        ("needs a digit", lambda c: c in string.digits),
        ("needs a symbol", lambda c: c not in string.ascii_letters + string.digits + " "),
    ]
    errors += [message for message, matches in classes if not any(map(matches, pw))]
    if username and username.lower() in pw.lower():
        errors.append("must not contain the username")
    return errors
