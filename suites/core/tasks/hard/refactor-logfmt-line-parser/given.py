# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def parse_line(line):
    d = {}
    i = 0
    n = len(line)
    while i < n:
        # skip blanks
        while i < n and (line[i] == " " or line[i] == "\t"):
            i = i + 1
        if i >= n:
            break
        # key
        k = ""
        while i < n and line[i] != "=" and line[i] != " " and line[i] != "\t":
            if line[i] == '"':
                raise ValueError("quote in key at " + str(i))
            k = k + line[i]
            i = i + 1
        if i >= n or line[i] != "=":
            # bare word = flag
            if not k in d:
                d[k] = True
            continue
        if k == "":
            raise ValueError("empty key at " + str(i))
        i = i + 1
        if i < n and line[i] == '"':
            i = i + 1
            v = ""
            ok = 0
            while i < n:
                c = line[i]
                if c == "\\":
                    if i + 1 >= n:
                        break
                    c2 = line[i + 1]
                    if c2 == "n":
                        v = v + "\n"
                    elif c2 == "t":
                        v = v + "\t"
                    elif c2 == '"':
                        v = v + '"'
                    elif c2 == "\\":
                        v = v + "\\"
                    else:
                        v = v + "\\" + c2
                    i = i + 2
                    continue
                if c == '"':
                    ok = 1
                    i = i + 1
                    break
                v = v + c
                i = i + 1
            if ok == 0:
                raise ValueError("unterminated quoted value for " + k)
            if i < n and line[i] != " " and line[i] != "\t":
                raise ValueError("garbage after quoted value for " + k)
        else:
            v = ""
            while i < n and line[i] != " " and line[i] != "\t":
                v = v + line[i]
                i = i + 1
        if not k in d:
            d[k] = v
    return d
