class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first_pairs(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first_pairs(depth + 1)


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.depth_first_pairs()))
print(sum(t), max(t), 5 in t, 9 in t)
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2


r = Range2(9)
print(list(r), list(r), [x * y for x in Range2(4) for y in Range2(5)])
