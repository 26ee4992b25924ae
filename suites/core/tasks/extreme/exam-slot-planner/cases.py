# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_term(m):
    exams = ["maths", "physics", "chemistry", "biology", "history"]
    conflicts = [("maths", "physics"), ("physics", "chemistry"), ("maths", "chemistry"), ("biology", "maths")]
    return m.plan_exams(exams, ["mon-am", "mon-pm", "tue-am"], conflicts, 2)


@case()
def conflicts_work_both_ways(m):
    exams = ["e1", "e2", "e3", "e4"]
    conflicts = [("e4", "e1"), ("e3", "e2"), ("e2", "e1"), ("e3", "e2")]
    return m.plan_exams(exams, ["s1", "s2", "s3"], conflicts, 3)


@case()
def capacity_pushes_exams_later(m):
    exams = [f"x{i}" for i in range(7)]
    return m.plan_exams(exams, ["a", "b", "c"], [("x0", "x6")], 3)


@case()
def allowed_slots_and_backtracking(m):
    exams = ["art", "law", "med", "eng"]
    slots = ["d1", "d2", "d3"]
    conflicts = [("art", "law"), ("law", "med"), ("art", "med"), ("med", "eng")]
    allowed = {"med": ["d1", "d2"], "eng": ["d2"], "law": ["d3", "d1"]}
    return m.plan_exams(exams, slots, conflicts, 2, allowed)


@case("edge")
def impossible_and_degenerate(m):
    tri = [("a", "b"), ("b", "c"), ("c", "a")]
    return [
        m.plan_exams(["a", "b", "c"], ["s1", "s2"], tri, 5),
        m.plan_exams(["a", "b", "c"], ["s1", "s2"], [], 1),
        m.plan_exams(["a"], ["s1"], [], 1, {"a": []}),
        m.plan_exams(["a"], [], [], 1),
        m.plan_exams([], [], [], 1),
        m.plan_exams([], ["s1"], [], 3),
        m.plan_exams(["ünï", "日本"], ["☀"], [], 2),
    ]


@case("edge")
def wipe_out_found_only_after_deep_search(m):
    exams = ["a", "b", "c", "d", "e"]
    conflicts = [("a", "e"), ("b", "e"), ("c", "d")]
    allowed = {"e": ["s1", "s2"]}
    return m.plan_exams(exams, ["s1", "s2", "s3"], conflicts, 2, allowed)


@case("error-handling")
def invalid_arguments(m):
    calls = [
        lambda: m.plan_exams(["a", "a"], ["s"], [], 1),
        lambda: m.plan_exams(["a"], ["s", "s"], [], 1),
        lambda: m.plan_exams(["a"], ["s"], [], 0),
        lambda: m.plan_exams(["a"], ["s"], [("a", "zz")], 1),
        lambda: m.plan_exams(["a", "b"], ["s", "t"], [("a", "a")], 1),
        lambda: m.plan_exams(["a"], ["s"], [], 1, {"zz": ["s"]}),
        lambda: m.plan_exams(["a"], ["s"], [], 1, {"a": ["t"]}),
    ]
    out = []
    for call in calls:
        try:
            out.append(("ok", call()))
        except ValueError:
            out.append("ValueError")
    return out


def _trap_instance(rng, width, escape=True):
    """Each trap exam's first choice dooms a much later exam; many free exams sit in between."""
    slots = [f"slot{k}" for k in range(6)]
    exams, conflicts, allowed = [], [], {}
    for t in range(4):
        exams.append(f"trap{t}")
    fillers = [f"f{i}" for i in range(width)]
    exams += fillers
    for i in range(width - 1):
        conflicts.append((fillers[i], fillers[i + 1]))
        allowed[fillers[i]] = rng.sample(slots[1:], 3)
    allowed[fillers[-1]] = slots[1:4]
    for t in range(4):
        victim = f"late{t}"
        exams.append(victim)
        allowed[victim] = [slots[0]]
        conflicts.append((f"trap{t}", victim))
        allowed[f"trap{t}"] = [slots[0], slots[5]] if escape or t < 3 else [slots[0]]
    return exams, slots, conflicts, allowed


@case("perf")
def dead_ends_far_from_their_cause(m):
    exams, slots, conflicts, allowed = _trap_instance(random.Random(7), 40)
    solvable = m.plan_exams(exams, slots, conflicts, 40, allowed)
    exams, slots, conflicts, allowed = _trap_instance(random.Random(8), 40, escape=False)
    return solvable, m.plan_exams(exams, slots, conflicts, 40, allowed)


@case("perf")
def realistic_term(m):
    rng = random.Random(11)
    exams = [f"course-{i:03d}" for i in range(100)]
    slots = [f"day{d}-{p}" for d in range(1, 7) for p in ("am", "pm")]
    conflicts = []
    for i in range(100):
        for j in range(i + 1, 100):
            if rng.random() < 0.06:
                conflicts.append((exams[i], exams[j]))
    allowed = {exams[i]: rng.sample(slots, 5) for i in range(0, 100, 7)}
    plan = m.plan_exams(exams, slots, conflicts, 9, allowed)
    return plan
