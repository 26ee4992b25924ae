# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from dataclasses import dataclass, field


@dataclass(eq=True)
class Employee:
    """An employee record. Sorted by department, then highest salary first, then name."""

    name: str
    department: str
    salary: int
    skills: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.salary, int):
            raise ValueError("salary must be an int")
        if self.salary < 0:
            raise ValueError("salary must not be negative")
        self.name = self.name.strip()
        self.skills = list(self.skills)

    def _sort_key(self) -> tuple[str, int, str]:
        return (self.department, -self.salary, self.name)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Employee):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Employee):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Employee):
            return NotImplemented
        return self < other or self == other

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Employee):
            return NotImplemented
        return self > other or self == other

    def give_raise(self, percent: int) -> int:
        """Raise the salary by `percent` percent, rounding the raise down; return the new salary."""
        if percent < 0:
            raise ValueError("percent must not be negative")
        self.salary += self.salary * percent // 100
        return self.salary

    def add_skill(self, skill: str) -> bool:
        """Add a skill unless it is already listed (ignoring case); return whether it was added."""
        if any(existing.lower() == skill.lower() for existing in self.skills):
            return False
        self.skills.append(skill)
        return True
