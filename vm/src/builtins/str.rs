//! str: methods, indexing by code point, slicing, `+`, `*`, `%` and `in`.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{self as objects, layout};

use crate::bytecode::BinaryOperator as B;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::slice::{slice_indices, slice_positions};
use super::Methods;

pub const STR_METHODS: Methods = &[
    ("__new__", str_new),
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("replace", replace),
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("expandtabs", expandtabs),
    ("encode", encode),
    ("format", format_method),
    ("format_map", format_map),
    ("maketrans", maketrans),
    ("translate", translate),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__mod__", dunder_mod),
    ("__format__", dunder_format),
];

/// The text of `v` (a str or an instance of a str subclass).
/// The TypeError of CPython's tuple-parsed methods given `given` (receiver
/// excluded) where at most `max` are allowed.
pub(crate) fn at_most(vm: &mut Vm, given: usize, max: usize, name: &str) -> PyResult<()> {
    if given <= max {
        return Ok(());
    }
    let plural = if max == 1 { "" } else { "s" };
    let msg = format!("{name}() takes at most {max} argument{plural} ({given} given)");
    Err(vm.type_error(&msg))
}

/// The arity check of the search methods, in their own words (CPython
/// parses their arguments with a format string, not Argument Clinic).
fn one_to_three(vm: &mut Vm, args: Args, name: &str) -> PyResult<()> {
    let given = vm.positional(args).len().saturating_sub(1);
    if given == 0 && !vm.positional(args).is_empty() {
        let msg = format!("{name}() takes at least 1 argument (0 given)");
        return Err(vm.type_error(&msg));
    }
    at_most(vm, given, 3, name)
}

fn text_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<String> {
    let s = str_receiver(vm, v, method)?;
    Ok(vm.str_text(s).to_string())
}

/// The str object behind a method's receiver (the str inside an instance
/// of a subclass), or CPython's TypeError for a receiver of another type.
fn str_receiver(vm: &mut Vm, v: Value, method: &str) -> PyResult<Value> {
    if vm.is_layout(v, layout::STR) {
        return Ok(v);
    }
    if let Some(inner) = vm.builtin_base(v).filter(|i| vm.is_layout(*i, layout::STR)) {
        return Ok(inner);
    }
    Err(super::wrong_receiver(vm, "str", method, v))
}

/// A str argument, with CPython's "must be str" TypeError.
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    if vm.is_layout(v, layout::STR) {
        return Ok(vm.str_text(v).to_string());
    }
    if let Some(inner) = vm.builtin_base(v).filter(|i| vm.is_layout(*i, layout::STR)) {
        return Ok(vm.str_text(inner).to_string());
    }
    // `what` is either the whole message up to the type name ("..., not")
    // or the name of the argument.
    let msg = if what.ends_with(", not") {
        format!("{what} {}", vm.type_name_of(v))
    } else {
        format!("{what} must be str, not {}", vm.type_name_of(v))
    };
    Err(vm.type_error(&msg))
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [object_kw, encoding_kw, errors_kw]) =
        vm.args_with_keywords(args, "str", ["object", "encoding", "errors"])?;
    at_most(vm, positional.len() - 1, 3, "str")?;
    let class = positional[0];
    let object = positional.get(1).copied().or(object_kw);
    let encoding = positional.get(2).copied().or(encoding_kw);
    let errors = positional.get(3).copied().or(errors_kw);
    let Some(object) = object else {
        let value = vm.new_str("")?;
        return super::list::for_class(vm, class, TypeId::Str, value);
    };
    // The arguments' types are checked before the object, as CPython's
    // argument parser does.
    for (value, name) in [(encoding, "encoding"), (errors, "errors")] {
        if let Some(v) = value.filter(|&v| !vm.is_subtype(vm.type_of(v), vm.ty(TypeId::Str))) {
            let msg = format!(
                "str() argument '{name}' must be str, not {}",
                vm.argument_type_name(v)
            );
            return Err(vm.type_error(&msg));
        }
    }
    if encoding.is_none() && errors.is_none() {
        let value = vm.to_str(object)?;
        // `__str__` may have collected, moving the class.
        let class = vm.stack[args.base];
        return super::list::for_class(vm, class, TypeId::Str, value);
    }
    if !super::bytes::is_bytes_like(vm, object) {
        let msg = if vm.is_subtype(vm.type_of(object), vm.ty(TypeId::Str)) {
            "decoding str is not supported".to_string()
        } else {
            format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name_of(object)
            )
        };
        return Err(vm.type_error(&msg));
    }
    // With an encoding or errors, str(b, ...) is b.decode(...).
    let slots = [
        class,
        object,
        encoding.unwrap_or(Value::EMPTY),
        errors.unwrap_or(Value::EMPTY),
    ];
    vm.rooted(&slots, |vm, base| {
        if vm.stack[base + 2].is_empty() {
            let default = vm.new_str("utf-8")?;
            vm.stack[base + 2] = default;
        }
        if vm.stack[base + 3].is_empty() {
            let default = vm.new_str("strict")?;
            vm.stack[base + 3] = default;
        }
        let decode = vm.getattr_str(vm.stack[base + 1], "decode")?;
        let (encoding, errors) = (vm.stack[base + 2], vm.stack[base + 3]);
        let value = vm.call(decode, &[encoding, errors])?;
        let class = vm.stack[base];
        super::list::for_class(vm, class, TypeId::Str, value)
    })
}

