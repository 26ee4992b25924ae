# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(action):
    """Run one step of a scenario that goes on after an expected refusal."""
    try:
        return action()
    except Exception as error:  # the scenario continues; the type name is the observation
        return type(error).__name__


@case()
def deposits_and_withdrawals(m):
    acc = m.Account("ana", 1000)
    results = [acc.deposit(250), acc.withdraw(400), acc.balance]
    return [results, acc.history()]


@case()
def overdraft_down_to_the_limit(m):
    acc = m.Account("ben", 100, overdraft_limit=50)
    results = [attempt(lambda: acc.withdraw(150)), attempt(lambda: acc.withdraw(1)), acc.balance]
    return [results, acc.history()]


@case("error-handling")
def insufficient_funds_details(m):
    acc = m.Account("cy", 300, overdraft_limit=200)
    try:
        acc.withdraw(501)
    except m.AccountError as error:
        return [type(error).__name__, error.available, error.requested, acc.balance, acc.history()]
    return "no error"


@case("error-handling")
def insufficient_funds_propagates(m):
    m.Account("dee", 10).withdraw(11)


@case()
def transfer_logs_both_sides(m):
    a = m.Account("a", 500)
    b = m.Account("b", 20)
    a.transfer(b, 120)
    return [a.balance, b.balance, a.history(), b.history()]


@case("error-handling")
def refused_transfer_leaves_target_untouched(m):
    a = m.Account("a", 50)
    b = m.Account("b", 20)
    outcome = attempt(lambda: a.transfer(b, 80))
    return [outcome, a.balance, b.balance, a.history(), b.history()]


@case("error-handling")
def frozen_account(m):
    a = m.Account("a", 500, overdraft_limit=100)
    b = m.Account("b", 0)
    a.freeze()
    steps = [
        attempt(lambda: a.withdraw(10)),
        attempt(lambda: a.transfer(b, 10)),
        attempt(lambda: a.deposit(5)),
        attempt(lambda: b.transfer(a, 0)),
    ]
    b.deposit(30)
    steps.append(attempt(lambda: b.transfer(a, 30)))
    steps.append(attempt(lambda: a.withdraw(10_000)))
    a.unfreeze()
    steps.append(attempt(lambda: a.withdraw(10_000)))
    steps.append(attempt(lambda: a.withdraw(635)))
    return [steps, a.history(), b.history()]


@case("error-handling")
def invalid_amounts_not_logged(m):
    a = m.Account("a", 100)
    steps = [
        attempt(lambda: a.deposit(0)),
        attempt(lambda: a.deposit(-5)),
        attempt(lambda: a.withdraw(True)),
        attempt(lambda: a.withdraw(2.5)),
        attempt(lambda: a.transfer(a, 10)),
    ]
    return [steps, a.balance, a.history()]


@case("edge")
def history_is_a_copy(m):
    a = m.Account("a")
    a.deposit(1)
    snapshot = a.history()
    snapshot.clear()
    a.deposit(2)
    return a.history()


@case("edge")
def fresh_account(m):
    a = m.Account("zoë")
    return [a.balance, a.history()]
