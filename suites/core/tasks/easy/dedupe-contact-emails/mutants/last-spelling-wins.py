# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def dedupe_emails(entries):
    by_key = {}
    for entry in entries:
        for piece in re.split(r"[,;]", entry):
            address = piece.strip()
            if address:
                by_key[address.lower()] = address
    return list(by_key.values())