fn new_list_of_strs(vm: &mut Vm, parts: &[&str]) -> PyResult<Value> {
    let mut values = Vec::with_capacity(parts.len());
    for p in parts {
        values.push(vm.new_str(p)?);
    }
    vm.new_list(&values)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, [iterable]) = vm.method_args::<1>(args, "join")?;
    if str_object(vm, sep).is_none() {
        return Err(super::wrong_receiver(vm, "str", "join", sep));
    }
    if vm.lookup_special(iterable, "__iter__")?.is_none()
        && vm.lookup_special(iterable, "__getitem__")?.is_none()
    {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = super::functions::collect(vm, iterable)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, &p) in items.iter().enumerate() {
        match str_object(vm, p) {
            Some(o) => parts.push(o.value()),
            None => {
                let msg = format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name_of(p)
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    // Collecting may have run Python code: the separator is read again.
    let sep = str_object(vm, vm.stack[args.base]).expect("checked above");
    let joined = objects::str::join(&mut vm.heap, Some(sep), &parts);
    Ok(vm.heap_ok(joined)?.value())
}

/// `sep` and `maxsplit` of split/rsplit.
fn split_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(String, Option<String>, i64)> {
    let (positional, [sep_kw, max_kw]) = vm.args_with_keywords(args, name, ["sep", "maxsplit"])?;
    let text = text_of(vm, positional[0], name)?;
    let sep = match positional.get(1).copied().or(sep_kw) {
        None | Some(Value::NONE) => None,
        Some(s) => {
            let s = str_arg(vm, s, "must be str or None, not")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match positional.get(2).copied().or(max_kw) {
        Some(m) => vm.as_index(m)?,
        None => -1,
    };
    Ok((text, sep, maxsplit))
}

/// `text.split(sep)` for a str `sep` and no limit: the pieces are copied
/// from the text object, which is not copied whole.
fn split_on(vm: &mut Vm, text: ObjRef, sep: ObjRef) -> PyResult<Value> {
    let bytes = objects::str::bytes(&vm.heap, text);
    let sep_len = objects::str::bytes(&vm.heap, sep).len();
    let mut ranges = Vec::new();
    let mut start = 0;
    for at in memchr::memmem::find_iter(bytes, objects::str::bytes(&vm.heap, sep)) {
        ranges.push(start..at);
        start = at + sep_len;
    }
    ranges.push(start..bytes.len());
    pieces_of(vm, text, ranges)
}

/// `text.split()` of an ASCII str, by bytes: the whitespace of ASCII text
/// is one byte each, so no character is decoded.
fn split_ascii_whitespace(vm: &mut Vm, text: ObjRef) -> PyResult<Value> {
    let is_space = |b: &u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x20);
    let bytes = objects::str::bytes(&vm.heap, text);
    let mut ranges = Vec::new();
    let mut at = 0;
    while let Some(start) = bytes[at..].iter().position(|b| !is_space(b)) {
        let start = at + start;
        let end = bytes[start..]
            .iter()
            .position(is_space)
            .map_or(bytes.len(), |n| start + n);
        ranges.push(start..end);
        at = end;
    }
    pieces_of(vm, text, ranges)
}

/// A list of the substrings of `text` at the byte `ranges`.
fn pieces_of(vm: &mut Vm, text: ObjRef, ranges: Vec<std::ops::Range<usize>>) -> PyResult<Value> {
    let ascii = objects::str::is_ascii(&vm.heap, text);
    let mut pieces = Vec::with_capacity(ranges.len());
    for range in ranges {
        let chars = if ascii {
            range.len()
        } else {
            objects::str::count_chars(&objects::str::bytes(&vm.heap, text)[range.clone()])
        };
        let piece = objects::str::substring(&mut vm.heap, text, range, chars);
        pieces.push(vm.heap_ok(piece)?.value());
    }
    vm.new_list(&pieces)
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if vm.kw_count(args) == 0 && vm.positional(args).len() == 1 {
        if let Some(text) = str_object(vm, vm.positional(args)[0]) {
            if objects::str::is_ascii(&vm.heap, text) {
                return split_ascii_whitespace(vm, text);
            }
        }
    }
    if vm.kw_count(args) == 0 && vm.positional(args).len() == 2 {
        let positional = vm.positional(args);
        let (text, sep) = (positional[0], positional[1]);
        if let (Some(text), Some(sep)) = (str_object(vm, text), str_object(vm, sep)) {
            if !objects::str::bytes(&vm.heap, sep).is_empty() {
                return split_on(vm, text, sep);
            }
        }
    }
    let (text, sep, maxsplit) = split_args(vm, args, "split")?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<&str> = match &sep {
        Some(sep) => {
            if limit == usize::MAX {
                text.split(sep.as_str()).collect()
            } else {
                text.splitn(limit + 1, sep.as_str()).collect()
            }
        }
        None => split_whitespace(&text, limit),
    };
    new_list_of_strs(vm, &parts)
}

fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(end) => {
                parts.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(is_space);
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    parts
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => {
            if limit == usize::MAX {
                text.rsplit(sep.as_str()).collect()
            } else {
                text.rsplitn(limit + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = text.trim_end_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                match rest.rfind(is_space) {
                    Some(start) => {
                        let ws = rest[start..].chars().next().map_or(1, char::len_utf8);
                        parts.push(&rest[start + ws..]);
                        rest = rest[..start].trim_end_matches(is_space);
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
            parts
        }
    };
    parts.reverse();
    new_list_of_strs(vm, &parts)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [keep_kw]) = vm.args_with_keywords(args, "splitlines", ["keepends"])?;
    at_most(
        vm,
        positional.len() - 1 + keep_kw.is_some() as usize,
        1,
        "splitlines",
    )?;
    let text = text_of(vm, positional[0], "splitlines")?;
    let keep = match positional.get(1).copied().or(keep_kw) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            parts.push(if keep {
                &text[start..end]
            } else {
                &text[start..pos]
            });
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    new_list_of_strs(vm, &parts)
}

fn strip_chars(vm: &mut Vm, args: Args, name: &str) -> PyResult<(String, Option<Vec<char>>)> {
    let (s, [chars]) = vm.method_range_args::<1>(args, 0, name)?;
    let text = text_of(vm, s, name)?;
    let chars = if chars.is_empty() || chars == Value::NONE {
        None
    } else {
        if !vm.is_layout(chars, layout::STR) && vm.builtin_base(chars).is_none() {
            return Err(vm.type_error(&format!("{name} arg must be None or str")));
        }
        Some(str_arg(vm, chars, name)?.chars().collect())
    };
    Ok((text, chars))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, chars) = strip_chars(vm, args, "strip")?;
    let r = match &chars {
        Some(set) => text.trim_matches(|c| set.contains(&c)),
        None => text.trim_matches(is_space),
    };
    vm.new_str(r)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, chars) = strip_chars(vm, args, "lstrip")?;
    let r = match &chars {
        Some(set) => text.trim_start_matches(|c| set.contains(&c)),
        None => text.trim_start_matches(is_space),
    };
    vm.new_str(r)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, chars) = strip_chars(vm, args, "rstrip")?;
    let r = match &chars {
        Some(set) => text.trim_end_matches(|c| set.contains(&c)),
        None => text.trim_end_matches(is_space),
    };
    vm.new_str(r)
}

/// The substring `start..end` (code point indices, Python-clamped) and
/// its byte offset in `text`.
fn window<'t>(
    vm: &mut Vm,
    text: &'t str,
    start: Value,
    end: Value,
) -> PyResult<Option<(&'t str, usize, usize)>> {
    let Some((s, e)) = super::bytes_methods::span(vm, text.chars().count(), start, end)? else {
        return Ok(None);
    };
    let byte = |k: usize| text.char_indices().nth(k).map_or(text.len(), |(b, _)| b);
    let (bs, be) = if text.is_ascii() {
        (s, e)
    } else {
        (byte(s), byte(e))
    };
    Ok(Some((&text[bs..be], bs, s)))
}

fn affix(vm: &mut Vm, args: Args, name: &str, start: bool) -> PyResult<Value> {
    one_to_three(vm, args, name)?;
    let (s, [_, from, to]) = vm.method_range_args::<3>(args, 1, name)?;
    let text = text_of(vm, s, name)?;
    let Some((sub, _, _)) = window(vm, &text, from, to)? else {
        return Ok(Value::FALSE);
    };
    // The bounds' `__index__` may have collected, moving the prefix.
    let prefix = vm.positional(args)[1];
    let options = if vm.is_layout(prefix, layout::TUPLE) {
        vm.tuple_items(prefix)
    } else if vm.is_layout(prefix, layout::STR) {
        vec![prefix]
    } else {
        let msg = format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name_of(prefix)
        );
        return Err(vm.type_error(&msg));
    };
    for p in options {
        let p = str_arg(vm, p, "tuple for startswith must only contain str, not")?;
        if (start && sub.starts_with(p.as_str())) || (!start && sub.ends_with(p.as_str())) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

/// The str object inside `v`: a str, or the str a str subclass's instance
/// extends.
fn str_object(vm: &Vm, v: Value) -> Option<ObjRef> {
    if vm.is_layout(v, layout::STR) {
        return v.as_obj();
    }
    vm.builtin_base(v)
        .filter(|i| vm.is_layout(*i, layout::STR))
        .and_then(|i| i.as_obj())
}

/// The operands of count/find/rfind/index/rindex without copying the text:
/// the receiver's and the argument's str objects, the byte range of the
/// `[start:end]` window and its first code point. `None` when the window
/// starts past its end.
fn search_operands(
    vm: &mut Vm,
    args: Args,
    name: &str,
) -> PyResult<Option<(ObjRef, ObjRef, std::ops::Range<usize>, usize)>> {
    one_to_three(vm, args, name)?;
    let (s, [sub, from, to]) = vm.method_range_args::<3>(args, 1, name)?;
    let Some(text) = str_object(vm, s) else {
        return Err(super::wrong_receiver(vm, "str", name, s));
    };
    if str_object(vm, sub).is_none() {
        str_arg(vm, sub, "must be str, not")?;
    }
    let n = objects::str::char_len(&vm.heap, text);
    let Some((first, last)) = super::bytes_methods::span(vm, n, from, to)? else {
        return Ok(None);
    };
    // The bounds' `__index__` may have run Python code: the operands are
    // read again from the arguments.
    let positional = vm.positional(args);
    let (s, sub) = (positional[0], positional[1]);
    let text = str_object(vm, s).expect("checked above");
    let sub = str_object(vm, sub).expect("checked above");
    let range = objects::str::byte_offset(&vm.heap, text, first)
        ..objects::str::byte_offset(&vm.heap, text, last);
    Ok(Some((text, sub, range, first)))
}

/// find/rfind/index/rindex: the code point index of `sub`, or -1.
fn search(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let Some((text, sub, range, first)) = search_operands(vm, args, name)? else {
        return Ok(-1);
    };
    let haystack = &objects::str::bytes(&vm.heap, text)[range];
    let needle = objects::str::bytes(&vm.heap, sub);
    let found = if reverse {
        memchr::memmem::rfind(haystack, needle)
    } else {
        memchr::memmem::find(haystack, needle)
    };
    Ok(match found {
        Some(b) if objects::str::is_ascii(&vm.heap, text) => (first + b) as i64,
        Some(b) => (first + objects::str::count_chars(&haystack[..b])) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::small_int_const(search(vm, args, "find", false)?))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::small_int_const(search(vm, args, "rfind", true)?))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::small_int_const(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::small_int_const(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((text, sub, range, _)) = search_operands(vm, args, "count")? else {
        return Ok(Value::small_int_const(0));
    };
    let haystack = &objects::str::bytes(&vm.heap, text)[range];
    let needle = objects::str::bytes(&vm.heap, sub);
    let n = if needle.is_empty() {
        objects::str::count_chars(haystack) + 1
    } else {
        memchr::memmem::find_iter(haystack, needle).count()
    };
    Ok(Value::small_int_const(n as i64))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [old, new, count]) = vm.method_range_args::<3>(args, 2, "replace")?;
    let text = text_of(vm, s, "replace")?;
    let old = str_arg(vm, old, "replace() argument 1")?;
    let new = str_arg(vm, new, "replace() argument 2")?;
    let count = if count.is_empty() {
        -1
    } else {
        vm.as_index(count)?
    };
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = String::with_capacity(text.len() * (new.len() + 1) + new.len());
            out.push_str(&new);
            for c in text.chars() {
                out.push(c);
                out.push_str(&new);
            }
            out
        } else {
            text.replace(old.as_str(), &new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut left = count;
        for c in text.chars() {
            if left > 0 {
                out.push_str(&new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(&new);
        }
        out
    } else {
        text.replacen(old.as_str(), &new, count as usize)
    };
    // An exact str that nothing changed is returned itself, as in CPython;
    // it is read from its slot, as `count.__index__` may have collected.
    let s = vm.stack[args.base];
    if r == text && vm.is_layout(s, layout::STR) {
        return Ok(s);
    }
    vm.new_str(&r)
}

fn map_text(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, name)?;
    let text = text_of(vm, s, name)?;
    vm.new_str(&f(&text))
}

/// `s.upper()` or `s.lower()` of an ASCII str, whose case maps byte to
/// byte: a copy of its bytes converted in place, with no decoding.
fn ascii_case(vm: &mut Vm, args: Args, convert: fn(&mut [u8])) -> Option<PyResult<Value>> {
    if args.count != 1 || !args.kwnames.is_empty() {
        return None;
    }
    let s = str_object(vm, vm.stack[args.base])?;
    if !objects::str::is_ascii(&vm.heap, s) {
        return None;
    }
    let n = objects::str::char_len(&vm.heap, s);
    let copy = objects::str::substring(&mut vm.heap, s, 0..n, n);
    Some(vm.heap_ok(copy).map(|c| {
        convert(objects::str::bytes_mut(&mut vm.heap, c));
        c.value()
    }))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = ascii_case(vm, args, <[u8]>::make_ascii_uppercase) {
        return r;
    }
    map_text(vm, args, "upper", str::to_uppercase)
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = ascii_case(vm, args, <[u8]>::make_ascii_lowercase) {
        return r;
    }
    map_text(vm, args, "lower", str::to_lowercase)
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "casefold", |t| {
        t.chars().flat_map(folded).collect()
    })
}

/// The full case folding of `c`: its lower case, except for characters
/// whose upper case is several (ligatures, ß) and the Greek variants that
/// fold to their plain letter, which fold through their upper case.
fn folded(c: char) -> Vec<char> {
    if c == '\u{1E9E}' {
        return vec!['s', 's'];
    }
    let mut upper = c.to_uppercase();
    let through_upper = upper.len() > 1
        || matches!(
            c as u32,
            0xB5 | 0x17F
                | 0x345
                | 0x3C2
                | 0x3D0
                | 0x3D1
                | 0x3D5
                | 0x3D6
                | 0x3F0
                | 0x3F1
                | 0x3F5
                | 0x1E9B
                | 0x1FBE
        );
    if through_upper {
        upper.by_ref().flat_map(char::to_lowercase).collect()
    } else {
        c.to_lowercase().collect()
    }
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "capitalize", |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        for (i, &c) in chars.iter().enumerate() {
            if i == 0 {
                out.push_str(&titlecase(c));
            } else {
                push_lower(&chars, i, &mut out);
            }
        }
        out
    })
}

/// The title case of `c` (Unicode's titlecase mapping, with SpecialCasing).
fn titlecase(c: char) -> String {
    let one = |u: u32| char::from_u32(u).expect("a title case letter").to_string();
    match c as u32 {
        0x1C4..=0x1C6 => one(0x1C5),
        0x1C7..=0x1C9 => one(0x1C8),
        0x1CA..=0x1CC => one(0x1CB),
        0x1F1..=0x1F3 => one(0x1F2),
        0x149 => "\u{2BC}N".into(),
        // Greek letters with ypogegrammeni take the prosgegrammeni form.
        u @ (0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7) => one(u + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC => {
            c.to_string()
        }
        0x1FB3 => one(0x1FBC),
        0x1FC3 => one(0x1FCC),
        0x1FF3 => one(0x1FFC),
        0x1FB2 => "\u{1FBA}\u{345}".into(),
        0x1FB4 => "\u{386}\u{345}".into(),
        0x1FC2 => "\u{1FCA}\u{345}".into(),
        0x1FC4 => "\u{389}\u{345}".into(),
        0x1FF2 => "\u{1FFA}\u{345}".into(),
        0x1FF4 => "\u{38F}\u{345}".into(),
        0x1FB7 => "\u{391}\u{342}\u{345}".into(),
        0x1FC7 => "\u{397}\u{342}\u{345}".into(),
        0x1FF7 => "\u{3A9}\u{342}\u{345}".into(),
        _ => {
            // A several-letter upper case (ligatures, ß) keeps only its
            // first letter capital: "ﬁ" is "Fi".
            let mut upper = c.to_uppercase();
            let mut out: String = upper.next().into_iter().collect();
            out.extend(upper.flat_map(char::to_lowercase));
            out
        }
    }
}

fn is_titlecase_letter(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    get_general_category(c) == G::TitlecaseLetter
}

/// Cased as Unicode defines it: upper, lower or title case.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase_letter(c)
}

/// Case-ignorable as Unicode defines it (marks, format characters,
/// modifiers and the word-internal punctuation).
fn is_case_ignorable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{B7}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}'
    ) || matches!(
        get_general_category(c),
        G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol
    )
}

