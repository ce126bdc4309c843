//! `_re`: the regular-expression engine under the bundled `re` module.
//!
//! Patterns are translated from Python's syntax to that of `fancy-regex`
//! (a backtracking engine over the `regex` crate, with backreferences,
//! lookaround, atomic groups and conditionals, as Python's `re` has) and
//! compiled once per (pattern, flags); a compiled pattern is an index
//! into `Vm::regexes` and lives as long as the VM, as the patterns of
//! CPython's `re` cache do. Matching works on code-point offsets; bytes
//! patterns and subjects are handled as Latin-1 text by `re.py`.
//!
//! `match` and `fullmatch` at `pos` run an anchored variant of the
//! pattern on the text from `pos`, so a lookbehind or `\b` at `pos`
//! cannot see the characters before it.

use std::cell::OnceCell;

use fancy_regex::Regex;
use minnow_heap::Value;
use minnow_objects::layout;

use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

/// Python's `re` flag bits that change the translation.
mod flag {
    pub const IGNORECASE: i64 = 2;
    pub const MULTILINE: i64 = 8;
    pub const DOTALL: i64 = 16;
    pub const VERBOSE: i64 = 64;
    pub const ASCII: i64 = 256;
}

/// A compiled pattern: the search form, and the anchored forms made on
/// first use.
pub struct CompiledRegex {
    source: String,
    search: Regex,
    anchored: OnceCell<Regex>,
    full: OnceCell<Regex>,
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(vm, module, &[("compile", compile), ("search", search)])
}

/// `compile(pattern, flags)` -> `(index, groups, names)`, names being a
/// tuple of `(name, group)` pairs; a ValueError carries the message of a
/// bad pattern.
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [pattern, flags] = vm.exact_args::<2>(args, "compile")?;
    if !vm.is_layout(pattern, layout::STR) {
        return Err(vm.type_error("pattern must be a str"));
    }
    let flags = vm.as_index(flags)?;
    let source = translate(vm.str_text(pattern), flags).map_err(|msg| vm.value_error(&msg))?;
    let search = Regex::new(&source).map_err(|e| {
        let msg = e.to_string();
        vm.value_error(&msg)
    })?;
    let groups = search.captures_len() - 1;
    let names: Vec<(String, usize)> = search
        .capture_names()
        .enumerate()
        .filter_map(|(i, name)| name.map(|n| (n.to_string(), i)))
        .collect();
    let index = vm.regexes.len();
    vm.regexes.push(CompiledRegex {
        source,
        search,
        anchored: OnceCell::new(),
        full: OnceCell::new(),
    });
    let base = vm.stack.len();
    for (name, group) in names {
        let name = vm.new_str(&name)?;
        vm.stack.push(name);
        let pair = vm.new_tuple(&[name, Value::small_int_const(group as i64)]);
        vm.stack.pop();
        let pair = match pair {
            Ok(pair) => pair,
            Err(e) => {
                vm.stack.truncate(base);
                return Err(e);
            }
        };
        vm.stack.push(pair);
    }
    let items = vm.stack[base..].to_vec();
    let names = vm.new_tuple(&items);
    vm.stack.truncate(base);
    let names = names?;
    vm.new_tuple(&[
        Value::small_int_const(index as i64),
        Value::small_int_const(groups as i64),
        names,
    ])
}

/// `search(index, text, pos, endpos, mode)`: mode 0 searches from `pos`,
/// 1 matches at `pos`, 2 matches all of `text[pos:endpos]`. Returns None
/// or a tuple of (start, end) code-point offsets per group, -1 for groups
/// that did not take part.
fn search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [index, text, pos, endpos, mode] = vm.exact_args::<5>(args, "search")?;
    let index = vm.as_index(index)? as usize;
    let (pos, endpos, mode) = (vm.as_index(pos)?, vm.as_index(endpos)?, vm.as_index(mode)?);
    if index >= vm.regexes.len() || !vm.is_layout(text, layout::STR) {
        return Err(vm.type_error("search() takes a compiled pattern index and a str"));
    }
    let spans = match run(&vm.regexes[index], vm.str_text(text), pos, endpos, mode) {
        Ok(Some(spans)) => spans,
        Ok(None) => return Ok(Value::NONE),
        Err(msg) => return Err(vm.value_error(&msg)),
    };
    let items: Vec<Value> = spans.into_iter().map(Value::small_int_const).collect();
    vm.new_tuple(&items)
}

