# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A frozen release version with semantic-versioning order."""
import re
from dataclasses import dataclass, field

_NUMBER = r"0|[1-9][0-9]*"
_IDENT = r"[0-9A-Za-z-]+"
_PATTERN = re.compile(
    rf"({_NUMBER})\.({_NUMBER})\.({_NUMBER})(?:-({_IDENT}(?:\.{_IDENT})*))?(?:\+([0-9A-Za-z.-]+))?"
)


def _identifier_key(identifier: int | str) -> tuple[int, int, str]:
    """Numbers sort before strings; numbers numerically, strings in ASCII order."""
    return (0, 0, str(identifier))


@dataclass(frozen=True, order=True)
class Version:
    _key: tuple = field(init=False, repr=False)
    major: int = field(compare=False)
    minor: int = field(compare=False)
    patch: int = field(compare=False)
    prerelease: tuple[int | str, ...] = field(default=(), compare=False)
    build: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a non-negative int, got {value!r}")
        prerelease = tuple(self.prerelease)
        object.__setattr__(self, "prerelease", prerelease)
        # A release (no prerelease) sorts after every prerelease of the same version.
        pre_key = (0, tuple(_identifier_key(i) for i in prerelease)) if prerelease else (1, ())
        object.__setattr__(self, "_key", (self.major, self.minor, self.patch, pre_key))

    @classmethod
    def parse(cls, text: str) -> "Version":
        match = _PATTERN.fullmatch(text)
        if match is None:
            raise ValueError(f"not a version: {text!r}")
        major, minor, patch, pre, build = match.groups()
        identifiers: list[int | str] = []
        for part in pre.split(".") if pre else []:
            if part.isdigit():
                if len(part) > 1 and part[0] == "0":
                    raise ValueError(f"leading zero in {part!r}")
                identifiers.append(int(part))
            else:
                identifiers.append(part)
        return cls(int(major), int(minor), int(patch), tuple(identifiers), build or "")

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}")

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(str(i) for i in self.prerelease)
        if self.build:
            text += "+" + self.build
        return text
