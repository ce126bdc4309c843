cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: {} + {},
    lambda: None + None,
    lambda: 1.5 // "x",
    lambda: 5 % "abc",
    lambda: 2 ** None,
    lambda: 1 << 1.0,
    lambda: [] < {},
    lambda: 1 > None,
    lambda: "a" >= 1,
    lambda: (1,) <= [1],
    lambda: {1} < [1],
    lambda: -[],
    lambda: +"s",
    lambda: ~[],
    lambda: 3 @ 4,
    lambda: 1 in 5,
    lambda: "a" in ["a"] in "a",
    lambda: 5 & 1.0,
    lambda: b"a" + "b",
    lambda: len(5),
    lambda: 1 | "1",
    lambda: [] ^ [],
    lambda: divmod([], 1),
    lambda: {}.get(),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
x = 5
try:
    x += "s"
except TypeError as e:
    print(type(e).__name__ + ":", e)
s = "str"
try:
    s -= 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
lst = [1]
try:
    lst *= "2"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    lst += 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
