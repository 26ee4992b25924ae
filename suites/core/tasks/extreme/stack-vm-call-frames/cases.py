# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case

FACT = """
    PUSH 5
    CALL fact 1      ; fact(5)
    PRINT
    HALT
fact:                ; local 0 = n
    LOAD 0
    JZ base
    LOAD 0
    LOAD 0
    PUSH 1
    SUB
    CALL fact 1
    MUL
    RET
base:
    PUSH 1
    RET
"""


def outcome(m, source, **kwargs):
    try:
        return m.run(source, **kwargs)
    except m.VMError as exc:
        return ("VMError", exc.line)


@case()
def factorial_and_loop(m):
    fib = """
        PUSH 0
        STORE 0     ; a
        PUSH 1
        STORE 1     ; b
        PUSH 12
        STORE 2     ; counter
    loop:
        LOAD 2
        JZ done
        LOAD 0
        PRINT
        LOAD 0
        LOAD 1
        ADD
        LOAD 1
        STORE 0
        STORE 1
        LOAD 2
        PUSH 1
        SUB
        STORE 2
        JMP loop
    done:
    """
    return [m.run(FACT), m.run(FACT.replace("PUSH 5", "PUSH 25")), m.run(fib)]


@case()
def frames_and_arguments(m):
    source = """
        PUSH 100
        STORE 0          ; main's local 0 must survive the calls
        PUSH 10
        PUSH 3
        CALL minus 2     ; 10 - 3: the deepest argument is local 0
        PRINT
        PUSH 7
        CALL junk 0      ; returns 42, its leftover stack values are discarded
        PRINT
        PRINT            ; the 7 pushed before the call is still there
        LOAD 0
        PRINT
        PUSH 2
        PUSH 3
        PUSH 4
        CALL outer 3
        PRINT
        HALT
    minus:
        LOAD 0
        LOAD 1
        SUB
        RET
    junk:
        PUSH 1
        PUSH 2
        PUSH 42
        STORE 0
        LOAD 0
        RET
    outer:               ; (a, b, c) -> minus(a * 10, b) + c, using its own locals
        LOAD 0
        PUSH 10
        MUL
        LOAD 1
        CALL minus 2
        LOAD 2
        ADD
        RET
    """
    return m.run(source)


@case()
def arithmetic(m):
    source = """
        PUSH -7
        PUSH 2
        DIV
        PRINT
        PUSH -7
        PUSH 2
        MOD
        PRINT
        PUSH 7
        PUSH -2
        DIV
        PRINT
        PUSH 7
        PUSH -2
        MOD
        PRINT
        PUSH 3
        PUSH 5
        LT
        PUSH 3
        PUSH 5
        GT
        PUSH 4
        PUSH 4
        EQ
        PRINT
        PRINT
        PRINT
        PUSH 0
        NOT
        PUSH -3
        NOT
        PRINT
        PRINT
        PUSH 1
        PUSH 2
        SWAP
        SUB
        DUP
        MUL
        PRINT
        PUSH 99999999999
        DUP
        MUL
        PRINT
        PUSH -5
        JNZ skip
        PUSH 111
        PRINT
    skip:
        PUSH 0
        JNZ skip2
        PUSH 222
        PRINT
    skip2:
    """
    return m.run(source)


@case("edge")
def source_format(m):
    source = "\n".join([
        "; a program with odd formatting",
        "",
        "\tpush   3 ;three",
        "  Call  _twice_1 1",
        "Print",
        "   jmp end_",
        "_twice_1:",
        "alias:   ; two labels for one instruction",
        "  LOAD 0",
        "  load 0",
        "  add",
        "  ret",
        "end_:",
    ])
    empty = outcome(m, "")
    only_comments = outcome(m, "; nothing\n   \n;more")
    label_at_end = outcome(m, "PUSH 1\nJZ out\nPUSH 2\nPRINT\nout:")
    ends_inside_call = outcome(m, "PUSH 6\nPRINT\nCALL f 0\nPUSH 1\nPRINT\nf:\nPUSH 9\nPRINT")
    halt_inside_call = outcome(m, "CALL f 0\nPUSH 1\nPRINT\nf:\nPUSH 8\nPRINT\nHALT\nRET")
    return [outcome(m, source), empty, only_comments, label_at_end, ends_inside_call, halt_inside_call,
            outcome(m, "PUSH -0\nPRINT\nPUSH 007\nPRINT")]


