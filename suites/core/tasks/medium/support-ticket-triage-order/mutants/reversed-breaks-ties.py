# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

RANK = {"critical": 0, "high": 1, "normal": 2, "low": 3}


def triage_order(tickets):
    for ticket in tickets:
        if ticket["priority"].strip().lower() not in RANK:
            raise ValueError(ticket["priority"])
    queue = sorted(tickets, key=lambda x: x.get("votes", 0))[::-1]
    queue = sorted(queue, key=lambda x: (x["due"] is None, x["due"] or date.min))
    queue = sorted(queue, key=lambda x: RANK[x["priority"].strip().lower()])
    return [ticket["id"] for ticket in queue]
