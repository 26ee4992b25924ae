# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def reconcile(bank, books):
    for name, entries in (("bank", bank), ("books", books)):
        for a, b in zip(entries, entries[1:]):
            if a[0] > b[0]:
                raise ValueError(f"{name} is not sorted")
    remaining = list(books)
    matched, bank_only = [], []
    for amount, ref in bank:
        for k, (book_amount, book_ref) in enumerate(remaining):
            if book_amount == amount:
                matched.append((ref, book_ref))
                del remaining[k]
                break
        else:
            bank_only.append(ref)
    return matched, bank_only, [ref for _, ref in remaining]
