# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def simulate(jobs, workers):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    for name, (duration, _, deps) in jobs.items():
        if not isinstance(duration, int) or isinstance(duration, bool) or duration < 1:
            raise ValueError("bad duration")
        for d in deps:
            if d not in jobs:
                raise ValueError("unknown dependency")
    # cycle check by repeated peeling
    remaining = set(jobs)
    while remaining:
        peel = [n for n in remaining if not any(d in remaining for d in jobs[n][2])]
        if not peel:
            raise ValueError("dependency cycle")
        remaining.difference_update(peel)

    done, started, running = set(), {}, {}
    now = 0
    result = []
    while len(done) < len(jobs):
        for name, end in list(running.items()):
            if end == now:
                done.add(name)
                del running[name]
        ready = [n for n in jobs if n not in started and all(d in done for d in jobs[n][2])]
        ready.sort(key=lambda n: (-jobs[n][1], n))
        for name in ready[: workers - len(running)]:
            started[name] = now
            running[name] = now + jobs[name][0]
            result.append((name, now, now + jobs[name][0]))
        if running:
            now = min(running.values())
    result.sort(key=lambda e: (e[1], e[0]))
    return result
