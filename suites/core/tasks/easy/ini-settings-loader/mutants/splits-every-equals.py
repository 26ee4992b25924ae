# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def load_settings(path):
    settings = {}
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip()
                settings.setdefault(section, {})
            elif "=" in line:
                if section is None:
                    raise ValueError("key outside of section")
                parts = line.split("=")
                key, value = parts[0].strip(), parts[1].strip()
                if not key:
                    raise ValueError("empty key")
                settings[section][key] = value
            else:
                raise ValueError(f"bad line {line!r}")
    return settings
