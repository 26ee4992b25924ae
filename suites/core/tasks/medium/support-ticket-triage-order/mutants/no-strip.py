# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

RANK = {"critical": 0, "high": 1, "normal": 2, "low": 3}


def triage_order(tickets):
    def key(ticket):
        priority = ticket["priority"].lower()
        if priority not in RANK:
            raise ValueError(priority)
        due = ticket["due"]
        return (RANK[priority], due is None, due or date.min, -ticket.get("votes", 0))

    return [ticket["id"] for ticket in sorted(tickets, key=key)]
