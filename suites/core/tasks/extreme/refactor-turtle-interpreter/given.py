# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def run_logo(program):
    t = program.replace("[", " [ ").replace("]", " ] ").split()
    # pass 1: check the program
    i = 0
    d = 0
    while i < len(t):
        w = t[i].upper()
        if w == "FD" or w == "FORWARD" or w == "BK" or w == "BACK" or w == "RT" or w == "RIGHT" or w == "LT" or w == "LEFT" or w == "SETH" or w == "SETHEADING":
            if i + 1 >= len(t):
                raise ValueError("expected a number after " + t[i])
            try:
                n = float(t[i + 1])
            except ValueError:
                raise ValueError("expected a number after " + t[i] + ", got " + repr(t[i + 1]))
            if n != n or n == float("inf") or n == -float("inf"):
                raise ValueError("expected a number after " + t[i] + ", got " + repr(t[i + 1]))
            i = i + 2
        elif w == "SETXY":
            for k in range(1, 3):
                if i + k >= len(t):
                    raise ValueError("expected a number after " + t[i])
                try:
                    n = float(t[i + k])
                except ValueError:
                    raise ValueError("expected a number after " + t[i] + ", got " + repr(t[i + k]))
                if n != n or n == float("inf") or n == -float("inf"):
                    raise ValueError("expected a number after " + t[i] + ", got " + repr(t[i + k]))
            i = i + 3
        elif w == "PU" or w == "PENUP" or w == "PD" or w == "PENDOWN" or w == "HOME":
            i = i + 1
        elif w == "REPEAT":
            if i + 1 >= len(t):
                raise ValueError("expected a number after " + t[i])
            try:
                n = float(t[i + 1])
            except ValueError:
                raise ValueError("expected a number after " + t[i] + ", got " + repr(t[i + 1]))
            if n != n or n < 0 or n == float("inf") or n != int(n):
                raise ValueError("REPEAT count must be a non-negative integer, got " + repr(t[i + 1]))
            if i + 2 >= len(t) or t[i + 2] != "[":
                raise ValueError("expected [ after REPEAT " + t[i + 1])
            d = d + 1
            i = i + 3
        elif w == "]":
            if d == 0:
                raise ValueError("unexpected ]")
            d = d - 1
            i = i + 1
        elif w == "[":
            raise ValueError("unexpected [")
        else:
            raise ValueError("unknown command " + repr(t[i]))
    if d > 0:
        raise ValueError("missing ]")
    # pass 2: run it
    x = 0.0
    y = 0.0
    h = 0.0
    pen = True
    out = []
    stack = []
    i = 0
    while i < len(t):
        w = t[i].upper()
        if w == "FD" or w == "FORWARD":
            n = float(t[i + 1])
            nx = x + n * math.sin(math.radians(h))
            ny = y + n * math.cos(math.radians(h))
            if pen and n != 0:
                out.append((round(x, 4) + 0.0, round(y, 4) + 0.0, round(nx, 4) + 0.0, round(ny, 4) + 0.0))
            x = nx
            y = ny
            i = i + 2
        elif w == "BK" or w == "BACK":
            n = -float(t[i + 1])
            nx = x + n * math.sin(math.radians(h))
            ny = y + n * math.cos(math.radians(h))
            if pen and n != 0:
                out.append((round(x, 4) + 0.0, round(y, 4) + 0.0, round(nx, 4) + 0.0, round(ny, 4) + 0.0))
            x = nx
            y = ny
            i = i + 2
        elif w == "RT" or w == "RIGHT":
            h = (h + float(t[i + 1])) % 360
            i = i + 2
        elif w == "LT" or w == "LEFT":
            h = (h - float(t[i + 1])) % 360
            i = i + 2
        elif w == "SETH" or w == "SETHEADING":
            h = float(t[i + 1]) % 360
            i = i + 2
        elif w == "SETXY":
            nx = float(t[i + 1])
            ny = float(t[i + 2])
            if pen and (nx != x or ny != y):
                out.append((round(x, 4) + 0.0, round(y, 4) + 0.0, round(nx, 4) + 0.0, round(ny, 4) + 0.0))
            x = nx
            y = ny
            i = i + 3
        elif w == "HOME":
            if pen and (x != 0 or y != 0):
                out.append((round(x, 4) + 0.0, round(y, 4) + 0.0, 0.0, 0.0))
            x = 0.0
            y = 0.0
            h = 0.0
            i = i + 1
        elif w == "PU" or w == "PENUP":
            pen = False
            i = i + 1
        elif w == "PD" or w == "PENDOWN":
            pen = True
            i = i + 1
        elif w == "REPEAT":
            c = int(float(t[i + 1]))
            if c == 0:
                # skip the body
                dd = 0
                j = i + 2
                while True:
                    if t[j] == "[":
                        dd = dd + 1
                    elif t[j] == "]":
                        dd = dd - 1
                        if dd == 0:
                            break
                    j = j + 1
                i = j + 1
            else:
                stack.append([i + 3, c])
                i = i + 3
        elif w == "]":
            stack[-1][1] = stack[-1][1] - 1
            if stack[-1][1] > 0:
                i = stack[-1][0]
            else:
                stack.pop()
                i = i + 1
    return out
