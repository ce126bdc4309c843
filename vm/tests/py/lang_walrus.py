# assignment expressions
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 4:
    print("long list:", n)

print([y for x in data if (y := x * 2) > 10])
print("y leaks from comprehension:", y)

it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("got", v)
print("stopped at", v)

print((a := 10) + a)


def f():
    total = 0
    [total := total + i for i in range(5)]
    return total


print(f())

# walrus in function argument and conditional expression
print(max(b := 3, b + 1))
print("big" if (c := 100) > 50 else "small", c)

# walrus binds in enclosing function scope from comprehension


def g():
    [last := x for x in "xyz"]
    return last


print(g())
