# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def check_password(pw, username):
    errs = []
    if len(pw) < 10:
        errs.append("must be at least 10 characters")
    if len(pw) > 64:
        errs.append("must be at most 64 characters")
    has_up = False
    has_low = False
    has_dig = False
    has_sym = False
    for i in range(len(pw)):
        c = pw[i]
        if c >= "A" and c <= "Z":
            has_up = True
        else:
            if c >= "a" and c <= "z":
                has_low = True
            else:
                if c >= "0" and c <= "9":
                    has_dig = True
                else:
                    if c != " ":
                        has_sym = True
    if has_up == False:
        errs.append("needs an upper-case letter")
    if has_low == False:
        errs.append("needs a lower-case letter")
    if has_dig == False:
        errs.append("needs a digit")
    if has_sym == False:
        errs.append("needs a symbol")
    if username != "":
        if pw.lower().find(username.lower()) != -1:
            errs.append("must not contain the username")
    return errs