/// The lower case of `chars[i]`, a capital sigma ending a word becoming
/// final sigma.
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    if chars[i] == '\u{3A3}' && is_final_sigma(chars, i) {
        out.push('\u{3C2}');
    } else {
        out.extend(chars[i].to_lowercase());
    }
}

/// Whether the capital sigma at `chars[i]` ends a word, so that it lowers
/// to final sigma: a cased letter before it and none after it, skipping
/// case-ignorable characters.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c))
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "title", |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        let mut previous_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if previous_cased {
                push_lower(&chars, i, &mut out);
            } else {
                out.push_str(&titlecase(c));
            }
            previous_cased = is_cased(c);
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "swapcase", |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        for (i, &c) in chars.iter().enumerate() {
            if c == '\u{3A3}' {
                out.push(if is_final_sigma(&chars, i) {
                    '\u{3C2}'
                } else {
                    '\u{3C3}'
                });
            } else if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, test: fn(&str) -> bool) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, name)?;
    let s = str_receiver(vm, s, name)?;
    Ok(Value::from_bool(test(vm.str_text(s))))
}

/// Whitespace as `str.isspace`, `split()` and `strip()` see it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit() || crate::modules::unicodedata::decimal_value(c).is_some()
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit() || crate::modules::unicodedata::digit_value(c).is_some()
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |t| {
        !t.is_empty() && t.chars().all(is_digit_char)
    })
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |t| {
        !t.is_empty() && t.chars().all(is_decimal_char)
    })
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |t| {
        !t.is_empty() && t.chars().all(char::is_numeric)
    })
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |t| {
        !t.is_empty() && t.chars().all(char::is_alphabetic)
    })
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |t| {
        !t.is_empty() && t.chars().all(|c| c.is_alphanumeric())
    })
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |t| {
        !t.is_empty() && t.chars().all(is_space)
    })
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |t| {
        t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase())
    })
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |t| {
        t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase())
    })
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |t| {
        let mut previous_cased = false;
        let mut any = false;
        for c in t.chars() {
            if c.is_uppercase() || is_titlecase_letter(c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                any = true;
            } else {
                previous_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", |t| {
        let mut chars = t.chars();
        match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {
                chars.all(|c| c == '_' || c.is_alphanumeric())
            }
            _ => false,
        }
    })
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |t| {
        t.chars().all(crate::runtime::format::is_printable)
    })
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |t| t.is_ascii())
}

