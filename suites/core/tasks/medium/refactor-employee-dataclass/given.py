# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class Employee:
    def __init__(self, name, department, salary, skills=None):
        if type(salary) != int:
            raise ValueError("salary must be an int")
        if salary < 0:
            raise ValueError("salary must not be negative")
        self.name = name.strip()
        self.department = department
        self.salary = salary
        if skills is None:
            self.skills = []
        else:
            self.skills = []
            for s in skills:
                self.skills.append(s)

    def __repr__(self):
        return "Employee(name=" + repr(self.name) + ", department=" + repr(self.department) + ", salary=" + repr(self.salary) + ", skills=" + repr(self.skills) + ")"

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self.name == other.name and self.department == other.department and self.salary == other.salary and self.skills == other.skills
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        if self.department != other.department:
            return self.department < other.department
        if self.salary != other.salary:
            return self.salary > other.salary
        return self.name < other.name

    def __gt__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        if self.department != other.department:
            return self.department > other.department
        if self.salary != other.salary:
            return self.salary < other.salary
        return self.name > other.name

    def __le__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return self < other or self == other

    def __ge__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return self > other or self == other

    def give_raise(self, percent):
        if percent < 0:
            raise ValueError("percent must not be negative")
        self.salary = self.salary + self.salary * percent // 100
        return self.salary

    def add_skill(self, skill):
        found = False
        for s in self.skills:
            if s.lower() == skill.lower():
                found = True
        if not found:
            self.skills.append(skill)
        return not found
