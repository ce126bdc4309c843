def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fact(i) for i in range(10)], fact(30))
print([fib(i) for i in range(15)])


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77), is_even(7))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


print(permutations([1, 2, 3]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def flatten(x):
    if isinstance(x, list):
        r = []
        for item in x:
            r.extend(flatten(item))
        return r
    return [x]


print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))
