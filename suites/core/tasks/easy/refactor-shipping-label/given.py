# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_label(a):
    lines = []
    if "name" in a and a["name"] != None and a["name"].strip() != "":
        lines.append(a["name"].strip())
    else:
        raise ValueError("name is required")
    if "company" in a and a["company"] != None and a["company"].strip() != "":
        lines.append(a["company"].strip())
    if "street" in a and a["street"] != None and a["street"].strip() != "":
        lines.append(a["street"].strip())
    else:
        raise ValueError("street is required")
    if "line2" in a and a["line2"] != None and a["line2"].strip() != "":
        lines.append(a["line2"].strip())
    if "city" in a and a["city"] != None and a["city"].strip() != "":
        last = a["city"].strip()
    else:
        raise ValueError("city is required")
    if "state" in a and a["state"] != None and a["state"].strip() != "":
        last = last + ", " + a["state"].strip().upper()
    if "postcode" in a and a["postcode"] != None and a["postcode"].strip() != "":
        last = last + " " + a["postcode"].strip()
    lines.append(last)
    if "country" in a and a["country"] != None and a["country"].strip() != "":
        c = a["country"].strip().upper()
        if c != "US" and c != "USA":
            lines.append(c)
    s = ""
    for i in range(len(lines)):
        if i > 0:
            s = s + "\n"
        s = s + lines[i]
    return s