fn pad(vm: &mut Vm, args: Args, name: &str) -> PyResult<(String, usize, char)> {
    let (s, [width, fill]) = vm.method_range_args::<2>(args, 1, name)?;
    let text = text_of(vm, s, name)?;
    let width = vm.as_index(width)?.max(0) as usize;
    let fill = if fill.is_empty() {
        ' '
    } else {
        let f = str_arg(
            vm,
            fill,
            "The fill character must be a unicode character, not",
        )?;
        let mut chars = f.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => return Err(vm.type_error("The fill character must be exactly one character long")),
        }
    };
    Ok((text, width, fill))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, width, fill) = pad(vm, args, "center")?;
    vm.check_items(width, fill.len_utf8())?;
    let n = text.chars().count();
    if width <= n {
        return vm.new_str(&text);
    }
    let total = width - n;
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    let out: String = std::iter::repeat(fill)
        .take(left)
        .chain(text.chars())
        .chain(std::iter::repeat(fill).take(right))
        .collect();
    vm.new_str(&out)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, width, fill) = pad(vm, args, "ljust")?;
    vm.check_items(width, fill.len_utf8())?;
    let n = text.chars().count();
    let out: String = text
        .chars()
        .chain(std::iter::repeat(fill).take(width.saturating_sub(n)))
        .collect();
    vm.new_str(&out)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, width, fill) = pad(vm, args, "rjust")?;
    vm.check_items(width, fill.len_utf8())?;
    let n = text.chars().count();
    let out: String = std::iter::repeat(fill)
        .take(width.saturating_sub(n))
        .chain(text.chars())
        .collect();
    vm.new_str(&out)
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [width]) = vm.method_args::<1>(args, "zfill")?;
    let text = text_of(vm, s, "zfill")?;
    let width = vm.as_index(width)?.max(0) as usize;
    vm.check_request(width)?;
    let n = text.chars().count();
    if width <= n {
        return vm.new_str(&text);
    }
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text.as_str()),
    };
    let mut out = String::new();
    out.extend(sign);
    out.extend(std::iter::repeat('0').take(width - n));
    out.push_str(digits);
    vm.new_str(&out)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, [sep]) = vm.method_args::<1>(args, name)?;
    let text = text_of(vm, s, name)?;
    let sep = str_arg(vm, sep, "must be str, not")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let parts: [&str; 3] = match found {
        Some(i) => [&text[..i], &sep, &text[i + sep.len()..]],
        None if reverse => ["", "", &text],
        None => [&text, "", ""],
    };
    let values = [
        vm.new_str(parts[0])?,
        vm.new_str(parts[1])?,
        vm.new_str(parts[2])?,
    ];
    vm.new_tuple(&values)
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [p]) = vm.method_args::<1>(args, "removeprefix")?;
    let text = text_of(vm, s, "removeprefix")?;
    let p = str_arg(vm, p, "removeprefix() argument")?;
    vm.new_str(text.strip_prefix(p.as_str()).unwrap_or(&text))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [p]) = vm.method_args::<1>(args, "removesuffix")?;
    let text = text_of(vm, s, "removesuffix")?;
    let p = str_arg(vm, p, "removesuffix() argument")?;
    vm.new_str(text.strip_suffix(p.as_str()).unwrap_or(&text))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [size_kw]) = vm.args_with_keywords(args, "expandtabs", ["tabsize"])?;
    at_most(
        vm,
        positional.len() - 1 + size_kw.is_some() as usize,
        1,
        "expandtabs",
    )?;
    let text = text_of(vm, positional[0], "expandtabs")?;
    let size = match positional.get(1).copied().or(size_kw) {
        Some(v) => vm.as_index(v)?,
        None => 8,
    };
    if i32::try_from(size).is_err() {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let mut out = String::new();
    let mut column = 0i64;
    for c in text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - column % size;
                    vm.check_request(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    vm.new_str(&out)
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [encoding, errors]) =
        vm.args_with_keywords(args, "encode", ["encoding", "errors"])?;
    let text = text_of(vm, positional[0], "encode")?;
    let encoding = match positional.get(1).copied().or(encoding) {
        Some(e) => str_arg(vm, e, "encode() argument 'encoding'")?
            .to_ascii_lowercase()
            .replace('_', "-"),
        None => "utf-8".into(),
    };
    let errors = match positional.get(2).copied().or(errors) {
        Some(e) => str_arg(vm, e, "encode() argument 'errors'")?,
        None => "strict".into(),
    };
    let (name, limit) = match encoding.as_str() {
        "utf-8" | "utf8" => return super::bytes::new_bytes(vm, text.as_bytes()),
        "ascii" => ("ascii", 0x80),
        "latin-1" | "latin1" | "iso-8859-1" => ("latin-1", 0x100),
        _ => return codec_fallback(vm, "_encode_other", positional[0], &encoding, &errors),
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{u};").as_bytes()),
            "strict" => {
                // CPython reports the whole run of unencodable characters.
                let run = text
                    .chars()
                    .skip(i)
                    .take_while(|&c| c as u32 >= limit)
                    .count();
                let msg = if run > 1 {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        i + run - 1
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        char_escape(c)
                    )
                };
                return Err(vm.raise_msg(TypeId::UnicodeEncodeError, &msg));
            }
            other => {
                let msg = format!("unknown error handler name '{other}'");
                return Err(vm.raise_msg(TypeId::LookupError, &msg));
            }
        }
    }
    super::bytes::new_bytes(vm, &out)
}

