# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def reconcile(bank, books):
    matched, bank_only, books_only = [], [], []
    i = j = 0
    while i < len(bank) and j < len(books):
        if bank[i][0] == books[j][0]:
            matched.append((bank[i][1], books[j][1]))
            i += 1
            j += 1
        elif bank[i][0] < books[j][0]:
            bank_only.append(bank[i][1])
            i += 1
        else:
            books_only.append(books[j][1])
            j += 1
    bank_only += [ref for _, ref in bank[i:]]
    books_only += [ref for _, ref in books[j:]]
    return matched, bank_only, books_only
