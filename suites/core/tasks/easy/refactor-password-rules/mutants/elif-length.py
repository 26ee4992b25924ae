# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import string

MIN_LENGTH = 10
MAX_LENGTH = 64


def check_password(pw, username):
    errors = []
    if not MIN_LENGTH <= len(pw) < MAX_LENGTH:
        errors.append(f"must be at least {MIN_LENGTH} characters" if len(pw) < MIN_LENGTH else f"must be at most {MAX_LENGTH} characters")
    if not any(c in string.ascii_uppercase for c in pw):
        errors.append("needs an upper-case letter")
    if not any(c in string.ascii_lowercase for c in pw):
        errors.append("needs a lower-case letter")
    if not any(c in string.digits for c in pw):
        errors.append("needs a digit")
    if not any(c not in string.ascii_letters + string.digits + " " for c in pw):
        errors.append("needs a symbol")
    if username and username.lower() in pw.lower():
        errors.append("must not contain the username")
    return errors
