# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class MergeConflict(ValueError):
    def __init__(self, path):
        ValueError.__init__(self, "conflicting value types at " + ".".join([str(p) for p in path]))
        self.path = path


def cp(x):
    if type(x) == dict or isinstance(x, dict):
        d = {}
        for k in list(x.keys()):
            d[k] = cp(x[k])
        return d
    else:
        if isinstance(x, list):
            l = []
            for i in range(len(x)):
                l.append(cp(x[i]))
            return l
        else:
            return x


def merge_documents(docs, list_mode="append"):
    if list_mode != "append":
        if list_mode != "replace":
            raise ValueError("list_mode must be one of ('append', 'replace'), got " + repr(list_mode))
    res = {}
    for i in range(len(docs)):
        doit(res, docs[i], [], list_mode)
    return res


def doit(a, b, p, m):
    ks = list(b.keys())
    for i in range(len(ks)):
        k = ks[i]
        v = b[k]
        p2 = p + [k]
        if v is None:
            if k in a:
                del a[k]
            continue
        if k in a:
            old = a[k]
            if isinstance(old, dict):
                if isinstance(v, dict):
                    doit(old, v, p2, m)
                else:
                    raise MergeConflict(tuple(p2))
            elif isinstance(old, list):
                if isinstance(v, list):
                    if m == "append":
                        for j in range(len(v)):
                            old.append(cp(v[j]))
                    else:
                        a[k] = cp(v)
                else:
                    raise MergeConflict(tuple(p2))
            else:
                if isinstance(v, dict):
                    raise MergeConflict(tuple(p2))
                elif isinstance(v, list):
                    raise MergeConflict(tuple(p2))
                else:
                    a[k] = v
        else:
            if isinstance(v, dict):
                a[k] = {}
                doit(a[k], v, p2, m)
            else:
                if isinstance(v, list):
                    a[k] = cp(v)
                else:
                    a[k] = v
