# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import configparser


def load_settings(path):
    parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
    with open(path, encoding="utf-8") as f:
        try:
            parser.read_file(f)
        except configparser.Error as exc:
            raise ValueError(str(exc)) from exc
    return {name: dict(parser[name]) for name in parser.sections()}
