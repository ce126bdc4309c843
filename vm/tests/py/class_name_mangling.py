class Account:
    def __init__(self):
        self.__secret = "hidden"
        self._protected = "convention only"

    def reveal(self):
        return self.__secret

    def __private_method(self):
        return "private method"

    def call_private(self):
        return self.__private_method()


a = Account()
print(a.reveal(), a._protected, a.call_private())
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__secret, sorted(a.__dict__))


class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "sub secret"

    def both(self):
        return self.__secret, self.reveal()


s = Sub()
print(s.both(), sorted(s.__dict__))
print(hasattr(Account, "_Account__private_method"), "__dunder__ not mangled" if "__init__" in Account.__dict__ else "")


class _Leading:
    def m(self):
        self.__x = 1
        return list(self.__dict__)


print(_Leading().m())
