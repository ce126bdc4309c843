# A subclass's reflected operator goes first only when the subclass has its
# own, not the one it inherits.
class Base:
    def __or__(self, other):
        return "Base.__or__"

    def __ror__(self, other):
        return "Base.__ror__"


class Inherits(Base):
    pass


class Overrides(Base):
    def __ror__(self, other):
        return "Overrides.__ror__"


print(Base() | Inherits(), Base() | Overrides(), Inherits() | Base(), Overrides() | Base())


class Refuses(Base):
    def __ror__(self, other):
        return NotImplemented


print(Base() | Refuses())
from collections import ChainMap


class Sub(ChainMap):
    pass


print(type(ChainMap() | Sub()).__name__, type(Sub() | ChainMap()).__name__)
print(ChainMap({1: 2}) | {3: 4}, {3: 4} | ChainMap({1: 2}))
c = ChainMap({}, {"a": 1})
c |= {"b": 2}
print(c, c.popitem(), c.items() == {"a": 1}.items(), dict(c))
try:
    c.popitem()
except KeyError as e:
    print("KeyError", e)
