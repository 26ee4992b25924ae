def summarize_orders(orders):
    result = {}
    l = []
    for i in range(len(orders)):
        o = orders[i]
        if o["status"] == "cancelled":
            continue
        else:
            if o["customer"] in result.keys():
                result[o["customer"]] = result[o["customer"]] + o["qty"] * o["price"]
            else:
                result[o["customer"]] = o["qty"] * o["price"]
    for k in result.keys():
        l.append((k, round(result[k], 2)))
    l2 = sorted(l, key=lambda x: x[1])
    l2.reverse()
    final = []
    for j in range(len(l2)):
        if j < 3:
            final.append(l2[j])
    return final
