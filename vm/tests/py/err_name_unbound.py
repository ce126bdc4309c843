try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    print(also_undefined + 1)
except NameError as e:
    print(type(e).__name__, e, e.args)


def uses_before_assign():
    print(value)
    value = 1


try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)

counter = 0


def increment_without_global():
    counter += 1


try:
    increment_without_global()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))


def conditional_assign(flag):
    if flag:
        result = "assigned"
    return result


print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def deleted_local():
    item = 1
    del item
    return item


try:
    deleted_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def calls_missing():
    return missing_function()


try:
    calls_missing()
except NameError as e:
    print(type(e).__name__, e)


class C:
    def method(self):
        return method_name_without_self


try:
    C().method()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
