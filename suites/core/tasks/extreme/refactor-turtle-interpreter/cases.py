# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, program):
    try:
        return m.run_logo(program)
    except ValueError as exc:
        return ("ValueError", str(exc))


@case()
def squares_and_turns(m):
    return [attempt(m, "repeat 4 [fd 10 rt 90]"), attempt(m, "FORWARD 5 RIGHT 45 FORWARD 5 LEFT 135 BACK 2"),
            attempt(m, "rt 30 fd 10 lt 60 fd 10 seth 180 fd 5 setheading -90 fd 1"),
            attempt(m, "rt 720.5 fd 1 lt 1e3 bk 2.5")]


@case()
def pen_and_absolute_moves(m):
    return [attempt(m, "pu fd 10 pd rt 90 fd 5 penup home pendown setxy 3 4 setxy 3 4 home fd 0 bk 0"),
            attempt(m, "setxy -2.5 7 rt 90 fd 2 home fd 1"),
            attempt(m, "PU REPEAT 3 [ FD 5 PD RT 120 ] FD 1")]


@case()
def nested_repeats(m):
    return [attempt(m, "repeat 3 [ repeat 2 [ fd 1 rt 90 ] lt 90 fd 2 ]"),
            attempt(m, "repeat 0 [ fd 100 ] fd 1 repeat 2.0 [] repeat 1e1 [rt 36 fd 1]"),
            attempt(m, "repeat 2[fd 1[]]"), attempt(m, "REPEAT 2 [REPEAT 0 [FD 9] REPEAT 1 [FD 1 RT 180]]")]


@case("edge")
def empty_and_odd_spacing(m):
    return [attempt(m, ""), attempt(m, "   \n\t "), attempt(m, "fd\n10\trt\n90 fd 10"), attempt(m, "pu pd pu"),
            attempt(m, "repeat 3[]"), attempt(m, "Fd +3 Rt -0 fD 1e-5 fd 0.00004 fd 0.00006")]


@case("error-handling")
def invalid_programs(m):
    programs = ["fd", "fd x", "fd 10 jump 3", "rt nan", "bk inf", "setxy 1", "setxy 1 y", "repeat 3 fd 1",
                "repeat -1 [fd 1]", "repeat 2.5 [fd 1]", "repeat x [fd 1]", "repeat inf [fd 1]", "repeat",
                "repeat 2 [fd 1", "fd 1 ]", "[ fd 1 ]", "repeat 2 [ fd 1 ] ]", "repeat 0 [ oops ]",
                "fd 10 rt 90 fd nan", "home 3", "repeat 1 [ repeat 1 [ fd 1 ]"]
    return [attempt(m, program) for program in programs]


@case("error-handling")
def first_error_wins(m):
    programs = ["fd x ]", "] fd x", "repeat 2 [ fd 1 ] ] jump", "jump ] ]", "repeat 2 [ fd x", "fd 1 repeat 2 [ [ ]",
                "FD 1 Repeat 1.5 [ ] ]", "seth 1 Jump 2 fd x"]
    return [attempt(m, program) for program in programs]


@case("perf")
def vectoriser_output(m):
    parts = []
    for i in range(40_000):
        parts.append(f"fd {1 + i % 7}.5 rt {i % 13 - 6} pu pd pu pd pu pd")
        if i % 5_000 == 0:
            parts.append("pu setxy 0 0 pd repeat 20 [ repeat 36 [ fd 1 rt 10 ] rt 18 ]")
    segments = m.run_logo("\n".join(parts))
    return len(segments), segments[:2], segments[-1], segments[len(segments) // 2]
