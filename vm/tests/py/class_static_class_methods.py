class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def how_many(cls):
        return cls.__name__, cls.count

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.how_many(), MyDate.how_many(), MyDate(1, 2, 3).how_many())
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2023), callable(sm))
f = Date.from_string
print(f.__self__ is Date, f("2000-01-01"))


def plain(x):
    return x * 10


class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, x: (cls.__name__, x))


print(Holder.s(2), Holder().s(3), Holder.c(1), Holder().c(2))
