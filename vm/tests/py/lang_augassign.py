# augmented assignment on names, attributes and subscripts
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n **= 2
n %= 7
print(n)
n <<= 3
n >>= 1
n |= 1
n &= 0b1110
n ^= 0b0101
print(n)
f = 7.0
f /= 2
print(f)
s = "ab"
s *= 3
s += "!"
print(s)


class Box:
    def __init__(self):
        self.v = 1


b = Box()
b.v += 10
b.v *= 3
print(b.v)

lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 7
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", []).append(5)
d["b"] += [6]
print(d)

# list += extends in place (same object), tuple += rebinds
orig = lst
lst += [4]
print(orig is lst, orig)
t = (1,)
t0 = t
t += (2,)
print(t0 is t, t0, t)

# subscript expression evaluated once


class Logger:
    def __init__(self):
        self.data = {"k": 0}

    def __getitem__(self, key):
        print("getitem", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value


def key():
    print("key evaluated")
    return "k"


lg = Logger()
lg[key()] += 5
print(lg.data)

# attribute of expression evaluated once


def get_box():
    print("get_box called")
    return b


get_box().v -= 1
print(b.v)

# augmented assignment on tuple element that is a list: error but mutation happens
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
