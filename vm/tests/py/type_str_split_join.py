s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a::b::c".split("::"), "one".split(","))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\n".splitlines(True), "".splitlines(), "x".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "+".join(str(i) for i in range(4)))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("a b c".split(maxsplit=1), "a-b-c".rsplit("-", maxsplit=1))
