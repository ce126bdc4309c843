def parse(items):
    results = []
    for item in items:
        try:
            try:
                results.append(int(item))
            except ValueError:
                if item == "":
                    raise
                results.append(float(item))
        except ValueError as e:
            results.append("bad:" + str(e))
    return results


print(parse(["1", "2.5", "x", "", "4"]))


def reraise_after_log():
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("logging", repr(e))
        raise


try:
    reraise_after_log()
except KeyError as e:
    print("propagated", repr(e))


def handler_in_handler():
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print("inner handler", second, "context is first:", second.__context__ is first)
        # after the nested handler, bare raise re-raises the first one again
        raise


try:
    handler_in_handler()
except ValueError as e:
    print("outer got", e)

# exception variable is deleted at end of except clause
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)

# raise e with a stored exception object
saved = None
try:
    raise IndexError("saved one")
except IndexError as e:
    saved = e
try:
    raise saved
except IndexError as e:
    print("re-raised saved:", e, e is saved)

# exceptions are caught across function boundaries


def level3():
    raise RuntimeError("deep")


def level2():
    try:
        level3()
    finally:
        print("level2 finally")


def level1():
    try:
        level2()
    except RuntimeError as e:
        return "level1 handled " + str(e)


print(level1())
