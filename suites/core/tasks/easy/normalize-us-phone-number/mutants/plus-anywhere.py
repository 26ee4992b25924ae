# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def normalize_phone(raw):
    text = raw.strip()
    if not re.fullmatch(r"[\d\s().+-]*", text):
        raise ValueError("unexpected characters")
    digits = re.sub(r"\D", "", text)
    if "+" in text or len(digits) == 11:
        if len(digits) != 11 or digits[0] != "1":
            raise ValueError("not a US number")
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError("wrong number of digits")
    if digits[0] in "01" or digits[3] in "01":
        raise ValueError("invalid area code or exchange")
    return f"+1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
