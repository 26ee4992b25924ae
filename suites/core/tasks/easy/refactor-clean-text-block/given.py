# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def clean_text(text):
    t = text.replace("\r\n", "\n")
    t = t.replace("\r", "\n")
    lines = t.split("\n")
    out = []
    blank = 0
    for i in range(len(lines)):
        l = lines[i]
        while len(l) > 0 and (l[-1] == " " or l[-1] == "\t"):
            l = l[0:len(l) - 1]
        if l == "":
            blank = blank + 1
            if blank < 2:
                out.append(l)
            else:
                pass
        else:
            blank = 0
            out.append(l)
    # remove blank lines at the start
    while len(out) > 0 and out[0] == "":
        out.pop(0)
    # remove blank lines at the end
    while len(out) > 0 and out[len(out) - 1] == "":
        out.pop(len(out) - 1)
    if len(out) == 0:
        return ""
    else:
        result = ""
        for j in range(len(out)):
            result = result + out[j] + "\n"
        return result
