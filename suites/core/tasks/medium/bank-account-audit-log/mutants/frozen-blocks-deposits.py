# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A bank account with overdraft, freezing and an audit log of every attempt."""


class AccountError(Exception):
    """Base class of refused account operations."""


class InsufficientFunds(AccountError):
    """The withdrawal would go beyond the overdraft limit."""

    def __init__(self, available: int, requested: int) -> None:
        super().__init__(f"requested {requested}, only {available} available")
        self.available = available
        self.requested = requested


class AccountFrozen(AccountError):
    """The account is frozen: no money may leave it."""


def _check_amount(amount: object) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValueError(f"amount must be a positive integer, got {amount!r}")


class Account:
    def __init__(self, owner: str, balance: int = 0, overdraft_limit: int = 0) -> None:
        self.owner = owner
        self._balance = balance
        self.overdraft_limit = overdraft_limit
        self.frozen = False
        self._log: list[tuple[str, int, str, int]] = []

    @property
    def balance(self) -> int:
        return self._balance

    def _record(self, action: str, amount: int, outcome: str) -> None:
        self._log.append((action, amount, outcome, self._balance))

    def _take(self, action: str, amount: int) -> None:
        """Remove money, logging the attempt under `action`; raise if refused."""
        _check_amount(amount)
        available = self._balance + self.overdraft_limit
        error: AccountError | None = None
        if self.frozen:
            error = AccountFrozen(f"account of {self.owner} is frozen")
        elif amount > available:
            error = InsufficientFunds(available, amount)
        if error is not None:
            self._record(action, amount, type(error).__name__)
            raise error
        self._balance -= amount
        self._record(action, amount, "ok")

    def deposit(self, amount: int) -> int:
        _check_amount(amount)
        if self.frozen:
            self._record("deposit", amount, "AccountFrozen")
            raise AccountFrozen(f"account of {self.owner} is frozen")
        self._balance += amount
        self._record("deposit", amount, "ok")
        return self._balance

    def withdraw(self, amount: int) -> int:
        self._take("withdraw", amount)
        return self._balance

    def transfer(self, target: "Account", amount: int) -> None:
        if target is self:
            raise ValueError("cannot transfer to the same account")
        self._take("transfer_out", amount)
        target._balance += amount
        target._record("transfer_in", amount, "ok")

    def freeze(self) -> None:
        self.frozen = True

    def unfreeze(self) -> None:
        self.frozen = False

    def history(self) -> list[tuple[str, int, str, int]]:
        return list(self._log)