/// `str.encode`/`bytes.decode` for an encoding that only the `codecs`
/// module knows: `codecs.<helper>(value, encoding, errors)`.
pub fn codec_fallback(
    vm: &mut Vm,
    helper: &str,
    value: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    vm.rooted(&[value], |vm, base| {
        let encoding = vm.new_str(encoding)?;
        vm.stack.push(encoding);
        let errors = vm.new_str(errors)?;
        vm.stack.push(errors);
        let f = crate::modules::bundled_attribute(vm, "codecs", helper)?;
        let args = vm.stack[base..base + 3].to_vec();
        vm.call(f, &args)
    })
}

/// A non-ASCII character as Python writes it escaped: \xNN, \uNNNN or
/// \UNNNNNNNN.
fn char_escape(c: char) -> String {
    match c as u32 {
        u if u < 0x100 => format!("\\x{u:02x}"),
        u if u < 0x10000 => format!("\\u{u:04x}"),
        u => format!("\\U{u:08x}"),
    }
}

fn format_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = vm.stack[args.base];
    let text = text_of(vm, s, "format")?;
    super::format::str_format(vm, &text, args)
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [mapping]) = vm.method_args::<1>(args, "format_map")?;
    let text = text_of(vm, s, "format_map")?;
    super::format::str_format_map(vm, &text, mapping)
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    let table = vm.new_dict()?;
    match given.len() {
        1 => {
            let d = given[0];
            if !vm.is_layout(d, layout::DICT) {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            }
            for (k, v) in objects::dict::items(&vm.heap, d.as_obj().expect("a dict")) {
                let key = if vm.is_layout(k, layout::STR) {
                    let mut chars = vm.str_text(k).chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Value::small_int_const(c as i64),
                        _ => {
                            let msg = "string keys in translate table must be of length 1";
                            return Err(vm.value_error(msg));
                        }
                    }
                } else if vm.is_int(k) {
                    k
                } else {
                    let msg = "keys in translate table must be strings or integers";
                    return Err(vm.type_error(msg));
                };
                vm.dict_set(table, key, v)?;
            }
        }
        2 | 3 => {
            let from = str_arg(vm, given[0], "maketrans() argument 1")?;
            let to = str_arg(vm, given[1], "maketrans() argument 2")?;
            if from.chars().count() != to.chars().count() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in from.chars().zip(to.chars()) {
                vm.dict_set(
                    table,
                    Value::small_int_const(a as i64),
                    Value::small_int_const(b as i64),
                )?;
            }
            if given.len() == 3 {
                let delete = str_arg(vm, given[2], "maketrans() argument 3")?;
                for c in delete.chars() {
                    vm.dict_set(table, Value::small_int_const(c as i64), Value::NONE)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(table)
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [_]) = vm.method_args::<1>(args, "translate")?;
    let text = text_of(vm, s, "translate")?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = Value::small_int_const(c as i64);
        // A `__getitem__` may collect: the table is read from its argument
        // slot each time.
        let table = vm.stack[args.base + 1];
        let mapped = match vm.getitem(table, key) {
            Ok(v) => Some(v),
            Err(_) if vm.exception_matches(TypeId::LookupError) => {
                vm.take_exception();
                None
            }
            Err(e) => return Err(e),
        };
        match mapped {
            None => out.push(c),
            Some(Value::NONE) => {}
            Some(v) if vm.is_layout(v, layout::STR) => out.push_str(vm.str_text(v)),
            Some(v) => match vm
                .small_of(v)
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
            {
                Some(m) => out.push(m),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    vm.new_str(&out)
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, []) = vm.method_args::<0>(args, "__len__")?;
    let text = text_of(vm, s, "__len__")?;
    Ok(Value::small_int_const(text.chars().count() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [key]) = vm.method_args::<1>(args, "__getitem__")?;
    let text = text_of(vm, s, "__getitem__")?;
    let s = vm.new_str(&text)?;
    getitem(vm, s, key)
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [item]) = vm.method_args::<1>(args, "__contains__")?;
    let text = text_of(vm, s, "__contains__")?;
    let s = vm.new_str(&text)?;
    Ok(Value::from_bool(contains(vm, s, item)?))
}

fn dunder_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__add__")?;
    let text = text_of(vm, a, "__add__")?;
    let a = vm.new_str(&text)?;
    Ok(binary(vm, a, b, B::Add)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn dunder_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__mul__")?;
    let text = text_of(vm, a, "__mul__")?;
    let a = vm.new_str(&text)?;
    Ok(binary(vm, a, b, B::Multiply)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn dunder_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, [b]) = vm.method_args::<1>(args, "__mod__")?;
    let text = text_of(vm, a, "__mod__")?;
    super::format::percent_format(vm, &text, b)
}

fn dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [spec]) = vm.method_args::<1>(args, "__format__")?;
    let text = text_of(vm, s, "__format__")?;
    let s = vm.new_str(&text)?;
    super::format::format_value(vm, s, spec)
}

