# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def initials(full_name):
    words = full_name.split()
    if not words:
        return "?"
    return "".join(w[0] for w in words).upper()
