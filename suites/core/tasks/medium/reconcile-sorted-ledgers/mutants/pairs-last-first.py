# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import defaultdict


def reconcile(bank, books):
    for name, entries in (("bank", bank), ("books", books)):
        for a, b in zip(entries, entries[1:]):
            if a[0] > b[0]:
                raise ValueError(f"{name} is not sorted")
    pending = defaultdict(list)  # amount -> indices of unmatched book entries
    for index, (amount, _) in enumerate(books):
        pending[amount].append(index)
    matched, bank_only, used = [], [], set()
    for amount, ref in bank:
        if pending[amount]:
            index = pending[amount].pop()
            used.add(index)
            matched.append((ref, books[index][1]))
        else:
            bank_only.append(ref)
    books_only = [ref for index, (_, ref) in enumerate(books) if index not in used]
    return matched, bank_only, books_only
