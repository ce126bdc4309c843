print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n", chr(0x20AC), chr(0x1F600) == "\U0001F600")
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("€"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"b")))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "hi!"], "".join(map(chr, [80, 121])))
print(chr(0) == "\x00", len(chr(0x10FFFF)), ord(chr(1234)) == 1234)
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
