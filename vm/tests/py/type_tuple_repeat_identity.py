# A tuple times one is the tuple itself (immutable); a subclass gets a new
# plain tuple; the count's __index__ may allocate and collect.
t = (1, 2, 3)
print(t * 1 is t, 1 * t is t, t * 2, () * 5 is (), t * 0 == ())


class T(tuple):
    pass


s = T((4, 5))
print(type(s * 1).__name__, s * 1 == s, s * 1 is s)


class Count:
    def __index__(self):
        [[i] * 20 for i in range(3000)]
        return 2


u = tuple(str(i) for i in range(3))
print(u * Count(), Count() * u)
