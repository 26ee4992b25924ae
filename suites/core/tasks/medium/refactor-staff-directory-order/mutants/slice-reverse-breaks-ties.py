# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def directory_order(people):
    ordered = sorted(people, key=lambda x: (x["last"].lower(), x["first"].lower()))
    ordered = sorted(ordered, key=lambda x: x["years"])[::-1]
    ordered = sorted(ordered, key=lambda x: (not x.get("dept"), (x.get("dept") or "").lower()))
    return [f"{x['first']} {x['last']}" for x in ordered]
