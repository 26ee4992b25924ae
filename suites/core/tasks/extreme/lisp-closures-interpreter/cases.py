# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, source):
    try:
        return m.run(source)
    except (NameError, TypeError, ValueError) as exc:
        return type(exc).__name__


@case()
def arithmetic_and_definitions(m):
    return [attempt(m, s) for s in [
        "(+ 1 2 (* 3 4))", "(- 10 1 2)", "(- 5)", "(+)", "(*)",
        "(define x 10) (define (sq n) (* n n)) (sq (+ x 1))",
        "(define (fact n) (if (< n 2) 1 (* n (fact (- n 1))))) (fact 20)",
        "(define y 1) ; comment here\n(define y (+ y 1)) y",
    ]]


@case()
def lists_and_quote(m):
    return [attempt(m, s) for s in [
        "'(1 (2 three) #t)", "(quote sym)", "(cons 1 '(2 3))", "(car (cdr (list 1 2 3)))",
        "(null? '())", "(null? (list 0))", "(length '(a b c d))", "(list)",
        "(define (rev l acc) (if (null? l) acc (rev (cdr l) (cons (car l) acc)))) (rev '(1 2 3) '())",
        "''a",
    ]]


@case()
def closures_are_lexical(m):
    return [attempt(m, s) for s in [
        """(define (make-counter)
             (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
           (define a (make-counter)) (define b (make-counter))
           (a) (a) (b) (list (a) (b))""",
        """(define x 'global)
           (define (show) x)
           (define (shadow x) (show))
           (shadow 'local)""",
        """(define (make-account balance)
             (list (lambda (amt) (set! balance (+ balance amt)) balance)
                   (lambda () balance)))
           (define acct (make-account 100))
           ((car acct) 50) ((car acct) -30) ((car (cdr acct)))""",
        "(define (adder n) (lambda (x) (+ x n))) (define add5 (adder 5)) (define n 1000) (add5 1)",
        "(let ((x 1)) (let ((x 2) (y x)) (list x y)))",
    ]]


@case("edge")
def truthiness_and_values(m):
    return [attempt(m, s) for s in [
        "(if 0 'yes 'no)", "(if '() 'yes 'no)", "(if #f 1)", "(define z 3)", "", "; just a comment",
        "(lambda (x) x)", "car", "(begin 1 2 3)", "(begin)", "(if (= 1 1) #t #f)", "-7", "(- -7)",
    ]]


@case("error-handling")
def runtime_errors(m):
    return [attempt(m, s) for s in [
        "undefined-thing", "(set! nope 1)", "(1 2)", "((lambda (a b) a) 1)", "((lambda (a) a) 1 2)",
        "('(1) 2)", "(define (f) (g)) (f)", "(let ((x 1)) (set! y 2))",
    ]]


@case("error-handling")
def syntax_errors(m):
    return [attempt(m, s) for s in ["(+ 1 2", "(+ 1 2))", ")", "()", "(define x 1) (", "'", "(quote 1))"]]


@case("perf")
def tail_recursive_loop(m):
    return attempt(m, """
      (define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
      (define (countdown n) (let ((k (- n 1))) (if (= k 0) 'done (begin (countdown k)))))
      (list (loop 20000 0) (countdown 10000))""")


@case("perf")
def large_rule_file(m):
    defs = "\n".join(f"(define rate-{i} {i % 17})" for i in range(10_000))
    return attempt(m, defs + """
      (define (sum-rates i acc)
        (if (= i 0) acc (sum-rates (- i 1) (+ acc rate-9999 rate-5000 rate-1))))
      (sum-rates 5000 0)""")
