# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def normalize_phone(raw: str) -> str:
    """Validate a US phone number and format it as +1-AAA-EEE-SSSS."""
    text = raw.strip()
    if not re.fullmatch(r"\+?[\d ().-]*", text):
        raise ValueError(f"unexpected characters in {raw!r}")
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or len(digits) == 11:
        if len(digits) != 11 or digits[0] != "1":
            raise ValueError(f"not a US number: {raw!r}")
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError(f"wrong number of digits in {raw!r}")
    if digits[0] in "01" or digits[3] in "01":
        raise ValueError(f"invalid area code or exchange in {raw!r}")
    return f"+1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
