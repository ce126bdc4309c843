# list methods with arguments: index ranges, insert/pop positions, remove,
# sort with key/reverse stability, extend from iterables, copy, clear.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.count(2), a.count(9))
show(a.index, 2, 4)
show(a.index, 9)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
show([].pop)
show(a.pop, 50)
a.remove(2)
print(a)
show(a.remove, "absent")
a.extend(range(3))
a.extend("xy")
a.extend((7,))
print(a)
a += [8]
a *= 1
print(a, a * 2 == a + a)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[0].lower())
print(words)
nums = [3, 1, 2]
print(nums.sort(), nums, nums.reverse(), nums)
show([1, "a"].sort)
show(sorted, [1, 2], key=5)
b = nums.copy()
b.append(0)
print(nums, b, b.clear(), b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
c = [0] * 3
c[1:2] = [7, 8, 9]
print(c, c[::2], c[::-1], c[1:-1])
c[::2] = "ab" if len(c[::2]) == 2 else "abc"
print(c)
show(lambda: c.__setitem__(slice(None, None, 2), [1]))
del c[::2]
print(c, list(reversed(c)), len(c))
r = [1]
r.append(r)
print(r)
print(list(range(3)) + list("ab"), [x * 2 for x in range(3) if x])
