# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def _table(m, pairs):
    return [m.match_path(pattern, path) for pattern, path in pairs]


@case()
def single_segment_wildcards(m):
    return _table(m, [
        ("services.*.port", "services.web.port"),
        ("services.*.port", "services.web.db.port"),
        ("services.w?b.port", "services.web.port"),
        ("services.w?b.port", "services.wb.port"),
        ("env.DEBUG*", "env.DEBUG"),
        ("env.*_URL", "env.DATABASE_URL"),
        ("env.*_URL", "env.DATABASE_URLS"),
        ("a*b*c", "axxbyyc"),
        ("Env.debug", "env.debug"),
    ])


@case()
def double_star(m):
    return _table(m, [
        ("services.**.port", "services.port"),
        ("services.**.port", "services.web.port"),
        ("services.**.port", "services.web.db.replica.port"),
        ("services.**", "services"),
        ("**.port", "port"),
        ("**", ""),
        ("**", "a.b.c"),
        ("**.**", "a"),
        ("a.**.b.**.c", "a.b.c"),
        ("a.**.b.**.c", "a.x.b.y.b.c"),
        ("a.**.b.**.c", "a.c.b"),
        ("a.**", "b.a"),
    ])


@case("edge")
def no_other_special_characters(m):
    return _table(m, [
        ("ci.jobs[0].*", "ci.jobs[0].name"),
        ("ci.jobs[0].*", "ci.jobs0.name"),
        ("[!a]", "b"),
        ("[!a]", "[!a]"),
        ("a+b.(x)", "a+b.(x)"),
        ("price.$", "price.$"),
        ("re.^a|b$", "re.^a|b$"),
        ("back\\slash", "back\\slash"),
        ("**.[ab]", "x.a"),
    ])


@case("edge")
def empty_and_odd_segments(m):
    return _table(m, [
        ("", ""),
        ("", "a"),
        ("a", ""),
        ("*", ""),
        ("*", "x"),
        ("a..b", "a..b"),
        ("a.*.b", "a..b"),
        ("a.?.b", "a..b"),
        ("a.", "a."),
        ("**.", "x.y."),
        ("ünï.*", "ünï.ćødé"),
        ("?", "日"),
        ("*", "line\nbreak"),
    ])


@case("perf")
def many_double_stars_on_deep_paths(m):
    deep = ".".join(["a", "b", "c", "d"] * 15)
    patterns = [
        "**.a.**.b.**.c.**.d.**.a.**.b.**.c.**.zz",
        "**.a.**.b.**.c.**.d.**.a.**.b.**.c.**.d",
        "**.*.**.*.**.*.**.*.**.*.**.*.**.*.**.*.**.q*",
        "a.**.**.**.**.**.**.**.**.**.**.**.**.e",
        "**.a*.**.?.**.b.**.c.**.d.**.*.**",
    ]
    return [m.match_path(p, deep) for p in patterns for _ in range(20)]


@case()
def policy_over_flattened_config(m):
    paths = [
        "", "services", "services.web", "services.web.port", "services.web.env.DEBUG",
        "services.db.port", "services.db.replicas.0.port", "ci.jobs[0].name", "ci.jobs[1].name",
        "ci.jobs[0].steps.0.run", "secrets.api_key", "secrets.db.password", "port",
    ]
    patterns = ["**.port", "services.*", "ci.jobs[?].name", "secrets.**", "**.*word", "**.0.**", "*.*.*"]
    return {p: [path for path in paths if m.match_path(p, path)] for p in patterns}
