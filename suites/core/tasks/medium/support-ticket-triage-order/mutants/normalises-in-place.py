# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

RANK = {"critical": 0, "high": 1, "normal": 2, "low": 3}


def triage_order(tickets):
    for ticket in tickets:
        ticket["priority"] = ticket["priority"].strip().lower()
        if ticket["priority"] not in RANK:
            raise ValueError(ticket["priority"])
        ticket.setdefault("votes", 0)
    tickets.sort(key=lambda x: (RANK[x["priority"]], x["due"] is None, x["due"] or date.min, -x["votes"]))
    return [ticket["id"] for ticket in tickets]
