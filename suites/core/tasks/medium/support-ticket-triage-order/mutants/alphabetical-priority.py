# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

KNOWN = {"critical", "high", "normal", "low"}


def triage_order(tickets):
    def key(ticket):
        priority = ticket["priority"].strip().lower()
        if priority not in KNOWN:
            raise ValueError(priority)
        due = ticket["due"]
        return (priority, due is None, due or date.min, -ticket.get("votes", 0))

    return [ticket["id"] for ticket in sorted(tickets, key=key)]
