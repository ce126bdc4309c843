# return/break/continue inside finally-protected blocks


def ret_in_try():
    try:
        print("in try")
        return "from try"
    finally:
        print("finally runs before return")


print(ret_in_try())


def ret_override():
    try:
        return "try"
    finally:
        return "finally"


print(ret_override())


def ret_swallows_exc():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"


print(ret_swallows_exc())


def ret_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


print(ret_value_evaluated_first())

for i in range(4):
    try:
        if i == 1:
            print("continue at", i)
            continue
        if i == 3:
            print("break at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")


def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(nested())


def loop_in_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                out.append(i)
            finally:
                out.append("f%d" % i)
        finally:
            out.append("g%d" % i)
    return out


print(loop_in_finally())


def break_in_finally_clears_exc():
    for i in range(2):
        try:
            raise KeyError("k")
        finally:
            break
    return "exception discarded"


print(break_in_finally_clears_exc())


def except_return_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handler")
        return "from except"
    finally:
        print("finally after handler")


print(except_return_then_finally())