/// Indexing and slicing by code point.
pub fn getitem(vm: &mut Vm, s: Value, key: Value) -> PyResult<Value> {
    if let Some(i) = key.as_small_int() {
        return item_at(vm, s, i);
    }
    if let Some(piece) = ascii_slice_fast(vm, s, key) {
        return piece;
    }
    // An `__index__` of the key or of a slice's bounds may collect: the str
    // is read back from its root after it.
    vm.rooted(&[s], |vm, base| {
        let n = objects::str::char_len(&vm.heap, s.as_obj().expect("a str"));
        if vm.is_layout(key, layout::SLICE) {
            let (start, stop, step, length) = slice_indices(vm, key, n)?;
            return slice_of(vm, vm.stack[base], (start, stop, step, length));
        }
        let i = vm.index_of(key, "string")?;
        item_at(vm, vm.stack[base], i)
    })
}

/// `s[start:stop]` of an ASCII str by a slice whose bounds are small ints
/// or None and whose step is None or 1: no `__index__` to call, and the
/// piece is copied straight from the str's bytes. `None` for other slices.
fn ascii_slice_fast(vm: &mut Vm, s: Value, key: Value) -> Option<PyResult<Value>> {
    let slice = vm.obj_of(key, layout::SLICE)?;
    let obj = s.as_obj()?;
    if !objects::str::is_ascii(&vm.heap, obj) {
        return None;
    }
    let [start, stop, step] = [
        objects::field::SLICE::start,
        objects::field::SLICE::stop,
        objects::field::SLICE::step,
    ]
    .map(|i| vm.heap.field(slice, i));
    if !(step == Value::NONE || step.as_small_int() == Some(1)) {
        return None;
    }
    let n = objects::str::char_len(&vm.heap, obj) as i64;
    let bound = |v: Value, default: i64| -> Option<usize> {
        if v == Value::NONE {
            return Some(default as usize);
        }
        let i = v.as_small_int()?;
        Some((if i < 0 { i + n } else { i }).clamp(0, n) as usize)
    };
    let (from, to) = (bound(start, 0)?, bound(stop, n)?);
    if from == 0 && to == n as usize {
        // The whole of an immutable str is the str itself, as in CPython.
        return Some(Ok(s));
    }
    let to = to.max(from);
    let r = objects::str::substring(&mut vm.heap, obj, from..to, to - from);
    Some(vm.heap_ok(r).map(|o| o.value()))
}

