# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from dataclasses import dataclass, field
from functools import total_ordering


@total_ordering
@dataclass
class Employee:
    name: str
    department: str
    salary: int
    skills: list = field(default_factory=list)

    def __post_init__(self):
        if type(self.salary) is not int:
            raise ValueError("salary must be an int")
        if self.salary < 0:
            raise ValueError("salary must not be negative")
        self.name = self.name.strip()
        self.skills = list(self.skills)

    def __lt__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return (self.department, -self.salary, self.name) < (other.department, -other.salary, other.name)

    def give_raise(self, percent):
        if percent < 0:
            raise ValueError("percent must not be negative")
        self.salary += self.salary * percent // 100
        return self.salary

    def add_skill(self, skill):
        if skill.lower() in (s.lower() for s in self.skills):
            return False
        self.skills.append(skill)
        return True
