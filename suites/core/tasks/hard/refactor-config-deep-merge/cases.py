# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def conflict_path(m, docs, mode="append"):
    try:
        m.merge_documents(docs, mode)
    except m.MergeConflict as exc:
        return ["MergeConflict", list(exc.path), isinstance(exc, ValueError)]
    return "no conflict"


BASE = {"app": {"name": "shop", "debug": False, "hosts": ["a", "b"], "db": {"host": "localhost", "port": 5432}}}
PROD = {"app": {"debug": None, "hosts": ["c"], "db": {"host": "db.prod", "pool": {"size": 20}}}, "region": "eu"}


@case()
def layered_configs(m):
    return [m.merge_documents([BASE, PROD]), m.merge_documents([BASE, PROD], "replace")]


@case()
def later_scalars_win_and_types_may_change(m):
    return m.merge_documents([{"a": 1, "b": "x", "c": True}, {"a": "one", "b": 2.5}, {"c": 0, "a": [1]}])


@case("edge")
def none_deletes_and_never_adds(m):
    return [m.merge_documents([{"a": 1, "b": {"c": 2}}, {"a": None, "b": None, "z": None}]),
            m.merge_documents([{"n": {"x": None, "y": {"z": None}, "w": [None]}}]),
            m.merge_documents([{"k": None}, {"k": 3}])]


@case("edge")
def empty_inputs(m):
    return [m.merge_documents([]), m.merge_documents([{}, {}]), m.merge_documents([{"a": {}}, {"a": {}}]),
            m.merge_documents([{"l": []}, {"l": []}])]


@case("edge")
def inputs_untouched_and_not_shared(m):
    first = {"a": {"list": [1, {"deep": 1}]}, "b": [1]}
    second = {"a": {"list": [2]}, "b": [2], "c": {"d": [3]}}
    merged = m.merge_documents([first, second])
    merged["a"]["list"][1]["deep"] = 99
    merged["a"]["list"].append(3)
    merged["b"].append(3)
    merged["c"]["d"].append(4)
    alone = m.merge_documents([second], "replace")
    alone["b"].append(5)
    alone["c"]["d"].clear()
    return [first, second, merged]


@case("edge")
def non_string_keys(m):
    return m.merge_documents([{1: {"x": 1}, (2, 3): [1]}, {1: {"y": 2}, (2, 3): [2]}])


@case("error-handling")
def conflicts_report_path(m):
    return [conflict_path(m, [{"a": {"b": {"c": 1}}}, {"a": {"b": {"c": {"d": 2}}}}]),
            conflict_path(m, [{"a": {"b": [1]}}, {"a": {"b": "x"}}]),
            conflict_path(m, [{"a": {"b": [1]}}, {"a": {"b": {"x": 1}}}], "replace"),
            conflict_path(m, [{"a": 1}, {"a": {"b": None}}]),
            conflict_path(m, [{"a": 1}, {"a": None}, {"a": {"b": 2}}])]


@case("error-handling")
def bad_list_mode(m):
    return m.merge_documents([{"a": 1}], "extend")


@case("perf")
def thousands_of_layers(m):
    rng = random.Random(7)
    docs = []
    for i in range(4000):
        services = {}
        for _ in range(3):
            svc = f"svc{rng.randrange(300)}"
            services[svc] = {
                "env": {f"VAR_{rng.randrange(40)}": rng.randrange(1000), f"VAR_{rng.randrange(40)}": None},
                "ports": [8000 + rng.randrange(100)],
                "replicas": rng.randrange(1, 9),
            }
        docs.append({"services": services, "revision": i, "tags": [f"t{i % 17}"]})
    merged = m.merge_documents(docs)
    services = merged["services"]
    names = sorted(services)
    return (len(names), merged["revision"], len(merged["tags"]), sum(len(s["env"]) for s in services.values()),
            sum(len(s["ports"]) for s in services.values()), [services[n] for n in names[:2]])
