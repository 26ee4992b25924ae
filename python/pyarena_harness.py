"""pyarena's in-sandbox harness. Trusted code that runs before any candidate code.

Started through harness.py (python3 -S -s -P -B harness.py JOB_DIR; the job is JOB_DIR/job.json).
This module is precompiled when the harness is staged, so a sandbox start compiles nothing.

It writes one JSON object per line on fd 3, the observation channel. Nothing here decides a
verdict: Node compares these observations with the reference's, outside the sandbox. Expected
values and the reference solution are never in JOB_DIR for a candidate run.
"""
import os
import sys

import pyarena_codec as codec
import pyarena_fastjson as fastjson

ModuleType = type(sys)
FunctionType = type(lambda: None)
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

_write = os.write
_dumps = fastjson.dumps
_exit = os._exit
OUT = 3


def emit(obj):
    data = (_dumps(obj) + "\n").encode("ascii")
    view = memoryview(data)
    while view:
        n = _write(OUT, view)
        view = view[n:]


def load_module(name, path, extra=None):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        source = f.read()
    module = ModuleType(name)
    module.__file__ = path
    if extra:
        module.__dict__.update(extra)
    sys.modules[name] = module
    exec(compile(source, os.path.basename(path), "exec"), module.__dict__)
    return module


def cases_helper():
    """The `pyarena_cases` module that a task's cases.py imports to declare its cases."""
    helper = ModuleType("pyarena_cases")
    registry = []

    def case(*tags, id=None, validator=None):
        def register(fn):
            registry.append({"id": id or fn.__name__, "tags": list(tags), "validator": validator, "fn": fn})
            return fn
        return register

    helper.case = case
    helper.registry = registry
    sys.modules["pyarena_cases"] = helper
    return helper


def code_cases(job_dir, job):
    helper = cases_helper()
    module = load_module("pyarena_task_cases", os.path.join(job_dir, job["cases_module"]))
    declared = {id(c["fn"]) for c in helper.registry}
    plain = [v for k, v in vars(module).items()
             if k.startswith("case_") and isinstance(v, FunctionType) and id(v) not in declared]
    plain.sort(key=lambda fn: fn.__code__.co_firstlineno)
    return helper.registry + [{"id": fn.__name__, "tags": [], "validator": None, "fn": fn} for fn in plain]


def observe(case_id, thunk):
    try:
        value = thunk()
    except BaseException as exc:  # noqa: BLE001 - every exception is an observation
        emit({"c": case_id, "e": codec.raised(exc)})
        return
    try:
        emit({"c": case_id, "v": codec.encode(value)})
    except BaseException as exc:  # noqa: BLE001
        emit({"c": case_id, "e": {"t": "pyarena.UnencodableValue", "b": [], "why": str(exc)[:200]}})


def selected(cases, job):
    """The cases named in the job's optional `only` list, in their declared order.

    Perf cases run in a sandbox of their own, so their CPU time and memory are measured apart;
    `only: []` loads the candidate and runs nothing (the baseline that is subtracted from them).
    The list is applied before the candidate is loaded.
    """
    only = job.get("only")
    if only is None:
        return cases
    wanted = set(only)
    return [c for c in cases if c["id"] in wanted]


def run_candidate(job_dir, job):
    cases = selected(code_cases(job_dir, job), job) if job.get("cases_module") else None
    data_cases = selected(job.get("cases", []), job) if cases is None else None
    setup = {}
    if job.get("setup"):
        setup = vars(load_module("pyarena_setup", os.path.join(job_dir, job["setup"])))
    mode = job["mode"]
    if mode == "expression":
        # The answer is an expression (CRUXEval), evaluated beside the task's given code;
        # it is never executed as a module.
        with open(os.path.join(job_dir, job["candidate"]), encoding="utf-8") as f:
            expression = f.read()
        scope = dict(setup)
        observe("answer", lambda: eval(compile(expression.strip(), "answer", "eval"), scope))
        return
    try:
        candidate = load_module("candidate", os.path.join(job_dir, job["candidate"]))
    except BaseException as exc:  # noqa: BLE001
        emit({"load": codec.raised(exc)})
        return
    if mode == "legacy":
        test = load_module("pyarena_legacy_test", os.path.join(job_dir, job["legacy_test"]))
        fn = vars(candidate).get(job["entry_point"])
        observe("legacy", lambda: test.check(fn) is None)
    elif cases is not None:
        for c in cases:
            observe(c["id"], lambda fn=c["fn"]: fn(candidate))
    else:
        namespace = vars(candidate)
        for c in data_cases:
            args = [codec.decode(a) for a in c["args"]]
            kwargs = {k: codec.decode(v) for k, v in c.get("kwargs", {}).items()}
            observe(c["id"], lambda a=args, k=kwargs: namespace[job["entry_point"]](*a, **k))


def run_validators(job_dir, job):
    module = load_module("pyarena_validators", os.path.join(job_dir, job["validators"]))
    for item in job["items"]:
        def judge(item=item):
            fn = getattr(module, item["validator"])
            args = None if item.get("args") is None else [codec.decode(a) for a in item["args"]]
            actual = item["actual"]
            actual = {"raised": actual["raised"]} if "raised" in actual else codec.decode(actual["value"])
            verdict = fn(args, actual, codec.decode(item["expected"]))
            if type(verdict) is not bool:
                raise TypeError("a validator must return exactly True or False")
            return verdict
        observe(item["id"], judge)


def discover(job_dir, job):
    cases = code_cases(job_dir, job)
    emit({"meta": [{"id": c["id"], "tags": c["tags"], "validator": c["validator"]} for c in cases]})


def main():
    emit({"ready": True})  # before any untrusted code: proves the sandbox itself started
    job_dir = sys.argv[1]
    with open(os.path.join(job_dir, "job.json"), encoding="utf-8") as f:
        job = fastjson.loads(f.read())
    if job.get("site"):
        import site  # third-party packages were requested: add site-packages like a normal start
        site.main()
    else:
        import _sitebuiltins  # `python -S` skips site; keep exit() and quit() as usual
        import builtins
        builtins.exit = _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)")
        builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")
    mode = job["mode"]
    if mode == "validate":
        run_validators(job_dir, job)
    elif mode == "discover":
        discover(job_dir, job)
    elif mode == "convert":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import pyarena_convert
        emit({"convert": pyarena_convert.convert(job)})
    elif mode == "structure":
        # Candidates are only parsed with `ast`, never executed; each report travels as the
        # observation of a case named after its file, as a JSON string.
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import pyarena_structure
        for name in job["candidates"]:
            path = os.path.join(job_dir, name)
            observe(name, lambda path=path: _dumps(pyarena_structure.describe_file(path)))
    else:
        run_candidate(job_dir, job)
    emit({"done": True})


def run():
    """Run the job named on the command line, then leave without atexit hooks or thread joins."""
    status = 0
    try:
        main()
    except BaseException:  # noqa: BLE001 - report, then leave without running atexit hooks
        import traceback
        traceback.print_exc()
        status = 3
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        _exit(status)
