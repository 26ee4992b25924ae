# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def shipping_cost(weight, zone, service="standard", member=False):
    z = zone.lower().strip()
    s = service.lower().strip()
    if weight <= 0:
        raise ValueError("weight must be positive")
    if z == "domestic":
        if weight > 50:
            raise ValueError("too heavy")
        c = 490
        extra = int(weight - 1)
        if weight - 1 > extra:
            extra = extra + 1
        if extra > 0:
            c = c + extra * 120
    elif z == "eu":
        if weight > 50:
            raise ValueError("too heavy")
        c = 990
        extra = int(weight - 1)
        if weight - 1 > extra:
            extra = extra + 1
        if extra > 0:
            c = c + extra * 250
    elif z == "world":
        if weight > 30:
            raise ValueError("too heavy")
        c = 1890
        extra = int(weight - 1)
        if weight - 1 > extra:
            extra = extra + 1
        if extra > 0:
            c = c + extra * 600
    else:
        raise ValueError("unknown zone: " + zone)
    if s == "express":
        c = c + c // 2
    elif s != "standard":
        raise ValueError("unknown service: " + service)
    if member:
        if z == "domestic" and s == "standard":
            c = 0
        else:
            c = c - c // 10
    return c