/// `s[start:stop:step]`, given the slice's indices for `s`.
fn slice_of(vm: &mut Vm, s: Value, indices: (isize, isize, isize, usize)) -> PyResult<Value> {
    let (start, stop, step, length) = indices;
    let obj = s.as_obj().expect("a str");
    if step == 1 && start == 0 && length == objects::str::char_len(&vm.heap, obj) {
        return Ok(s);
    }
    if objects::str::is_ascii(&vm.heap, obj) && step == 1 {
        let bytes = objects::str::bytes(&vm.heap, obj);
        let piece = std::str::from_utf8(&bytes[start as usize..(stop.max(start)) as usize])
            .expect("ascii")
            .to_string();
        return vm.new_str(&piece);
    }
    let chars: Vec<char> = vm.str_text(s).chars().collect();
    let out: String = slice_positions(start, step, length)
        .map(|i| chars[i])
        .collect();
    vm.new_str(&out)
}

/// `s[i]` for an int index.
fn item_at(vm: &mut Vm, s: Value, i: i64) -> PyResult<Value> {
    let n = objects::str::char_len(&vm.heap, s.as_obj().expect("a str"));
    let i = if i < 0 { i + n as i64 } else { i };
    if i < 0 || i as usize >= n {
        return Err(vm.raise_msg(TypeId::IndexError, "string index out of range"));
    }
    char_at(vm, s, i as usize)
}

