def find(seq, target):
    for idx, item in enumerate(seq):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")


find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)
find([], 1)

# for over various iterables
for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)

# continue and else
for i in range(6):
    if i % 2:
        continue
    print("even", i)
else:
    print("done, i =", i)

# modifying loop variable doesn't affect iteration
for i in range(3):
    print("before", i)
    i = 100
print("after", i)

# prime search with for/else
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
