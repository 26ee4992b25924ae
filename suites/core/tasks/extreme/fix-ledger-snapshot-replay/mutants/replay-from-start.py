# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Event-sourced account ledger: an append-only event log plus periodic snapshots."""
from __future__ import annotations

import bisect


class Ledger:
    def __init__(self, snapshot_every: int = 100) -> None:
        if snapshot_every < 1:
            raise ValueError("snapshot_every must be positive")
        self.snapshot_every = snapshot_every
        self._events: list[dict] = []
        self._state: dict[str, int] = {}
        self._snapshot_seqs: list[int] = [0]
        self._snapshots: list[dict[str, int]] = [{}]

    def __len__(self) -> int:
        return len(self._events)

    @staticmethod
    def _apply(state: dict[str, int], event: dict) -> None:
        kind = event["type"]
        if kind == "open":
            if event["account"] in state:
                raise ValueError(f"account {event['account']!r} already exists")
            state[event["account"]] = 0
            return
        amount = event["amount"]
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise ValueError("amount must be a positive integer")
        if kind == "deposit":
            state[event["account"]] += amount
        elif kind == "withdraw":
            if state[event["account"]] < amount:
                raise ValueError("insufficient funds")
            state[event["account"]] -= amount
        elif kind == "transfer":
            source, target = event["from"], event["to"]
            if target not in state:
                raise KeyError(target)
            if state[source] < amount:
                raise ValueError("insufficient funds")
            state[source] -= amount
            state[target] += amount
        else:
            raise ValueError(f"unknown event type {kind!r}")

    def append(self, event: dict) -> int:
        """Validate and record an event; returns its sequence number (1-based)."""
        trial = dict(self._state) if event.get("type") == "transfer" else self._state
        self._apply(trial, event)
        self._state = trial
        self._events.append(dict(event))
        seq = len(self._events)
        if seq % self.snapshot_every == 0:
            self._snapshot_seqs.append(seq)
            self._snapshots.append(dict(self._state))
        return seq

    def balances(self, at: int | None = None) -> dict[str, int]:
        """Balances after event number `at` (0 = before any event; None = now)."""
        if at is None:
            return dict(self._state)
        if not 0 <= at <= len(self._events):
            raise IndexError(f"no event {at}")
        state: dict[str, int] = {}
        for event in self._events[:at]:
            self._apply(state, event)
        return state

    def balance(self, account: str, at: int | None = None) -> int:
        return self.balances(at)[account]
