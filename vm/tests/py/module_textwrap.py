# textwrap: wrapping options, long words, hyphens, max_lines, dedent/indent.
import textwrap

text = "The quick brown fox jumps over the lazy dog.  It was a well-known, long-standing tradition--really."
for width in (10, 20, 35):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound here", 8))
print(textwrap.wrap("a-very-long-hyphenated-compound here", 8, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\nnewlines", 12))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 80, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six seven", 12, max_lines=2))
print(textwrap.wrap("one two three four five six seven", 12, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!   This is   a test", width=12))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world, this is long", width=15, placeholder=" (more)"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
w = textwrap.TextWrapper(width=15, tabsize=4)
print(w.width, w.tabsize, w.placeholder, w.wrap("x\ty some more words here"))
print(w._split("what the--hey! e-mail half-a-crown --option-opt"))

for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten("some text here", width=3)
except ValueError as e:
    print("ValueError", e)

print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    a\n   \n    b")))
print(repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("\t\ta\n\t\tb\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny", "- ")))
