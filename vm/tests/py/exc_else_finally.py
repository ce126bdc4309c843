def run(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run(False))
print(run(True))

# exception in else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("raised in else")
    finally:
        print("finally after else raised")
except ValueError as e:
    print("outer caught:", e)

# exception in handler: finally still runs, new exception propagates
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("from handler")
    finally:
        print("finally runs")
except TypeError as e:
    print("outer caught:", e, "| context:", repr(e.__context__))

# finally without except: exception passes through
try:
    try:
        raise RuntimeError("passing through")
    finally:
        print("cleanup")
except RuntimeError as e:
    print("caught after cleanup:", e)

# exception raised in finally replaces the original
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))


def gen_count():
    count = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError
        except ValueError:
            continue
        else:
            count += 10
        finally:
            count += 1
    return count


print(gen_count())
