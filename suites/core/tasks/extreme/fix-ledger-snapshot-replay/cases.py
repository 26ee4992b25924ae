# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def _history(ledger):
    return [ledger.balances(at) for at in range(len(ledger) + 1)]


@case()
def deposits_between_snapshots(m):
    ledger = m.Ledger(snapshot_every=2)
    ledger.append({"type": "open", "account": "alice"})
    for amount in (100, 5, 7, 11, 13):
        ledger.append({"type": "deposit", "account": "alice", "amount": amount})
    return _history(ledger)


@case()
def transfers_and_withdrawals(m):
    ledger = m.Ledger(snapshot_every=3)
    events = [
        {"type": "open", "account": "alice"},
        {"type": "deposit", "account": "alice", "amount": 100},
        {"type": "open", "account": "bob"},
        {"type": "transfer", "from": "alice", "to": "bob", "amount": 30},
        {"type": "withdraw", "account": "bob", "amount": 10},
        {"type": "deposit", "account": "bob", "amount": 1},
        {"type": "withdraw", "account": "alice", "amount": 70},
    ]
    seqs = [ledger.append(e) for e in events]
    return seqs, _history(ledger), ledger.balance("bob", 5), ledger.balance("alice")


@case("edge")
def snapshot_every_event(m):
    ledger = m.Ledger(snapshot_every=1)
    ledger.append({"type": "open", "account": "ünï"})
    ledger.append({"type": "deposit", "account": "ünï", "amount": 3})
    ledger.append({"type": "deposit", "account": "ünï", "amount": 4})
    return _history(ledger), m.Ledger().balances(0), m.Ledger().balances()


@case("edge")
def queries_do_not_disturb_later_queries(m):
    ledger = m.Ledger(snapshot_every=4)
    ledger.append({"type": "open", "account": "a"})
    for i in range(1, 12):
        ledger.append({"type": "deposit", "account": "a", "amount": i})
    first = [ledger.balance("a", at) for at in (5, 6, 4, 8, 9, 8, 12, 3)]
    ledger.append({"type": "withdraw", "account": "a", "amount": 60})
    second = [ledger.balance("a", at) for at in (5, 6, 4, 8, 9, 8, 12, 13)]
    return first, second


@case("error-handling")
def rejected_events_are_not_recorded(m):
    ledger = m.Ledger(snapshot_every=2)
    out = []
    ledger.append({"type": "open", "account": "a"})
    ledger.append({"type": "deposit", "account": "a", "amount": 10})
    ledger.append({"type": "open", "account": "b"})
    bad = [
        {"type": "withdraw", "account": "a", "amount": 11},
        {"type": "transfer", "from": "a", "to": "zed", "amount": 1},
        {"type": "transfer", "from": "a", "to": "b", "amount": 50},
        {"type": "deposit", "account": "a", "amount": 0},
        {"type": "deposit", "account": "a", "amount": 2.5},
        {"type": "open", "account": "a"},
        {"type": "refund", "account": "a", "amount": 1},
        {"type": "deposit", "account": "nobody", "amount": 1},
    ]
    for event in bad:
        try:
            ledger.append(event)
            out.append("accepted")
        except (ValueError, KeyError) as exc:
            out.append(type(exc).__name__)
    out.append(len(ledger))
    ledger.append({"type": "transfer", "from": "a", "to": "b", "amount": 4})
    out.append(_history(ledger))
    for at in (-1, 5):
        try:
            ledger.balances(at)
            out.append("no error")
        except IndexError:
            out.append("IndexError")
    return out


@case("perf")
def many_historical_queries(m):
    rng = random.Random(7)
    ledger = m.Ledger(snapshot_every=100)
    accounts = [f"acct-{i}" for i in range(20)]
    for name in accounts:
        ledger.append({"type": "open", "account": name})
        ledger.append({"type": "deposit", "account": name, "amount": 1000})
    for _ in range(30_000):
        r = rng.random()
        a, b = rng.sample(accounts, 2)
        if r < 0.4:
            ledger.append({"type": "deposit", "account": a, "amount": rng.randrange(1, 50)})
        elif r < 0.7:
            ledger.append({"type": "transfer", "from": a, "to": b, "amount": rng.randrange(1, 20)})
        else:
            try:
                ledger.append({"type": "withdraw", "account": a, "amount": rng.randrange(1, 60)})
            except ValueError:
                pass
    total = len(ledger)
    out = []
    for _ in range(2000):
        at = rng.randrange(total + 1)
        out.append(ledger.balance(rng.choice(accounts), at) if at > 40 else sum(ledger.balances(at).values()))
    return total, out
