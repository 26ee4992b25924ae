# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

PRIORITY_RANK = {"critical": 0, "high": 1, "normal": 2, "low": 3}


def _priority_rank(ticket: dict) -> int:
    priority = ticket["priority"].strip().lower()
    if priority not in PRIORITY_RANK:
        raise ValueError(f"unknown priority {ticket['priority']!r} on ticket {ticket['id']}")
    return PRIORITY_RANK[priority]


def _queue_key(ticket: dict) -> tuple[int, bool, date, int]:
    due = ticket["due"]
    return (_priority_rank(ticket), due is None, due or date.min, -ticket.get("votes", 0))


def triage_order(tickets: list[dict]) -> list[str]:
    """Ticket ids by priority, due date (missing last), votes (descending), then input order."""
    return [ticket["id"] for ticket in sorted(tickets, key=_queue_key)]
