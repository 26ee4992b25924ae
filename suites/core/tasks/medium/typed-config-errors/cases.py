# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case

SCHEMA = {"host": str, "port": int, "debug": (bool, False), "ratio": (float, 0.5), "color": (str, "red")}


def failure(m, exc_class, text, schema=SCHEMA):
    try:
        m.load_config(text, schema)
    except exc_class as error:
        cause = error.__cause__
        return {
            "is_config_error": isinstance(error, m.ConfigError),
            "lineno": error.lineno,
            "key": getattr(error, "key", None),
            "keys": getattr(error, "keys", None),
            "cause": None if cause is None else type(cause).__name__,
        }
    return "no error"


@case()
def full_config(m):
    text = "# service\nhost = db.internal\n\nport=5432\n  debug = YES\nratio = 0.75\ncolor = #fff # not a comment\n"
    return m.load_config(text, SCHEMA)


@case()
def defaults_fill_in(m):
    return m.load_config("port = 80\nhost=localhost", SCHEMA)


@case("edge")
def value_with_equals_and_empty_value(m):
    return m.load_config("host = a=b=c\nport = -1\ncolor =", SCHEMA)


@case("edge")
def boolean_words(m):
    schema = {f"k{i}": bool for i in range(8)}
    words = ["true", "On", "1", "yes", "FALSE", "no", "off", "0"]
    return m.load_config("\n".join(f"k{i} = {w}" for i, w in enumerate(words)), schema)


@case("error-handling")
def bad_int_is_chained(m):
    return failure(m, m.ConfigValueError, "host = x\n# comment\n\nport = eighty\n")


@case("error-handling")
def bad_bool_is_chained(m):
    return failure(m, m.ConfigValueError, "host = x\nport = 1\ndebug = maybe")


@case("error-handling")
def syntax_errors(m):
    return [failure(m, m.ConfigSyntaxError, "host = x\n\n  just words  \nport = 1"),
            failure(m, m.ConfigSyntaxError, "= value"),
            failure(m, m.ConfigSyntaxError, "host = a\nport = 1\nhost = b")]


@case("error-handling")
def unknown_key(m):
    return failure(m, m.UnknownKeyError, "\n\nhost = a\nprot = 1\n")


@case("error-handling")
def missing_keys_all_listed(m):
    schema = {"zeta": int, "alpha": str, "mid": (int, 3), "beta": float}
    return failure(m, m.MissingKeysError, "alpha = a", schema)


@case("error-handling")
def first_problem_in_line_order_wins(m):
    return failure(m, m.ConfigError, "port = nope\nbogus = 1\n")


@case("error-handling")
def error_propagates(m):
    return m.load_config("host = a\nport = 1.5", SCHEMA)


@case("edge")
def empty_text_with_all_optional(m):
    return m.load_config("", {"a": (int, 1), "b": (str, "")})
