# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def project_inventory(events, queries):
    # check events first
    for i in range(len(events)):
        e = events[i]
        if e["type"] != "receive" and e["type"] != "ship" and e["type"] != "adjust" and e["type"] != "retire":
            raise ValueError("bad event type at " + str(i))
        if e["type"] == "receive" or e["type"] == "ship":
            if type(e["qty"]) != int or e["qty"] <= 0:
                raise ValueError("bad qty at " + str(i))
        if e["type"] == "adjust":
            if type(e["delta"]) != int:
                raise ValueError("bad delta at " + str(i))
    for i in range(len(queries)):
        if type(queries[i]) != int or queries[i] < 0 or queries[i] > len(events):
            raise IndexError("bad query " + str(queries[i]))
    order = []
    for i in range(len(queries)):
        order.append((queries[i], i))
    order.sort()
    results = [None] * len(queries)
    stock = {}
    retired = {}
    rej = 0
    pos = 0
    k = 0
    while k < len(order):
        q = order[k][0]
        while pos < q:
            e = events[pos]
            s = e["sku"]
            if s in retired:
                pos = pos + 1
                continue
            if e["type"] == "receive":
                if s in stock:
                    stock[s] = stock[s] + e["qty"]
                else:
                    stock[s] = e["qty"]
            elif e["type"] == "ship":
                if s in stock:
                    if stock[s] >= e["qty"]:
                        stock[s] = stock[s] - e["qty"]
                    else:
                        rej = rej + 1
                else:
                    rej = rej + 1
            elif e["type"] == "adjust":
                if s in stock:
                    stock[s] = stock[s] + e["delta"]
                    if stock[s] < 0:
                        stock[s] = 0
                else:
                    if e["delta"] > 0:
                        stock[s] = e["delta"]
                    else:
                        stock[s] = 0
            elif e["type"] == "retire":
                retired[s] = True
                if s in stock:
                    del stock[s]
            pos = pos + 1
        snap = {}
        for s in stock:
            if stock[s] != 0:
                snap[s] = stock[s]
        results[order[k][1]] = (snap, rej)
        k = k + 1
    return results
