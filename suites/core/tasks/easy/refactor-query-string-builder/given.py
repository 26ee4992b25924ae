# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from urllib.parse import quote


def build_query(params):
    keys = list(params.keys())
    keys.sort()
    parts = []
    for k in keys:
        v = params[k]
        if v is None:
            continue
        if type(v) == list or type(v) == tuple:
            for x in v:
                if x is None:
                    continue
                if x is True:
                    parts.append(quote(str(k), safe="") + "=" + "true")
                elif x is False:
                    parts.append(quote(str(k), safe="") + "=" + "false")
                else:
                    parts.append(quote(str(k), safe="") + "=" + quote(str(x), safe=""))
        else:
            if v is True:
                parts.append(quote(str(k), safe="") + "=" + "true")
            elif v is False:
                parts.append(quote(str(k), safe="") + "=" + "false")
            else:
                parts.append(quote(str(k), safe="") + "=" + quote(str(v), safe=""))
    if len(parts) == 0:
        return ""
    return "?" + "&".join(parts)
