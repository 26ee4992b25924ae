# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from typing import Any, Optional

from pyarena_cases import case


def attempt(thunk):
    try:
        return thunk()
    except TypeError as exc:
        return type(exc).__name__


def describe(obj):
    return {name: (type(getattr(obj, name)).__name__, getattr(obj, name)) for name in type(obj).__fields__}


def event_models(m):
    class Model(metaclass=m.ModelMeta):
        pass

    class Event(Model):
        name: "str"
        when: "float"
        tags: "list[str]" = []
        owner: "str | None" = None

    return Model, Event


@case()
def positional_and_keyword(m):
    Model, Event = event_models(m)
    a = Event("deploy", 3)
    b = Event(when=2.5, name="rollback", owner="ops", tags=["prod", "eu"])
    c = Event("scale", 1.0, ["x"])
    return [Event.__fields__, Model.__fields__, describe(a), describe(b), describe(c)]


@case()
def mutable_defaults_are_copied(m):
    Model, Event = event_models(m)
    a, b = Event("a", 1), Event("b", 2)
    a.tags.append("changed")
    shared = ["one"]
    c = Event("c", 3, shared)
    shared.append("two")

    class Config(Model):
        options: dict[str, int] = {"retries": 3}
        seen: set = set()

    x, y = Config(), Config()
    x.options["retries"] = 9
    x.seen.add(1)
    return [a.tags, b.tags, Event("d", 4).tags, c.tags, describe(y), x.options, x.seen]


@case()
def inheritance_and_redefinition(m):
    class Base:  # a plain base class with annotations
        id: int
        created: float = 0

    class Entity(Base, metaclass=m.ModelMeta):
        version: int = 1

    class User(Entity):
        email: str = "nobody@example.com"
        version: Optional[int] = None  # re-annotated: keeps its position, new type and default
        created: float = 10

    class Admin(User):
        id: str = "root"  # re-annotated with a default

    return [User.__fields__, describe(User(7)), describe(User(7, 1.5, None, "a@b.c")),
            describe(Admin()), Admin.__fields__, describe(Entity(id=1, version=2)),
            attempt(lambda: User()), attempt(lambda: User("7"))]


@case()
def validation_rules(m):
    class Sample(metaclass=m.ModelMeta):
        count: int = 0
        ratio: float = 0.0
        flag: bool = False
        data: bytes = b""
        anything: Any = None
        matrix: list[list[float]] = []
        index: dict[str, list[int]] = {}
        either: int | str | None = None

    trials = [{"count": True}, {"count": 2.0}, {"count": -5}, {"ratio": True}, {"ratio": 7}, {"ratio": "1.5"},
              {"flag": 1}, {"flag": True}, {"data": "text"}, {"data": b"\xff"}, {"anything": ("any", 1)},
              {"matrix": [[1, 2.5], []]}, {"matrix": [[1, "2"]]}, {"matrix": (1,)}, {"index": {"a": [1, 2]}},
              {"index": {1: [1]}}, {"index": {"a": [True]}}, {"either": "x"}, {"either": 3}, {"either": 3.5},
              {"either": None}]
    out = []
    for kwargs in trials:
        result = attempt(lambda: Sample(**kwargs))
        out.append(result if isinstance(result, str) else describe(result)[next(iter(kwargs))])
    return out


@case("error-handling")
def bad_calls(m):
    Model, Event = event_models(m)
    return [attempt(lambda: Event()), attempt(lambda: Event("a")), attempt(lambda: Event("a", 1, [], None, 5)),
            attempt(lambda: Event("a", 1, colour="red")), attempt(lambda: Event("a", 1, name="b")),
            attempt(lambda: Event("a", None)), attempt(lambda: Event("a", 1, ["ok", 2])),
            attempt(lambda: Event("a", 1, owner=b"me")), attempt(lambda: describe(Event("a", 1, owner=None)))]


@case("error-handling")
def bad_class_definitions(m):
    class Model(metaclass=m.ModelMeta):
        pass

    def order():
        class Bad(Model):
            a: int = 1
            b: int

    def inherited_order():
        class Base(Model):
            a: int = 1

        class Child(Base):
            b: str

    def bad_default():
        class Bad(Model):
            a: int = "one"

    def bad_nested_default():
        class Bad(Model):
            a: list[int] = [1, None]

    def unsupported():
        class Bad(Model):
            a: tuple[int, int] = (1, 2)

    def fixed_by_redefinition():
        class Base(Model):
            a: int = 1

        class Child(Base):
            a: int
            b: str

        return describe(Child(5, "x"))

    return [attempt(f) for f in (order, inherited_order, bad_default, bad_nested_default, unsupported,
                                 fixed_by_redefinition)]


@case("edge")
def custom_init_and_empty(m):
    class Point(metaclass=m.ModelMeta):
        x: float
        y: float

        def __init__(self, text):
            self.x, self.y = (float(part) for part in text.split(","))

    class Empty(metaclass=m.ModelMeta):
        pass

    class Unit(Point):
        pass

    p = Point("1,2")
    return [(p.x, p.y), Empty.__fields__, attempt(lambda: Empty(1)), type(Empty()).__name__,
            Unit.__fields__, describe(Unit(3, 4))]


@case("perf")
def many_instances(m):
    class Base(metaclass=m.ModelMeta):
        id: "int"
        source: "str" = "api"

    class Timestamped(Base):
        created: "float" = 0.0
        updated: "float | None" = None

    class Entity(Timestamped):
        owner: "str | None" = None
        version: "int" = 1
        labels: "dict[str, str]" = {}

    class Order(Entity):
        customer: "str" = ""
        total: "float" = 0.0
        paid: "bool" = False
        lines: "list[int]" = []
        note: "str | None" = None

    checksum = 0.0
    for i in range(80_000):
        order = Order(i, customer="c", total=i % 97)
        checksum += order.total + order.version + len(order.lines)
    return checksum, describe(order)
