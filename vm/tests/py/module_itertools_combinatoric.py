from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product([], [1])), list(product("ab", repeat=0)))
print(list(product("ab", "c", "de")))
print(len(list(product(range(3), range(4), range(5)))))

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(5)))), list(permutations(range(4), 4))[-1])

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))

print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement(range(2), 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("x", 2)), len(list(combinations_with_replacement(range(5), 3))))

# the inputs are read at once
it = iter("xyz")
perms = permutations(it, 2)
print(list(it), len(list(perms)))

for action in [lambda: product("a", repeat=-1), lambda: permutations("a", -1),
               lambda: combinations("a", -2), lambda: combinations_with_replacement("a", -1),
               lambda: permutations("a", "b"), lambda: product(1)]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
