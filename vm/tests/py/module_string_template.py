import string
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.template)
print(t.substitute({"who": "x", "what": "y"}, what="z"))
for call in [lambda: t.substitute(who="a"), lambda: string.Template("$").substitute(), lambda: string.Template("${x").substitute(x=1)]:
    try:
        print(call())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"), string.capwords(""))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
class Mine(string.Template):
    delimiter = "$"
print(Mine("$a and ${b}").substitute(a=1, b=[2]), string.Template("x $y z").safe_substitute({}), string.Template("a\n  $").safe_substitute())
try:
    string.Template("a\n  $ ").substitute()
except ValueError as e:
    print(type(e).__name__, e)
