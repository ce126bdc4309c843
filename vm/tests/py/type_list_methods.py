lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
lst.extend(range(2))
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(4), lst.count(1), lst.count(99))
lst.reverse()
print(lst)
c = lst.copy()
c.append("only in copy")
print(len(lst), len(c), c is lst)
lst.clear()
print(lst, len(lst))
nums = [5, 2, 8]
print(nums.index(8, 1), nums.index(2, 0, 2))
for op in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3),
           lambda: [].insert(), lambda: [1].index(1, 1)]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [[0]] * 2, 3 * [None], list(), list((1, 2)), list({"a": 1, "b": 2}))
aliased = [[]] * 3
aliased[0].append("shared")
print(aliased)
print(len([1, [2, 3]]), [1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 0], [] < [0])
print(sum([[1], [2, 3]], []), max([3, 9, 2]), min(["b", "a"]), 2 in [1, 2], [2] in [[2]])
x = [1, 2, 3]
y = x
y += [4]
y = y + [5]
print(x, y)
