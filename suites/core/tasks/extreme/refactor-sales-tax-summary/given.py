# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from decimal import Decimal, ROUND_HALF_EVEN


def tax_summary(lines, rates):
    g = {}
    for i in range(len(lines)):
        l = lines[i]
        if l[1] <= 0:
            raise ValueError("quantity must be positive: " + str(l[0]))
        if not l[3] in rates:
            raise KeyError(l[3])
        n = (Decimal(l[2]) * l[1]).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        if l[3] in g:
            g[l[3]] = g[l[3]] + n
        else:
            g[l[3]] = n
    out = []
    tn = Decimal("0.00")
    tt = Decimal("0.00")
    for k in sorted(g.keys()):
        t = (g[k] * Decimal(rates[k])).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        out.append((k, str(g[k]), str(t)))
        tn = tn + g[k]
        tt = tt + t
    return {"groups": out, "net": str(tn), "tax": str(tt), "total": str(tn + tt)}
