# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def group_by_field(records: list[dict], field: str, *, skip_missing: bool = False) -> dict:
    """Group records by the value of field, keeping input order within each group."""
    groups: dict = {}
    for record in records:
        if field not in record:
            if skip_missing:
                continue
            raise KeyError(field)
        groups.setdefault(record[field], []).append(record)
    return groups
