# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def import_users(rows):
    users = {}
    errors = []
    n = 0
    for r in rows:
        n = n + 1
        err = 0
        try:
            name = r["name"].strip()
        except:
            err = 1
        if err == 0:
            if name == "":
                err = 2
        if err == 0:
            try:
                age = int(r.get("age", ""))
            except:
                err = 3
        if err == 0:
            if age < 0 or age > 150:
                err = 4
        if err == 0:
            email = r.get("email")
            if email is None:
                email = ""
            try:
                email = email.strip().lower()
            except:
                err = 5
        if err == 0:
            if email != "" and (email.count("@") != 1 or email.startswith("@") or email.endswith("@")):
                err = 5
        if err == 0:
            if name.lower() in users:
                err = 6
        if err == 1:
            errors.append("row %d: missing name" % n)
        elif err == 2:
            errors.append("row %d: empty name" % n)
        elif err == 3:
            errors.append("row %d: bad age" % n)
        elif err == 4:
            errors.append("row %d: age out of range" % n)
        elif err == 5:
            errors.append("row %d: bad email" % n)
        elif err == 6:
            errors.append("row %d: duplicate user %s" % (n, name))
        else:
            if email == "":
                email = None
            users[name.lower()] = {"name": name, "age": age, "email": email}
    return users, errors
