# typing: the reprs of special forms and aliases, Union/Optional
# normalisation, isinstance() with aliases and unions, generics,
# protocols, NamedTuple, TypedDict and the runtime helpers.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, List,
                    Literal, NamedTuple, NewType, Optional, Protocol, Sequence, Tuple,
                    Type, TypedDict, TypeVar, Union, cast, final, get_args, get_origin,
                    get_type_hints, overload, runtime_checkable)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))


T = TypeVar("T")
K = TypeVar("K", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, Co, Contra, K.__bound__, T.__name__)
show(lambda: TypeVar("X", int))
show(lambda: TypeVar("X", covariant=True, contravariant=True))

print(Any, List, Dict, Tuple, Callable, Iterable, Optional, Union, ClassVar)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int])
print(Union[Union[int, str], float], Optional[Optional[int]])
print(Literal[1, "a", None], ClassVar[int], Final[str], Iterable[T], Iterable[T][int])
print(Dict[K, T][str, int], Sequence["Forward"])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]))

show(lambda: Union[()])
show(lambda: Optional[int, str])
show(lambda: List[int, str])
show(lambda: Dict[int])
show(lambda: Callable[int, str])
show(lambda: Union[3])
show(lambda: List())
show(lambda: Union())
show(lambda: Any())
show(lambda: isinstance(1, Any))
show(lambda: isinstance(1, Union))

print(isinstance([], List), isinstance((), List), issubclass(list, Sequence))
show(lambda: isinstance([], List[int]))
print(isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]), isinstance(None, Optional[int]))
print(isinstance([], List | Tuple), isinstance(2, List | int), isinstance("", List | Tuple))
print(issubclass(bool, Union[int, str]))
print(List | None)

print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int), get_origin(Literal[1]))
print(get_args(Dict[int, str]), get_args(Callable[[int], str]), get_args(int), get_args(Optional[int]))
print(get_origin(int | str), get_args(int | str), get_origin(list[int]))
print(cast(int, "still a str"), cast("List[int]", 5))


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int], Box.__parameters__, Box(3).get(), Box[str]("s").item)
print(Box[int].__origin__ is Box, Box[int].__args__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)
show(lambda: Pair[int])
show(lambda: Generic[int])
show(lambda: Generic[T, T])


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__[1] is Box, IntBox(5).get())


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class Resource:
    def close(self):
        return "closed"


class Plain(Protocol):
    def run(self):
        ...


print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))
show(lambda: isinstance(Resource(), Plain))
show(lambda: Closable())
print(isinstance(3, typing.SupportsInt), isinstance("3", typing.SupportsInt),
      isinstance(2.5, typing.SupportsFloat), isinstance(3, typing.SupportsIndex))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, Point(1), p.norm(), p._fields, Point.__annotations__, p._replace(y=1))
print(isinstance(p, tuple), Point._field_defaults)
Legacy = NamedTuple("Legacy", [("a", int), ("b", str)])
print(Legacy(1, "b"), Legacy.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(Movie, total=False):
    rating: float


movie = Movie(title="Blade Runner", year=1982)
print(movie, type(movie) is dict, Movie.__total__, sorted(Movie.__required_keys__))
print(PartialMovie.__total__, sorted(PartialMovie.__required_keys__),
      sorted(PartialMovie.__optional_keys__), list(PartialMovie.__annotations__))
show(lambda: isinstance(movie, Movie))
Inline = TypedDict("Inline", {"a": int}, total=False)
print(Inline(a=1), Inline.__total__, typing.is_typeddict(Inline), typing.is_typeddict(dict))

UserId = NewType("UserId", int)
print(UserId(5), UserId.__supertype__, UserId.__name__)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"), len(typing.get_overloads(double)))
show(lambda: overload(lambda: None)())


@final
class Sealed:
    pass


print(Sealed.__final__)


def annotated(a: int, b: "List[str]", c: Optional["Box[int]"] = None) -> "Dict[str, int]":
    pass


class Annotated:
    x: int
    y: "Sequence[int]"
    z: ClassVar[int] = 1


print(get_type_hints(annotated))
print(get_type_hints(Annotated))
print(typing.TYPE_CHECKING, typing.Text is str, typing.AnyStr, typing.AnyStr.__constraints__)
show(lambda: typing.assert_never(5))
