# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_duration(seconds):
    if seconds < 0:
        raise ValueError("negative duration")
    s = int(seconds)
    h = 0
    m = 0
    while s >= 3600:
        h = h + 1
        s = s - 3600
    while s >= 60:
        m = m + 1
        s = s - 60
    if h > 0:
        if m < 10:
            ms = "0" + str(m)
        else:
            ms = str(m)
        if s < 10:
            ss = "0" + str(s)
        else:
            ss = str(s)
        return str(h) + "h " + ms + "m " + ss + "s"
    else:
        if m > 0:
            if s < 10:
                ss = "0" + str(s)
            else:
                ss = str(s)
            return str(m) + "m " + ss + "s"
        else:
            return str(s) + "s"
