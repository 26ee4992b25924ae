# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def group_by_field(records, field, *, skip_missing=False):
    groups = {}
    for record in records:
        value = record.get(field)
        if value is None:
            if skip_missing:
                continue
            raise KeyError(field)
        groups.setdefault(value, []).append(record)
    return groups
