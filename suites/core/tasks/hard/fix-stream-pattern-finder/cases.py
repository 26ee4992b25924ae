# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def reported_overlap(m):
    return m.find_in_stream(["abab", "ab"], "abab")


@case()
def log_lines(m):
    lines = ["GET /a 200\n", "GET /b 500\n", "POST /c 500\n", "GET /d 200\n", "GET /e 500\n"]
    return [m.find_in_stream(iter(lines), " 500\n"), m.find_in_stream(lines, "GET")]


@case("edge")
def spans_many_small_chunks(m):
    return [m.find_in_stream(iter("xxneedlexneedleneedle"), "needle"),
            m.find_in_stream(["ne", "", "ed", "l", "", "e"], "needle"),
            m.find_in_stream(["aaa", "a", "aa"], "aaa")]


@case("edge")
def one_shot_generator(m):
    def gen():
        for i in range(50):
            yield "ab" if i % 2 else "ba"
    return m.find_in_stream(gen(), "aabba")


@case("edge")
def no_chunks_and_short_text(m):
    return [m.find_in_stream([], "a"), m.find_in_stream(["", ""], "a"), m.find_in_stream(["ab"], "abc"),
            m.find_in_stream(["abc"], "abc")]


@case("edge")
def unicode_text(m):
    return m.find_in_stream(["日本", "語の日", "本語", "🙂日本語🙂"], "日本語")


@case("error-handling")
def empty_pattern(m):
    return m.find_in_stream(["abc"], "")


@case("perf")
def large_log_stream(m):
    rng = random.Random(7)

    def chunks():
        for i in range(40_000):
            body = format(rng.getrandbits(6), "06b").replace("0", "a").replace("1", "b")
            yield f"{i:05d} {body} ERR-ERR-ERR; " if i % 7 == 0 else f"{i:05d} {body} ok; "
    found = m.find_in_stream(chunks(), "ERR-ERR")
    again = m.find_in_stream(chunks(), "abab")
    return len(found), found[:5], found[-5:], len(again), sum(again) % 1_000_003
