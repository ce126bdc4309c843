l = [1, 2, 3]
for call in [lambda: l[3], lambda: l[-4], lambda: l["0"], lambda: l.index(9), lambda: l.remove(9), lambda: [].pop(),
             lambda: l.pop(5), lambda: l.pop("0"), lambda: l.insert(), lambda: l.index(1, "a"), lambda: l + (4,),
             lambda: l * 1.5, lambda: l < (1,), lambda: l.count(), lambda: list(5), lambda: list(1, 2), lambda: l.extend(3),
             lambda: [].index(0), lambda: l.__getitem__(2**70), lambda: l.sort(key=1, reverse=2)]:
    try:
        print(call())
    except (IndexError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(l.index(3, -1), l.index(2, 0, 2), l.count(2), l * 0, l * -1, [0] * 3, l + [], l[:], l[::-1], l.copy() is not l)
l.insert(-10, 0)
l.insert(10, 4)
print(l, l.pop(-2), l, l == [0, 1, 2, 4], [1, [2]] < [1, [3]], [1, 2] > [1], [] == [], [float("nan")] == [float("nan")])
x = float("nan")
print([x] == [x], x in [x], [1, 2].__contains__(2), list(reversed(l)), l.clear(), l)
