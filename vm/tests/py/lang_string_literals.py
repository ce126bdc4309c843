print('single', "double", '''triple single''', """triple double""")
print("tab\there", "newline\\n shown", 'quote\'s', "dq\"x\"")
print("\x41\x42 \101\102 \u00e9 \U0001F600".encode("ascii", "backslashreplace"))
print(len("\u00e9"), len("\U0001F600"), len("\n"), len(r"\n"))
print(r"raw\n\t", R"RAW\d")
print("implicit" " concat" ' across' """ kinds""")
print("""line1
line2\
 continued""")
print(b"bytes\x00\xff", br"\x00", len(b"\x00\xff"))
print("a\
b")
x = ("paren"
     "thesized")
print(x)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\r\x07\\"))
print(repr("\x7f\x80\xa0\u200b"), repr("é日本"), ascii("é日本"))
