def count_inversions(values):
    count = 0
    def sort(lo, hi):
        nonlocal count
        if hi - lo <= 1:
            return
        mid = (lo + hi) // 2
        sort(lo, mid)
        sort(mid, hi)
        left, right = values[lo:mid], values[mid:hi]
        i = j = 0
        k = lo
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                values[k] = left[i]; i += 1
            else:
                values[k] = right[j]; j += 1; count += len(left) - i
            k += 1
        for rest in (left[i:], right[j:]):
            for v in rest:
                values[k] = v; k += 1
    sort(0, len(values))
    return count
