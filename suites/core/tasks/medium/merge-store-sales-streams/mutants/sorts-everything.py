# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_sales(streams):
    records = []
    for stream in streams:
        previous = None
        for record in stream:
            if previous is not None and record[0] < previous:
                raise ValueError("stream goes back in time")
            previous = record[0]
            records.append(record)
    records.sort(key=lambda r: r[0])
    return iter(records)
