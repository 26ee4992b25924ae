# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def dedupe_emails(entries):
    found = {}
    for entry in entries:
        for piece in re.split(r"[,;]", entry):
            address = piece.strip()
            if address:
                found.setdefault(address.lower(), address)
    return sorted(found.values(), key=str.lower)
