# class bodies execute top to bottom and form a namespace
x = "global x"


class A:
    print("executing class body")
    x = "class x"
    y = x + "!"
    print("inside body x =", x)

    def method(self):
        return x  # refers to global, not class attribute

    z = [x for _ in range(1)]  # comprehension sees global x

    def get_class_x(self):
        return A.x


print(A.y, A().method(), A.z, A().get_class_x())


def make():
    local = "function local"

    class Inner:
        attr = local  # class body can see enclosing function locals

        def m(self):
            return local
    return Inner


I = make()
print(I.attr, I().m(), I.__qualname__)

# names defined in the class body are in __dict__
print([k for k in A.__dict__ if not k.startswith("__")])


class B:
    x = 1
    x += 1
    items = []
    for i in range(3):
        items.append(i)
    del i


print(B.x, B.items, hasattr(B, "i"))
