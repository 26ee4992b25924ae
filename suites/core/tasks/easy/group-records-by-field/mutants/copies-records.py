# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def group_by_field(records, field, *, skip_missing=False):
    groups = {}
    for record in records:
        if field not in record:
            if skip_missing:
                continue
            raise KeyError(field)
        groups.setdefault(record[field], []).append(dict(record))
    return groups
