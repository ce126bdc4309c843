t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-d".translate(t))
t2 = str.maketrans("ab", "cd", "xyz")
print(sorted(t2.items()), "abxyzc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "see"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72}), "hi".translate({}), "hello".translate([None] * 200 if False else {ord("h"): ""}))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("hello".translate(Table()))
for call in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(5), lambda: str.maketrans({"ab": 1}),
             lambda: str.maketrans("a", "b", 5), lambda: "x".translate({ord("x"): 5}), lambda: str.maketrans({1.5: "a"})]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
