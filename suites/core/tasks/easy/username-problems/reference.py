# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

RESERVED = {"admin", "root", "support", "system"}


def username_problems(name: str) -> list[str]:
    """Codes of every username rule that name breaks, in a fixed order."""
    checks = [
        ("too-short", len(name) < 3),
        ("too-long", len(name) > 20),
        ("bad-start", bool(name) and not ("a" <= name[0] <= "z")),
        ("bad-chars", re.search(r"[^a-z0-9_.]", name) is not None),
        ("bad-end", name.endswith(("_", "."))),
        ("double-separator", re.search(r"[_.]{2}", name) is not None),
        ("reserved", name.lower() in RESERVED),
    ]
    return [code for code, broken in checks if broken]