@case("error-handling")
def assembly_errors(m):
    sources = [
        "PUSH 1\nPRINT\nFROB\n",
        "PUSH\n",
        "PUSH 1 2\n",
        "PUSH 1.5\n",
        "PUSH x\n",
        "LOAD -1\n",
        "STORE\n",
        "CALL f\nf:\nRET",
        "CALL f -1\nf:\nRET",
        "JMP nowhere\n",
        "PUSH 1\nPRINT\nloop:\nJMP loop\nloop:\n",
        "PUSH 1\nPRINT ; fine\n\nPOP 3\n",
        "PUSH 1\nJZ 9lives\n",
        "PUSH 1\nx y:\n",
        "PRINT\nCALL missing 0\n",
    ]
    return [outcome(m, source) for source in sources]


@case("error-handling")
def runtime_errors(m):
    sources = [
        "PUSH 1\nPRINT\nPRINT\n",
        "PUSH 1\nADD\n",
        "PUSH 1\nPUSH 0\nDIV\n",
        "PUSH 1\nPUSH 0\nMOD\n",
        "PUSH 3\nSTORE 1\nLOAD 1\nLOAD 0\n",
        "PUSH 1\nRET\n",
        "CALL f 0\nf:\nRET\n",
        "PUSH 1\nCALL f 2\nf:\nRET\n",
        "PUSH 5\nSTORE 0\nCALL f 0\nf:\nLOAD 0\nRET\n",
        "DUP\n",
        "PUSH 1\nSWAP\n",
        "JMP loop\nloop:\nJMP loop\n",
    ]
    return [outcome(m, source, max_steps=10_000) for source in sources]


@case("edge")
def deep_recursion_and_limits(m):
    sum_to = """
        PUSH {n}
        CALL sum 1
        PRINT
        HALT
    sum:
        LOAD 0
        JZ zero
        LOAD 0
        LOAD 0
        PUSH 1
        SUB
        CALL sum 1
        ADD
        RET
    zero:
        PUSH 0
        RET
    """
    counted = "PUSH 1\nPRINT\nPUSH 2\nPRINT\n"
    return [outcome(m, sum_to.format(n=9_998)), outcome(m, sum_to.format(n=9_999)),
            outcome(m, sum_to.format(n=10_000)), outcome(m, counted, max_steps=4),
            outcome(m, counted, max_steps=3), outcome(m, counted, max_steps=0), outcome(m, "", max_steps=0),
            outcome(m, sum_to.format(n=50), max_steps=458), outcome(m, sum_to.format(n=50), max_steps=457)]


@case("perf")
def long_generated_program(m):
    lines = ["    PUSH 0", "    STORE 0", "    JMP start"]
    for k in range(15_000):
        lines += [f"lib_{k}:", f"    PUSH {k}", "    RET"]
    lines += [
        "start:",
        "    LOAD 0",
        "    PUSH 20000",
        "    LT",
        "    JZ finish",
        "    LOAD 0",
        "    DUP",
        "    CALL work 1",
        "    ADD",
        "    PUSH 1000",
        "    MOD",
        "    POP",
        "    LOAD 0",
        "    PUSH 1",
        "    ADD",
        "    STORE 0",
        "    JMP start",
        "finish:",
        "    LOAD 0",
        "    LOAD 0",
        "    CALL lib_14999 1",
        "    ADD",
        "    PRINT",
        "    HALT",
        "work:",
        "    LOAD 0",
        "    PUSH 7",
        "    MUL",
        "    RET",
    ]
    return m.run("\n".join(lines))
