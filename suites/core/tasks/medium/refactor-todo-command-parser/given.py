# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def parse_command(line):
    p = line.split()
    if len(p) == 0:
        return ("noop",)
    c = p[0].lower()
    if c == "add":
        if len(p) > 1:
            t = ""
            for i in range(1, len(p)):
                if i > 1:
                    t = t + " "
                t = t + p[i]
            return ("add", t)
        else:
            return ("error", "add needs text")
    elif c == "done":
        if len(p) == 2:
            try:
                n = int(p[1])
            except ValueError:
                return ("error", "done needs a task number")
            if n > 0:
                return ("done", n)
            else:
                return ("error", "done needs a task number")
        else:
            return ("error", "done needs a task number")
    elif c == "rename":
        if len(p) > 2:
            try:
                n = int(p[1])
            except ValueError:
                return ("error", "rename needs a task number and text")
            if n > 0:
                t = ""
                for i in range(2, len(p)):
                    if i > 2:
                        t = t + " "
                    t = t + p[i]
                return ("rename", n, t)
            else:
                return ("error", "rename needs a task number and text")
        else:
            return ("error", "rename needs a task number and text")
    elif c == "list":
        if len(p) == 1:
            return ("list", "all")
        elif len(p) == 2:
            if p[1].lower() == "open" or p[1].lower() == "done" or p[1].lower() == "all":
                return ("list", p[1].lower())
            else:
                return ("error", "list takes open, done or all")
        else:
            return ("error", "list takes open, done or all")
    elif c == "quit" or c == "exit" or c == "q":
        if len(p) == 1:
            return ("quit",)
        else:
            return ("error", "quit takes no arguments")
    else:
        return ("error", "unknown command: " + p[0])
