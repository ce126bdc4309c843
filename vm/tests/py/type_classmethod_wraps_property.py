# A classmethod wrapping a property (Python 3.9-3.12) gives the property's
# value computed on the class, read through the class or an instance.
class A:
    @classmethod
    @property
    def __doc__(cls):
        return "A doc for %r" % cls.__name__

    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()

    @classmethod
    def plain(cls):
        return cls.__name__


class B(A):
    pass


print(A.__doc__, A.name, B().name, A.plain(), B().plain())
