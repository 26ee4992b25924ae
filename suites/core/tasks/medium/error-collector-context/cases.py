# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import logging

from pyarena_cases import case


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


def make_logger(name):
    logger = logging.getLogger(f"pyarena-case.{name}")
    logger.handlers.clear()
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    handler = ListHandler()
    logger.addHandler(handler)
    return logger, handler


class Cancelled(BaseException):
    pass


@case()
def collects_and_logs(m):
    logger, handler = make_logger("collects")
    c = m.ErrorCollector(logger)
    with c.catch("resize:a.png"):
        raise OSError("disk full")
    with c.catch("resize:b.png"):
        pass
    with c.catch("resize:c.png", ValueError):
        int("x1")
    return [c.errors, handler.records]


@case("error-handling")
def other_types_propagate(m):
    logger, handler = make_logger("other")
    c = m.ErrorCollector(logger)
    try:
        with c.catch("parse", ValueError, KeyError):
            raise TypeError("wrong type")
    except TypeError as error:
        return [str(error), c.errors, handler.records]
    return "suppressed"


@case("error-handling")
def base_exceptions_never_suppressed(m):
    logger, handler = make_logger("base")
    c = m.ErrorCollector(logger)
    try:
        with c.catch("step"):
            raise Cancelled()
    except Cancelled:
        return ["Cancelled", c.errors, handler.records]
    return "suppressed"


@case("error-handling")
def subclasses_are_caught(m):
    logger, handler = make_logger("sub")
    c = m.ErrorCollector(logger)
    with c.catch("open", OSError):
        raise FileNotFoundError("missing.png")
    with c.catch("lookup", LookupError):
        {}["k"]
    return c.errors


@case("error-handling")
def limit_raises_chained(m):
    logger, handler = make_logger("limit")
    c = m.ErrorCollector(logger, limit=2)
    for i in range(2):
        with c.catch(f"s{i}"):
            raise ValueError(i)
    try:
        with c.catch("s2"):
            raise ValueError("third")
    except m.TooManyErrors as error:
        cause = error.__cause__
        return [isinstance(error, RuntimeError), type(cause).__name__, str(cause), c.errors, len(handler.records)]
    return "no TooManyErrors"


@case("edge")
def limit_zero(m):
    logger, _ = make_logger("zero")
    c = m.ErrorCollector(logger, limit=0)
    with c.catch("s"):
        raise ValueError("first")


@case("edge")
def limit_counts_only_collected(m):
    logger, handler = make_logger("count")
    c = m.ErrorCollector(logger, limit=1)
    with c.catch("ok"):
        pass
    with c.catch("bad"):
        raise ValueError("only one")
    return [c.errors, handler.records]


@case("error-handling")
def raise_if_any_groups(m):
    logger, _ = make_logger("group")
    c = m.ErrorCollector(logger)
    with c.catch("a"):
        raise OSError("io")
    with c.catch("b"):
        raise ValueError("val")
    try:
        c.raise_if_any()
    except ExceptionGroup as group:
        return [str(group), [type(e).__name__ for e in group.exceptions], [str(e) for e in group.exceptions]]
    return "nothing raised"


@case("edge")
def raise_if_any_when_clean(m):
    logger, handler = make_logger("clean")
    c = m.ErrorCollector(logger)
    with c.catch("a"):
        pass
    return [c.raise_if_any(), c.errors, handler.records]


@case("edge")
def errors_is_a_copy(m):
    logger, _ = make_logger("copy")
    c = m.ErrorCollector(logger)
    with c.catch("a"):
        raise ValueError("v")
    c.errors.clear()
    return c.errors
