# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def drain(q):
    out = []
    while len(q):
        job = q.pop()
        out.append((job.name, job.priority, job.retries))
    return out


@case()
def report_example(m):
    q = m.JobQueue()
    for name, prio in [("rotate-logs", 5), ("send-invoices", 1), ("backup-db", 5), ("alert-oncall", 1)]:
        q.push(m.Job(name, prio))
    return drain(q)


@case()
def fifo_among_equal_priorities(m):
    q = m.JobQueue()
    for name in ["zeta", "alpha", "mid", "beta", "alpha"]:
        q.push(m.Job(name, 3))
    return drain(q)


@case()
def retried_job_goes_behind(m):
    q = m.JobQueue()
    for name in ["a", "b", "c"]:
        q.push(m.Job(name, 2))
    first = q.pop()
    q.push(m.Job(first.name, first.priority, first.retries + 1))
    q.push(m.Job("urgent", 0))
    return drain(q)


@case("edge")
def interleaved_push_pop(m):
    q = m.JobQueue()
    out = []
    q.push(m.Job("x", 4))
    q.push(m.Job("y", 4))
    out.append(q.pop().name)
    q.push(m.Job("z", 4))
    q.push(m.Job("w", 9))
    out.append(q.pop().name)
    q.push(m.Job("v", -1))
    out.append([len(q), drain(q)])
    return out


@case("edge")
def many_random_jobs(m):
    rng = random.Random(7)
    q = m.JobQueue()
    for i in range(300):
        q.push(m.Job(rng.choice(["sync", "mail", "index", "purge"]) + f"-{rng.randrange(5)}", rng.randrange(4)))
    return drain(q)


@case("edge")
def job_is_still_a_dataclass(m):
    job = m.Job("a", 1)
    return [job == m.Job("a", 1), job.retries, m.Job("b", 2, 3).retries, repr(m.Job("c", 0))]


@case("error-handling")
def pop_empty(m):
    return m.JobQueue().pop()
