# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from types import MappingProxyType

from pyarena_cases import case

BASE = {"APP_DATABASE_URL": "postgres://db/app"}


def load(m, env, cls="Settings", prefix=None):
    try:
        klass = getattr(m, cls)
        settings = klass(env) if prefix is None else klass(env, prefix)
        return settings.as_dict()
    except ValueError as exc:
        return (type(exc).__name__, str(exc), isinstance(exc, m.SettingsError))


@case()
def defaults(m):
    settings = m.Settings(dict(BASE))
    worker = m.WorkerSettings(dict(BASE))
    return [load(m, dict(BASE)), load(m, dict(BASE), "WorkerSettings"), settings.port, settings.allowed_hosts,
            worker.concurrency, worker.retry_delays, settings.prefix, list(worker.as_dict())]


@case()
def full_configuration(m):
    env = dict(BASE, APP_HOST=" api.example.org ", APP_PORT="+443", APP_DEBUG=" On ", APP_WORKERS="6",
               APP_TIMEOUT=" 2.5 ", APP_ALLOWED_HOSTS="Example.org, api.example.org,,EXAMPLE.ORG , cdn",
               APP_LOG_LEVEL="warning", APP_QUEUE=" emails ", APP_RETRY_DELAYS="0.5, 2,1e1",
               OTHER_PORT="1", PORT="2")
    worker = m.WorkerSettings(env)
    return [load(m, env), load(m, env, "WorkerSettings"), worker.concurrency, worker.host,
            load(m, dict(env, APP_CONCURRENCY=" 3 "), "WorkerSettings")]


@case()
def prefixes_and_mappings(m):
    env = {"SVC_DATABASE_URL": "sqlite://", "SVC_PORT": "9000", "APP_PORT": "1", "DATABASE_URL": "x",
           "PORT": "7", "DEBUG": "yes"}
    return [load(m, env, prefix="SVC_"), load(m, env, prefix=""), load(m, env),
            load(m, MappingProxyType(dict(env, SVC_WORKERS="3")), "WorkerSettings", prefix="SVC_")]


@case("edge")
def boundaries(m):
    cases = [("APP_PORT", "1"), ("APP_PORT", "65535"), ("APP_PORT", "080"), ("APP_WORKERS", "1"),
             ("APP_TIMEOUT", "1e-9"), ("APP_TIMEOUT", "1E3"), ("APP_ALLOWED_HOSTS", ""),
             ("APP_ALLOWED_HOSTS", " , ,"), ("APP_ALLOWED_HOSTS", "B,a,b,A"), ("APP_LOG_LEVEL", " Error "),
             ("APP_DEBUG", "0"), ("APP_DEBUG", "TRUE"), ("APP_HOST", "ünïcode.example")]
    return [load(m, dict(BASE, **{key: value}))[key[4:].lower()] for key, value in cases]


@case("error-handling")
def invalid_values(m):
    cases = [("APP_PORT", "0"), ("APP_PORT", "65536"), ("APP_PORT", "80.0"), ("APP_PORT", ""), ("APP_PORT", "+"),
             ("APP_PORT", "٣"), ("APP_PORT", "-1"), ("APP_DEBUG", "maybe"), ("APP_DEBUG", ""),
             ("APP_WORKERS", "0"), ("APP_WORKERS", "four"), ("APP_TIMEOUT", "0"), ("APP_TIMEOUT", "nan"),
             ("APP_TIMEOUT", "inf"), ("APP_TIMEOUT", "soon"), ("APP_TIMEOUT", ""), ("APP_LOG_LEVEL", "TRACE"),
             ("APP_HOST", "  "), ("APP_DATABASE_URL", " "), ("APP_QUEUE", ""), ("APP_CONCURRENCY", "0"),
             ("APP_CONCURRENCY", "x"), ("APP_RETRY_DELAYS", ""), ("APP_RETRY_DELAYS", "1,,2"),
             ("APP_RETRY_DELAYS", "1,-2"), ("APP_RETRY_DELAYS", "nan,x")]
    return [load(m, dict(BASE, **{key: value}), "WorkerSettings") for key, value in cases]


@case("error-handling")
def first_error_wins(m):
    return [load(m, {}), load(m, {"APP_PORT": "x"}), load(m, {"APP_LOG_LEVEL": "x", "APP_DEBUG": "x"}),
            load(m, dict(BASE, APP_RETRY_DELAYS="x", APP_QUEUE=""), "WorkerSettings"),
            load(m, {"APP_CONCURRENCY": "x", "APP_TIMEOUT": "-1"}, "WorkerSettings"),
            load(m, {"APP_QUEUE": ""}, "WorkerSettings"), load(m, {"APP_DATABASE_URL": "db"}, prefix="X_")]


@case("edge")
def results_are_independent(m):
    a = m.WorkerSettings(dict(BASE))
    b = m.WorkerSettings(dict(BASE))
    a.allowed_hosts.append("changed")
    a.retry_delays.append(99.0)
    exported = b.as_dict()
    exported["retry_delays"].append(7.0)
    return [b.allowed_hosts, b.retry_delays, m.Settings(dict(BASE)).allowed_hosts, a.as_dict()["retry_delays"]]


@case("perf")
def huge_environment(m):
    env = {f"VAR_{i}": str(i) for i in range(20_000)}
    env.update(BASE)
    env["APP_ALLOWED_HOSTS"] = ",".join(f" Tenant{i % 60_000}.example.com" for i in range(150_000))
    worker = m.WorkerSettings(env)
    hosts = worker.allowed_hosts
    return len(hosts), hosts[:3], hosts[-1], worker.as_dict()["concurrency"]
