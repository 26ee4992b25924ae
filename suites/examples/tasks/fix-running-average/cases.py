from pyarena_cases import case


@case()
def pairs(m):
    return m.running_average([1, 2, 3, 4], 2)


@case()
def whole_list(m):
    return m.running_average([2, 4, 6], 3)


@case("edge")
def shorter_than_window(m):
    return m.running_average([1, 2], 5)


@case("edge")
def window_of_one(m):
    return m.running_average([3, 1, 2], 1)


@case("error-handling")
def zero_window(m):
    return m.running_average([1, 2], 0)


@case("error-handling")
def negative_window(m):
    return m.running_average([1, 2], -1)
