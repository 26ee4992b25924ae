# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import string


def check_password(pw, username):
    errors = []
    if len(pw) < 10:
        errors.append("must be at least 10 characters")
    if len(pw) > 64:
        errors.append("must be at most 64 characters")
    if not any(c in string.ascii_uppercase for c in pw):
        errors.append("needs an upper-case letter")
    if not any(c in string.ascii_lowercase for c in pw):
        errors.append("needs a lower-case letter")
    if not any(c in string.digits for c in pw):
        errors.append("needs a digit")
    if not any(c not in string.ascii_letters + string.digits + " " for c in pw):
        errors.append("needs a symbol")
    if username and username in pw:
        errors.append("must not contain the username")
    return errors
