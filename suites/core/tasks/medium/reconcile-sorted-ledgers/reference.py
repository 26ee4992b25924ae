# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
Entry = tuple[int, str]


def _check_sorted(entries: list[Entry], name: str) -> None:
    if any(a[0] > b[0] for a, b in zip(entries, entries[1:])):
        raise ValueError(f"{name} is not sorted by amount")


def reconcile(bank: list[Entry], books: list[Entry]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Pair equal amounts of two amount-sorted ledgers in order; return the pairs and the leftovers."""
    _check_sorted(bank, "bank")
    _check_sorted(books, "books")
    matched: list[tuple[str, str]] = []
    bank_only: list[str] = []
    books_only: list[str] = []
    i = j = 0
    while i < len(bank) and j < len(books):
        (bank_amount, bank_ref), (book_amount, book_ref) = bank[i], books[j]
        if bank_amount == book_amount:
            matched.append((bank_ref, book_ref))
            i += 1
            j += 1
        elif bank_amount < book_amount:
            bank_only.append(bank_ref)
            i += 1
        else:
            books_only.append(book_ref)
            j += 1
    bank_only.extend(ref for _, ref in bank[i:])
    books_only.extend(ref for _, ref in books[j:])
    return matched, bank_only, books_only
