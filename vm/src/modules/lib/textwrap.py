"""Wrapping and filling of paragraphs of text: wrap, fill, shorten, dedent,
indent and the TextWrapper class they are built on."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_space(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _is_sentence_end(chunk):
    """A chunk ending a sentence: a lowercase ASCII letter, then . ! or ?,
    then at most one quote."""
    if chunk[-1:] in ("'", '"'):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs to lines of at most `width` characters.

    Options, all also attributes: width, initial_indent, subsequent_indent,
    expand_tabs, tabsize, replace_whitespace, fix_sentence_endings,
    break_long_words, break_on_hyphens, drop_whitespace, max_lines and
    placeholder."""

    unicode_whitespace_trans = {ord(c): " " for c in _whitespace}

    def __init__(
        self,
        width=70,
        initial_indent="",
        subsequent_indent="",
        expand_tabs=True,
        replace_whitespace=True,
        fix_sentence_endings=False,
        break_long_words=True,
        drop_whitespace=True,
        break_on_hyphens=True,
        tabsize=8,
        *,
        max_lines=None,
        placeholder=" [...]",
    ):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The text cut into words and runs of whitespace; with
        break_on_hyphens, hyphenated words and em-dashes (--) are cut too."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            if _is_space(text[i]):
                j = i + 1
                while j < n and _is_space(text[j]):
                    j += 1
            elif not self.break_on_hyphens:
                j = i + 1
                while j < n and not _is_space(text[j]):
                    j += 1
            else:
                j = self._dash_run_end(text, i)
                if j < 0:
                    j = self._word_end(text, i)
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _dash_run_end(text, i):
        """End of an em-dash starting at i (two or more '-' after a word
        character and before one), or -1."""
        if text[i] != "-" or i == 0 or not _is_word_punct(text[i - 1]):
            return -1
        j = i
        while j < len(text) and text[j] == "-":
            j += 1
        if j - i >= 2 and j < len(text) and _is_word(text[j]):
            return j
        return -1

    @staticmethod
    def _word_end(text, i):
        n = len(text)

        def letter(k):
            return 0 <= k < n and _is_letter(text[k])

        j = i + 1
        while True:
            if j < n and text[j] == "-":
                # A hyphen ending a word part: two letters before it (or
                # letter-hyphen-letter), and letters after it.
                before = (letter(j - 1) and letter(j - 2)) or (
                    letter(j - 1) and j - 2 >= 0 and text[j - 2] == "-" and letter(j - 3)
                )
                after = letter(j + 1) and (
                    letter(j + 2) or (j + 2 < n and text[j + 2] == "-" and letter(j + 3))
                )
                if before and after:
                    return j + 1
            if j >= n or _is_space(text[j]):
                return j
            if _is_word_punct(text[j - 1]) and TextWrapper._dash_run_end(text, j) >= 0:
                return j
            j += 1

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()
            )
            if (
                self.max_lines is None
                or len(lines) + 1 < self.max_lines
                or (rest_is_blank and cur_len <= width)
            ):
                lines.append(indent + "".join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _end_with_placeholder(self, lines, cur_line, cur_len, indent, width):
        """The last allowed line of max_lines: as many chunks as leave room
        for the placeholder, or the placeholder alone."""
        placeholder = self.placeholder
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                cur_line.append(placeholder)
                lines.append(indent + "".join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of `text` wrapped, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped, as one string of newline-separated lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to `width` columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to `width` columns, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed, truncated to `width` with a
    placeholder if it does not fit."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """`text` without the spaces and tabs common to the start of all its
    non-blank lines; lines of only spaces and tabs become empty."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            continue
        if margin is None or blanks.startswith(margin):
            if margin is None:
                margin = blanks
        elif margin.startswith(blanks):
            margin = blanks
        else:
            k = 0
            while margin[k] == blanks[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` before each line for which `predicate` is true
    (by default, the lines that are not only whitespace)."""
    if predicate is None:

        def predicate(line):
            return line.strip()

    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
