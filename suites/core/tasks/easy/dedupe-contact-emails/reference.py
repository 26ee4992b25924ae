# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def dedupe_emails(entries: list[str]) -> list[str]:
    """Unique addresses (case-insensitive) in order of first appearance, as first written."""
    seen: set[str] = set()
    unique: list[str] = []
    for entry in entries:
        for piece in re.split(r"[,;]", entry):
            address = piece.strip()
            key = address.lower()
            if address and key not in seen:
                seen.add(key)
                unique.append(address)
    return unique