/// The group spans of a match of `compiled` in `text` (see `search`), in
/// code points; `Err` for a failed anchored compile or a match that ran
/// out of backtracking budget.
fn run(
    compiled: &CompiledRegex,
    text: &str,
    pos: i64,
    endpos: i64,
    mode: i64,
) -> Result<Option<Vec<i64>>, String> {
    let ascii = text.is_ascii();
    let chars = if ascii {
        text.len() as i64
    } else {
        text.chars().count() as i64
    };
    let endpos = endpos.clamp(0, chars) as usize;
    let pos = pos.clamp(0, endpos as i64) as usize;
    let byte_at = |char_index: usize| -> usize {
        if ascii {
            char_index
        } else {
            text.char_indices()
                .nth(char_index)
                .map_or(text.len(), |(b, _)| b)
        }
    };
    let (start_byte, end_byte) = (byte_at(pos), byte_at(endpos));
    let (outcome, offset) = match mode {
        0 => (
            compiled
                .search
                .captures_from_pos(&text[..end_byte], start_byte),
            0,
        ),
        1 | 2 => {
            let cell = if mode == 1 {
                &compiled.anchored
            } else {
                &compiled.full
            };
            let regex = match cell.get() {
                Some(regex) => regex,
                None => {
                    let source = if mode == 1 {
                        format!(r"\A(?:{})", compiled.source)
                    } else {
                        format!(r"\A(?:{})\z", compiled.source)
                    };
                    let regex = Regex::new(&source).map_err(|e| e.to_string())?;
                    cell.get_or_init(|| regex)
                }
            };
            (regex.captures(&text[start_byte..end_byte]), start_byte)
        }
        _ => return Err("bad search mode".into()),
    };
    let captures = match outcome {
        Ok(Some(captures)) => captures,
        Ok(None) => return Ok(None),
        Err(e) => return Err(format!("regular expression failed: {e}")),
    };
    let to_char = |byte: usize| -> i64 {
        if ascii {
            byte as i64
        } else {
            text[..byte].chars().count() as i64
        }
    };
    Ok(Some(
        (0..captures.len())
            .flat_map(|i| match captures.get(i) {
                Some(m) => [to_char(m.start() + offset), to_char(m.end() + offset)],
                None => [-1, -1],
            })
            .collect(),
    ))
}

