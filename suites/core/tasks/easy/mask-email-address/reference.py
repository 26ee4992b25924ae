# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def mask_email(address: str) -> str:
    """Mask the local part of an email address as first char + '***' + last char."""
    parts = address.strip().split("@")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise ValueError(f"not a valid email address: {address!r}")
    local, domain = parts
    local = local.split("+", 1)[0]
    if not local:
        raise ValueError(f"empty local part in {address!r}")
    if len(local) >= 3:
        masked = f"{local[0]}***{local[-1]}"
    elif len(local) == 2:
        masked = f"{local[0]}***"
    else:
        masked = "***"
    return f"{masked}@{domain.lower()}"
