assert True
assert 1 == 1, "not shown"

try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)

try:
    x = [1, 2]
    assert len(x) == 3, "len is %d" % len(x)
except AssertionError as e:
    print(type(e).__name__, e)

try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(type(e).__name__, e.args)

calls = []


def msg():
    calls.append("msg evaluated")
    return "m"


assert True, msg()
print("message not evaluated when passing:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
