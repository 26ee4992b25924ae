# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def dedupe_emails(entries):
    result = []
    for entry in entries:
        for piece in re.split(r"[,;]", entry):
            address = piece.strip().lower()
            if address and address not in result:
                result.append(address)
    return result
