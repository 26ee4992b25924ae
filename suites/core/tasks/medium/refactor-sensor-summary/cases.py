# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def typical_log(m):
    lines = [
        "# exported 2024-05-01\n",
        "t-kitchen, 2024-05-01T10:00, 21.5\n",
        "t-garage,2024-05-01T10:00,12\n",
        "\n",
        "t-kitchen,2024-05-01T10:05,22.25\n",
        "t-kitchen,2024-05-01T10:10,20.0\n",
        "T-kitchen,2024-05-01T10:10,19\n",
        "t-garage,2024-05-01T10:05,-3.5\n",
        "t-garage ,2024-05-01T10:10, 4\n",
    ]
    return m.summarize_readings(lines)


@case("edge")
def rejected_lines(m):
    lines = ["a,1,2,3", "a,1", ",1,5", " ,1,5", "a,1,abc", "a,1,nan", "b,1,inf", "c,1,-Infinity", "d,1,1e3",
             "   # indented comment", "d,1, 2 ", "d,,7", "e,1,", "e,1,0x10", "f,1,1_000"]
    return m.summarize_readings(lines)


@case("edge")
def nothing_valid(m):
    return [m.summarize_readings([]), m.summarize_readings(["# only a comment", "   "]), m.summarize_readings(["x"])]


@case("edge")
def int_like_values_and_rounding(m):
    lines = ["s,0,1", "s,1,2", "s,2,2", "r,0,0.125", "r,1,0.13", "q,0,-0", "q,1,0"]
    return m.summarize_readings(lines)


@case()
def many_random_readings(m):
    rng = random.Random(7)
    lines = []
    for i in range(3000):
        sensor = f"s{rng.randrange(40):02d}"
        value = round(rng.uniform(-40, 60), 3)
        lines.append(f"{sensor},{i},{value}" if rng.random() > 0.05 else f"{sensor},{i},ERR")
    return m.summarize_readings(lines)


@case("edge")
def tuple_input(m):
    return m.summarize_readings(("a,1,1", "a,2,3"))
