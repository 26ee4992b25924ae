# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def mask_email(address):
    parts = address.strip().split("@")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise ValueError("invalid address")
    local, domain = parts
    local = local.split("+", 1)[0]
    if not local:
        raise ValueError("invalid address")
    if len(local) >= 2:
        masked = local[0] + "***" + local[-1]
    else:
        masked = "***"
    return masked + "@" + domain.lower()
