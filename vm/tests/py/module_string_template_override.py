# string.Template: delimiter, idpattern, braceidpattern, flags and pattern
# overrides, get_identifiers and is_valid.
import re
from string import Template


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t = Template("$who likes ${what} for $$5")
show(t.substitute, who="tim", what="ham")
show(t.safe_substitute, who="tim")
show(t.get_identifiers)
show(t.is_valid)
show(Template("$who likes $").is_valid)
show(Template("$who likes $").substitute, who="tim")
show(Template("$who likes $\u0131").substitute, who="tim")
show(Template("$\u0130").safe_substitute)
show(Template("x\n  $").substitute)
show(Template("$a $b $a ${c}").get_identifiers)
print(type(Template.pattern).__name__, Template.flags == re.IGNORECASE)


class Amp(Template):
    delimiter = "&"


show(Amp("this &gift is for &{who} &&").substitute, gift="bud", who="you")


class Dotted(Template):
    idpattern = r"[_a-z][._a-z0-9]*"


show(Dotted("$bag.foo.who likes ${bag.what}").substitute, {"bag.foo.who": "tim", "bag.what": "ham"})


class Split(Template):
    idpattern = r"[a-z]+"
    braceidpattern = r"[A-Z]+"
    flags = 0


show(Split("$foo ${BAR} $BAZ").safe_substitute, foo="x", BAR="y", BAZ="z")
show(Split("${foo}").substitute, foo="x")


class CaseSensitive(Template):
    flags = 0
    idpattern = r"[a-z]+"


show(CaseSensitive("$Foo $foo").safe_substitute, foo="x", Foo="y")


class Custom(Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[_a-z][._a-z0-9]*) |
      {(?P<braced>[_a-z][._a-z0-9]*)} |
      (?P<invalid>)
    )
    """


show(Custom("@a and @{b} and @@").substitute, a=1, b=2)
show(Custom("@!").substitute)


class NoGroups(Template):
    pattern = r"\$(?P<named>[a-z]+)|(?P<other>%)"


show(NoGroups("%").substitute)
