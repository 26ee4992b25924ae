# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(thunk):
    try:
        return thunk()
    except TypeError as exc:
        return type(exc).__name__


def interfaces(m):
    class Closeable(metaclass=m.InterfaceMeta):
        VERSION = 2

        def close(self): ...

        def _internal(self, a, b, c): ...

    class Store(Closeable):
        encoding: str

        def get(self, key, default=None): ...

        def put(self, key, value): ...

    return Closeable, Store


class MemoryStore:
    encoding = "utf-8"

    def get(self, key, default=None):
        return default

    def put(self, key, value, *, ttl=None):
        pass

    def close(self):
        pass


class FileStore:
    def __init__(self):
        self.encoding = "latin-1"  # instance attribute only: not on the class

    def get(self, key, default=None, *, timeout=3.0):
        return default

    def put(self, *args):
        pass

    def close(self, force=False):
        pass


class Broken:
    encoding = None
    get = "not callable"
    close = print  # builtin, not a plain function

    def put(self, key):
        pass


@case()
def basic_conformance(m):
    Closeable, Store = interfaces(m)
    return [isinstance(MemoryStore(), Store), issubclass(MemoryStore, Closeable),
            issubclass(FileStore, Store), issubclass(FileStore, Closeable),
            Store.missing_members(dict), Store.missing_members(MemoryStore),
            Store.missing_members(FileStore), Store.missing_members(Broken),
            Closeable.missing_members(Broken), isinstance(3, Closeable)]


@case()
def interfaces_relate_structurally(m):
    Closeable, Store = interfaces(m)

    class Extended(MemoryStore):
        def flush(self):
            pass

    return [issubclass(Store, Closeable), issubclass(Closeable, Store), Closeable.missing_members(Store),
            Store.missing_members(Closeable), issubclass(Extended, Store), isinstance(Extended(), Closeable),
            type(Store).__name__, Store.__name__, Store.VERSION]


@case("edge")
def signature_rules(m):
    class Handler(metaclass=m.InterfaceMeta):
        def handle(self, request, context): ...

    class Exact:
        def handle(self, request, context): ...

    class TooFew:
        def handle(self, request): ...

    class TooMany:
        def handle(self, request, context, extra): ...

    class OptionalExtra:
        def handle(self, request, context, extra=None, *more, flag=False, **kw): ...

    class AllDefaults:
        def handle(self=None, request=None, context=None): ...

    class VarArgs:
        def handle(self, *args): ...

    class RequiredKeyword:
        def handle(self, request, context, *, user): ...

    class Positional:
        def handle(self, request, /, context): ...

    class Static:
        @staticmethod
        def handle(request, context): ...

    class Lambda:
        handle = lambda self, request, context: None  # noqa: E731

    classes = [Exact, TooFew, TooMany, OptionalExtra, AllDefaults, VarArgs, RequiredKeyword, Positional,
               Static, Lambda]
    return [(c.__name__, issubclass(c, Handler), Handler.missing_members(c)) for c in classes]


@case("edge")
def requirement_collection(m):
    class Base(metaclass=m.InterfaceMeta):
        name: str
        limit: int = 10
        _secret: int
        KIND = "base"

        def run(self, job): ...

        def __len__(self): ...

        def _hook(self): ...

    class Derived(Base):
        def run(self, job, priority): ...  # redefined with another arity

        def stop(self): ...

    class Worker:
        name = "w"
        limit = 3

        def run(self, job, priority=0):
            pass

        def stop(self):
            pass

    class OldWorker:
        name = "o"

        def run(self, job):
            pass

    class Empty(metaclass=m.InterfaceMeta):
        pass

    return [Base.missing_members(Worker), Derived.missing_members(Worker), Base.missing_members(OldWorker),
            Derived.missing_members(OldWorker), Base.missing_members(object), Derived.missing_members(object),
            issubclass(int, Empty), isinstance(None, Empty), Empty.missing_members(Worker)]


@case("error-handling")
def cannot_instantiate(m):
    Closeable, Store = interfaces(m)

    class Empty(metaclass=m.InterfaceMeta):
        pass

    return [attempt(lambda: Closeable()), attempt(lambda: Store()), attempt(lambda: Empty()),
            attempt(lambda: Store.missing_members(MemoryStore())), attempt(lambda: Store.missing_members("x")),
            attempt(lambda: issubclass(MemoryStore(), Store))]


@case("edge")
def independent_results_per_interface(m):
    Closeable, Store = interfaces(m)

    class Reader(metaclass=m.InterfaceMeta):
        def read(self, size): ...

    class Sized(metaclass=m.InterfaceMeta):
        def size(self): ...

    class Blob:
        def read(self, size=-1):
            return b""

        def close(self):
            pass

    out = []
    for _ in range(2):
        out.append([isinstance(Blob(), i) for i in (Closeable, Store, Reader, Sized)])
        out.append([issubclass(MemoryStore, i) for i in (Sized, Reader, Store, Closeable)])
    out.append([Sized.missing_members(Blob), Reader.missing_members(Blob), Store.missing_members(Blob)])
    return out


@case("perf")
def loader_hot_path(m):
    namespace = {f"op{i}": eval("lambda self" + "".join(f", a{j}" for j in range(i % 4)) + ": None") for i in range(30)}
    Big = m.InterfaceMeta("Big", (), dict(namespace))
    Small = m.InterfaceMeta("Small", (Big,), {"extra": lambda self: None})
    classes = []
    for k in range(200):
        body = dict(namespace)
        if k % 3 == 0:
            body.pop(f"op{k % 30}")
        if k % 5 == 0:
            body["extra"] = lambda self, x: None
        elif k % 2 == 0:
            body["extra"] = lambda self, *args: None
        classes.append(type(f"Plugin{k}", (), body))
    objects = [c() for c in classes]
    counts = [0, 0]
    for n in range(50_000):
        obj = objects[(n * 37) % 200]
        counts[0] += isinstance(obj, Big)
        counts[1] += isinstance(obj, Small)
    return counts, [len(Small.missing_members(c)) for c in classes[:12]]