fn char_at(vm: &mut Vm, s: Value, i: usize) -> PyResult<Value> {
    let obj = s.as_obj().expect("a str");
    let c = if objects::str::is_ascii(&vm.heap, obj) {
        objects::str::bytes(&vm.heap, obj)[i] as char
    } else {
        vm.str_text(s).chars().nth(i).expect("in range")
    };
    if c.is_ascii() {
        return vm.ascii_char(c as u8);
    }
    vm.new_str(c.encode_utf8(&mut [0; 4]))
}

pub fn contains(vm: &mut Vm, s: Value, item: Value) -> PyResult<bool> {
    if !vm.is_layout(item, layout::STR) {
        if let Some(inner) = vm
            .builtin_base(item)
            .filter(|i| vm.is_layout(*i, layout::STR))
        {
            return contains(vm, s, inner);
        }
        let msg = format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name_of(item)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(vm.str_text(s).contains(vm.str_text(item)))
}

/// `str + str`, `str * n`, `str % args`.
pub fn binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    match op {
        B::Add => {
            let other = if vm.is_layout(b, layout::STR) {
                b
            } else {
                if vm.is_user_instance(b) {
                    return Ok(None);
                }
                let msg = format!(
                    "can only concatenate str (not \"{}\") to str",
                    vm.type_name_of(b)
                );
                return Err(vm.type_error(&msg));
            };
            let (x, y) = (a.as_obj().expect("a str"), other.as_obj().expect("a str"));
            let r = objects::str::concat(&mut vm.heap, x, y);
            Ok(Some(vm.heap_ok(r)?.value()))
        }
        B::Multiply => {
            let Some(n) = super::list::repeat_count(vm, b)? else {
                return Ok(None);
            };
            // Immutable: one copy is the string itself, as in CPython.
            if n == 1 && vm.is_layout(a, layout::STR) {
                return Ok(Some(a));
            }
            let len = vm.str_text(a).len();
            vm.check_items(len, n)?;
            let r = vm.str_text(a).repeat(n);
            vm.new_str(&r).map(Some)
        }
        B::Remainder => super::format::percent_format_str(vm, a, b).map(Some),
        _ => Ok(None),
    }
}
