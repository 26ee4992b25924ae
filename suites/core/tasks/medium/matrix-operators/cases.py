# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def add_sub_repr(m):
    a = m.Matrix([[1, 2], [3, 4]])
    b = m.Matrix([[10, 20], [30, 40]])
    return [repr(a + b), repr(b - a), (a - a).rows(), a.shape]


@case()
def scalar_both_sides(m):
    a = m.Matrix([[1, -2, 3]])
    return [(a * 3).rows(), (0.5 * a).rows(), repr(a * 2)]


@case()
def rectangular_product(m):
    a = m.Matrix([[1, 2, 3], [4, 5, 6]])
    b = m.Matrix([[7, 8], [9, 10], [11, 12]])
    return [(a @ b).rows(), (b @ a).rows(), (a @ b).shape, (b @ a).shape]


@case()
def product_is_not_commutative(m):
    a = m.Matrix([[0, 1], [0, 0]])
    b = m.Matrix([[0, 0], [1, 0]])
    return [(a @ b).rows(), (b @ a).rows(), a @ b == b @ a]


@case()
def identity_and_transpose(m):
    a = m.Matrix([[1, 2, 3]])
    i3 = m.Matrix.identity(3)
    return [i3.rows(), (a @ i3) == a, a.transpose().rows(), a.transpose().shape, a[0, 2], i3[1, 1]]


@case("edge")
def equality_and_hashing(m):
    a = m.Matrix([[1, 2], [3, 4]])
    b = m.Matrix([(1, 2), (3, 4)])
    c = m.Matrix([[1, 2, 3, 4]])
    return [a == b, a != b, a == c, a == [[1, 2], [3, 4]], a != [[1, 2], [3, 4]],
            hash(a) == hash(b), len({a, b, c}), {a: "x"}[b]]


@case("edge")
def data_is_copied(m):
    source = [[1, 2], [3, 4]]
    a = m.Matrix(source)
    source[0][0] = 99
    out = a.rows()
    out[1][1] = -1
    return [a.rows(), a[0, 0]]


@case("edge")
def one_by_one(m):
    a = m.Matrix([[7]])
    return [(a @ a).rows(), repr(a), a.transpose() == a, (a + a)[0, 0]]


@case("error-handling")
def shape_mismatch_add(m):
    return m.Matrix([[1, 2]]) + m.Matrix([[1], [2]])


@case("error-handling")
def shape_mismatch_matmul(m):
    return m.Matrix([[1, 2], [3, 4]]) @ m.Matrix([[1, 2]])


@case("error-handling")
def matrix_times_matrix(m):
    return m.Matrix([[1, 2]]) * m.Matrix([[1, 2]])


@case("error-handling")
def bad_operands_and_inputs(m):
    a = m.Matrix([[1, 2]])
    out = []
    for action in [lambda: a + 1, lambda: a @ 2, lambda: "x" * a, lambda: m.Matrix([]),
                   lambda: m.Matrix([[]]), lambda: m.Matrix([[1, 2], [3]]), lambda: m.Matrix.identity(0)]:
        try:
            action()
            out.append("ok")
        except (TypeError, ValueError) as error:
            out.append(type(error).__name__)
    return out