/// Python's pattern syntax in `fancy-regex`'s, with the flags prefixed.
fn translate(pattern: &str, flags: i64) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut inline = String::new();
    if flags & flag::IGNORECASE != 0 {
        inline.push('i');
    }
    if flags & flag::MULTILINE != 0 {
        inline.push('m');
    }
    if flags & flag::DOTALL != 0 {
        inline.push('s');
    }
    if flags & flag::VERBOSE != 0 {
        inline.push('x');
    }
    if !inline.is_empty() {
        out.push_str(&format!("(?{inline})"));
    }
    let ascii = flags & flag::ASCII != 0;
    let multiline = flags & flag::MULTILINE != 0;
    let verbose = flags & flag::VERBOSE != 0;
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&next) = chars.get(i + 1) else {
                    return Err("bad escape (end of pattern)".into());
                };
                i += 2;
                match next {
                    'Z' if !in_class => out.push_str(r"\z"),
                    'w' | 'W' | 'd' | 'D' | 's' | 'S' | 'b' | 'B' if ascii => {
                        out.push_str(ascii_class(next, in_class));
                    }
                    '0'..='7' if next == '0' || in_class => {
                        let mut value = next.to_digit(8).unwrap_or(0);
                        let mut taken = 0;
                        while taken < 2 {
                            match chars.get(i).and_then(|d| d.to_digit(8)) {
                                Some(d) => {
                                    value = value * 8 + d;
                                    i += 1;
                                    taken += 1;
                                }
                                None => break,
                            }
                        }
                        out.push_str(&format!("\\x{{{value:x}}}"));
                    }
                    'N' if chars.get(i) == Some(&'{') => {
                        return Err("named Unicode escapes (\\N{...}) are not supported".into())
                    }
                    _ => {
                        out.push('\\');
                        out.push(next);
                    }
                }
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                // A `]` first in a class is a literal in Python.
                if chars.get(i) == Some(&']') {
                    out.push_str(r"\]");
                    i += 1;
                }
                continue;
            }
            '[' => out.push_str(r"\["),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '&' | '-' | '~' if in_class && chars.get(i + 1) == Some(&c) => {
                out.push('\\');
                out.push(c);
            }
            '$' if !in_class && !multiline => out.push_str(r"(?=\n?\z)"),
            '{' if !in_class && !is_quantifier(&chars[i..]) => out.push_str(r"\{"),
            '(' if !in_class
                && chars.get(i + 1) == Some(&'?')
                && chars.get(i + 2) == Some(&'#') =>
            {
                while i < chars.len() && chars[i] != ')' {
                    i += 1;
                }
            }
            '#' if verbose && !in_class => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    Ok(out)
}

/// An ASCII-only `\w`, `\d`, `\s` or `\b` (or its negation), inside a
/// character class or not.
fn ascii_class(escape: char, in_class: bool) -> &'static str {
    const WORD: &str = "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))";
    const NOT_WORD: &str =
        "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))";
    match (escape, in_class) {
        ('w', false) => "[0-9A-Za-z_]",
        ('w', true) => "0-9A-Za-z_",
        ('W', _) => "[^0-9A-Za-z_]",
        ('d', false) => "[0-9]",
        ('d', true) => "0-9",
        ('D', _) => "[^0-9]",
        ('s', false) => "[ \\t\\n\\r\\f\\v]",
        ('s', true) => " \\t\\n\\r\\f\\v",
        ('S', _) => "[^ \\t\\n\\r\\f\\v]",
        ('b', false) => WORD,
        ('b', true) => "\\x08",
        ('B', _) => NOT_WORD,
        _ => "",
    }
}

/// Whether `{...` at the start of `rest` is a repetition count
/// (`{m}`, `{m,}`, `{,n}`, `{m,n}`); otherwise Python takes it literally.
fn is_quantifier(rest: &[char]) -> bool {
    let Some(close) = rest.iter().position(|&c| c == '}') else {
        return false;
    };
    let inner: String = rest[1..close].iter().collect();
    let (low, high) = match inner.split_once(',') {
        Some((low, high)) => (low, Some(high)),
        None => (inner.as_str(), None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    match high {
        None => !low.is_empty() && digits(low),
        Some(high) => digits(low) && digits(high) && !(low.is_empty() && high.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn python_syntax_is_translated() {
        assert_eq!(translate(r"a\Z", 0).unwrap(), r"a\z");
        assert_eq!(translate("a$", 0).unwrap(), r"a(?=\n?\z)");
        assert_eq!(translate("a$", 8).unwrap(), "(?m)a$");
        assert_eq!(translate("a{b", 0).unwrap(), r"a\{b");
        assert_eq!(translate("a{2,3}", 0).unwrap(), "a{2,3}");
        assert_eq!(translate("[]a[]", 0).unwrap(), r"[\]a\[]");
        assert_eq!(translate(r"\w", 256).unwrap(), "[0-9A-Za-z_]");
        assert_eq!(translate(r"[\d.]", 256).unwrap(), "[0-9.]");
        assert_eq!(translate("a(?#note)b", 0).unwrap(), "ab");
        assert_eq!(translate(r"\0", 0).unwrap(), r"\x{0}");
    }
}
