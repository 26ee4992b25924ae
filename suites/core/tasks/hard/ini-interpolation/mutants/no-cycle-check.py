# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

_TOKEN = re.compile(r"\$\$|\$\{([^}]*)\}|\$\{")


def parse_ini(text: str) -> dict[str, dict[str, str]]:
    """Parse sections and keys, then resolve ${key} / ${section:key} references (memoised)."""
    raw: dict[str, dict[str, str]] = {}
    section: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            name = stripped[1:-1].strip()
            if not name:
                raise ValueError(f"line {number}: empty section name")
            section = raw.setdefault(name, {})
            continue
        key, sep, value = stripped.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"line {number}: expected 'key = value'")
        if section is None:
            raise ValueError(f"line {number}: key outside of any section")
        section[key] = value.strip()

    resolved: dict[tuple[str, str], str] = {}
    in_progress: set[tuple[str, str]] = set()

    def resolve(sec: str, key: str) -> str:
        ref = (sec, key)
        if ref in resolved:
            return resolved[ref]
        if sec not in raw or key not in raw[sec]:
            raise KeyError(f"{sec}:{key}")
        in_progress.add(ref)

        def substitute(match: re.Match) -> str:
            token = match.group(0)
            if token == "$$":
                return "$"
            if match.group(1) is None:
                raise ValueError(f"unterminated reference in {sec}:{key}")
            target_sec, colon, target_key = match.group(1).rpartition(":")
            return resolve(target_sec if colon else sec, target_key)

        value = _TOKEN.sub(substitute, raw[sec][key])
        in_progress.discard(ref)
        resolved[ref] = value
        return value

    return {sec: {key: resolve(sec, key) for key in keys} for sec, keys in raw.items()}
