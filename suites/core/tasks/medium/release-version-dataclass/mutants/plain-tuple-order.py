# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
from dataclasses import dataclass, field

_PATTERN = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z.-]+))?")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: tuple = ()
    build: str = field(default="", compare=False)

    def __post_init__(self):
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(name)
        object.__setattr__(self, "prerelease", tuple(self.prerelease))

    @classmethod
    def parse(cls, text):
        m = _PATTERN.fullmatch(text)
        if not m:
            raise ValueError(text)
        pre = []
        if m.group(4):
            for p in m.group(4).split("."):
                if p.isdigit():
                    if len(p) > 1 and p.startswith("0"):
                        raise ValueError(p)
                    pre.append(int(p))
                else:
                    pre.append(p)
        return cls(int(m.group(1)), int(m.group(2)), int(m.group(3)), tuple(pre), m.group(5) or "")

    def bump(self, part):
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(part)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            s += "-" + ".".join(map(str, self.prerelease))
        if self.build:
            s += "+" + self.build
        return s
