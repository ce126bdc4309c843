//! `repr()` and `str()`: CPython's text for every builtin type (the
//! shortest round-trip float repr, str quoting and escapes, containers
//! with `[...]` for self-reference), and the dunder protocol for the rest.

use minnow_heap::Value;
use minnow_objects::{self as objects, field, layout};

use super::types::{type_field, type_flags, type_flags_of, type_name, TypeId};
use super::{PyResult, Vm};

/// CPython's `repr(float)`: the shortest digits that round-trip, in fixed
/// notation for exponents -4..16 and scientific notation otherwise.
/// The number of digits in the exponent of `{:e}` output.
fn exponent_digits(sci: &str) -> usize {
    sci.split_once('e').map_or(0, |(_, exp)| {
        exp.chars().filter(char::is_ascii_digit).count()
    })
}

pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // `{:e}` gives the shortest round-trip digits: d.ddddde±x. Two
    // candidates can tie only at 15 digits or more (below that, doubles are
    // closer together than the digits); CPython takes the even one, as the
    // exact half-even `{:.Ne}` does, if it reads back.
    let mut sci = format!("{:e}", f);
    let digit_count = sci.chars().filter(char::is_ascii_digit).count() - exponent_digits(&sci);
    if digit_count >= 15 {
        let even = format!("{:.*e}", digit_count - 1, f);
        // Below a power of two the neighbours are closer, so the rounded
        // candidate may not read back; the shortest one then stands.
        if even.parse::<f64>() == Ok(f) {
            sci = even;
        }
    }
    let (mantissa, exp) = sci.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("an exponent");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                for _ in digits.len()..int_len {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// Whether CPython's `str.isprintable` holds for `c`: not a control,
/// format, separator (other than space), surrogate, private-use or
/// unassigned character.
pub fn is_printable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    c == ' '
        || !matches!(
            get_general_category(c),
            G::Control
                | G::Format
                | G::Surrogate
                | G::PrivateUse
                | G::Unassigned
                | G::LineSeparator
                | G::ParagraphSeparator
                | G::SpaceSeparator
        )
}

/// CPython's `repr(str)`.
pub fn str_repr(text: &str, ascii_only: bool) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x80 && !c.is_ascii_control() => out.push(c),
            c if !ascii_only && (c as u32) >= 0x80 && is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// CPython's `repr(bytes)`.
pub fn bytes_repr(data: &[u8], prefix: &str) -> String {
    quoted_bytes(data, prefix, false)
}

/// The bytes inside `repr(bytearray)`: there CPython escapes a single
/// quote even between double quotes.
pub fn bytearray_repr(data: &[u8]) -> String {
    quoted_bytes(data, "b", true)
}

fn quoted_bytes(data: &[u8], prefix: &str, escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from(prefix);
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

impl Vm {
    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        // A class of a metaclass with its own __repr__ counts too.
        if self.is_user_instance(v) {
            if let Some(m) = self.lookup_special(v, "__repr__")? {
                if !self.is_builtin_slot(m, "__repr__") {
                    let r = self.call_descriptor_method(m, v, &[])?;
                    return self.str_result(r, "__repr__");
                }
            }
        }
        let text = self.builtin_repr(v)?;
        self.new_str(&text)
    }

    /// The result of a `__str__` or `__repr__`: a str, or the str inside a
    /// str subclass's instance (CPython would hand back the instance; the
    /// text is the same).
    fn str_result(&mut self, r: Value, method: &str) -> PyResult<Value> {
        if self.is_layout(r, layout::STR) {
            return Ok(r);
        }
        match self.builtin_base(r) {
            Some(inner) if self.is_layout(inner, layout::STR) => Ok(inner),
            _ => {
                let msg = format!(
                    "{method} returned non-string (type {})",
                    self.type_name_of(r)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if self.is_layout(v, layout::STR) {
            return Ok(v);
        }
        if self.is_user_instance(v) {
            if let Some(m) = self.lookup_special(v, "__str__")? {
                if !self.is_builtin_slot(m, "__str__") {
                    let r = self.call_descriptor_method(m, v, &[])?;
                    return self.str_result(r, "__str__");
                }
            }
            // Of the builtin bases only str has its own `__str__`; the
            // others inherit object's, which is `repr`.
            if let Some(inner) = self.builtin_base(v) {
                if self.is_layout(inner, layout::STR) {
                    return self.to_str(inner);
                }
            }
        }
        if self.is_exception_instance(v) {
            let text = self.exception_str(v)?;
            return self.new_str(&text);
        }
        if let Some(proxy) = self.obj_of(v, layout::MAPPINGPROXY) {
            let mapping = self.heap.field(proxy, field::MAPPINGPROXY::mapping);
            return self.to_str(mapping);
        }
        self.repr(v)
    }

    /// `str(v)` as Rust text.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        let s = self.to_str(v)?;
        Ok(self.str_text(s).to_string())
    }

    /// True when `m` is the builtin `object`/`BaseException` method `name`
    /// (so the Rust formatting applies).
    fn is_builtin_slot(&self, m: Value, name: &str) -> bool {
        if !self.is_layout(m, layout::BUILTIN_FUNCTION) {
            return false;
        }
        [TypeId::Object, TypeId::BaseException].iter().any(|&id| {
            let dict = type_field(self, self.ty(id), field::TYPE::dict);
            crate::builtins::dict_get_str(self, dict, name) == Some(m)
        })
    }

    /// `str(exception)`: its single arg's str, or the args tuple's repr.
    pub fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        if let Some(text) = crate::builtins::exceptions::attribute_str(self, exc)? {
            return Ok(text);
        }
        let args = self.exception_field(exc, field::EXCEPTION::args);
        let items = self.tuple_items(args);
        if self.isinstance_id(exc, TypeId::KeyError) && items.len() == 1 {
            return self.repr_string(items[0]);
        }
        match items.len() {
            0 => Ok(String::new()),
            1 => self.str_string(items[0]),
            _ => self.repr_string(args),
        }
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if self.is_user_instance(v) {
            let r = self.repr(v)?;
            return Ok(self.str_text(r).to_string());
        }
        self.builtin_repr(v)
    }

    /// The repr of builtin values (and the default one of instances).
    fn builtin_repr(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(f) = v.as_float() {
            return Ok(float_repr(f));
        }
        match v {
            Value::NONE => return Ok("None".into()),
            Value::TRUE => return Ok("True".into()),
            Value::FALSE => return Ok("False".into()),
            Value::ELLIPSIS => return Ok("Ellipsis".into()),
            Value::NOT_IMPLEMENTED => return Ok("NotImplemented".into()),
            _ => {}
        }
        let obj = v.as_obj().expect("a heap object");
        match self.heap.layout_of(obj) {
            layout::STR => Ok(str_repr(self.str_text(v), false)),
            layout::BIGINT => crate::builtins::int::bigint_to_string(self, v),
            layout::FLOAT => Ok(float_repr(f64::from_bits(
                self.heap.raw(obj, field::FLOAT::bits),
            ))),
            layout::BYTES => Ok(bytes_repr(crate::builtins::bytes::bytes_of(self, v), "b")),
            layout::BYTEARRAY => Ok(format!(
                "bytearray({})",
                bytearray_repr(crate::builtins::bytes::bytes_of(self, v))
            )),
            layout::TUPLE
            | layout::LIST
            | layout::DICT
            | layout::SET
            | layout::FROZENSET
            | layout::DICT_VIEW => self.repr_container(v),
            layout::RANGE => crate::builtins::range::repr(self, v),
            layout::MEMBER => Ok(crate::builtins::member::repr(self, v)),
            layout::MAPPINGPROXY => crate::builtins::mappingproxy::repr(self, v),
            layout::SLICE => {
                let start = self.repr_string(self.heap.field(obj, field::SLICE::start))?;
                let stop = self.repr_string(self.heap.field(obj, field::SLICE::stop))?;
                let step = self.repr_string(self.heap.field(obj, field::SLICE::step))?;
                Ok(format!("slice({start}, {stop}, {step})"))
            }
            layout::TYPE => {
                let name = type_name(self, v);
                let module = type_field(self, v, field::TYPE::module);
                if module.is_ptr() && self.str_text(module) != "builtins" {
                    let qual = self
                        .str_text(type_field(self, v, field::TYPE::qualname))
                        .to_string();
                    Ok(format!("<class '{}.{}'>", self.str_text(module), qual))
                } else {
                    Ok(format!("<class '{name}'>"))
                }
            }
            layout::FUNCTION => {
                let q = self.heap.field(obj, field::FUNCTION::qualname);
                let id = self.heap.identity(obj);
                Ok(format!("<function {} at {:#x}>", self.str_text(q), id))
            }
            layout::BUILTIN_FUNCTION => {
                let name = self.native_name(v);
                let receiver = self.heap.field(obj, field::BUILTIN_FUNCTION::bound);
                if receiver.is_empty() {
                    return Ok(match self.native_owner_name(v) {
                        Some(owner) if name.starts_with("__") && name.ends_with("__") => {
                            format!("<slot wrapper '{name}' of '{owner}' objects>")
                        }
                        Some(owner) => format!("<method '{name}' of '{owner}' objects>"),
                        None => format!("<built-in function {name}>"),
                    });
                }
                let id = match receiver.as_obj() {
                    Some(o) => self.heap.identity(o),
                    None => receiver.bits(),
                };
                let ty = self.type_name_of(receiver);
                Ok(format!(
                    "<built-in method {name} of {ty} object at {id:#x}>"
                ))
            }
            layout::BOUND_METHOD => {
                let f = self.heap.field(obj, field::BOUND_METHOD::function);
                let r = self.heap.field(obj, field::BOUND_METHOD::receiver);
                let fname = match self.layout_of(f) {
                    Some(layout::FUNCTION) => {
                        let q = self
                            .heap
                            .field(f.as_obj().expect("a function"), field::FUNCTION::qualname);
                        self.str_text(q).to_string()
                    }
                    _ => self.native_name(f).to_string(),
                };
                let receiver = self.repr_string(r)?;
                Ok(format!("<bound method {fname} of {receiver}>"))
            }
            layout::MODULE => {
                let name = self.heap.field(obj, field::MODULE::name);
                Ok(format!("<module '{}'>", self.str_text(name)))
            }
            layout::EXCEPTION => {
                let args = self.exception_field(v, field::EXCEPTION::args);
                let name = self.type_name_of(v);
                let items = self.tuple_items(args);
                if items.len() == 1 {
                    Ok(format!("{name}({})", self.repr_string(items[0])?))
                } else {
                    Ok(format!("{name}{}", self.repr_string(args)?))
                }
            }
            layout::GENERATOR => {
                let q = self.heap.field(obj, field::GENERATOR::qualname);
                let id = self.heap.identity(obj);
                Ok(format!(
                    "<{} object {} at {:#x}>",
                    self.type_name_of(v),
                    self.str_text(q),
                    id
                ))
            }
            layout::CELL => Ok("<cell>".into()),
            layout::STATICMETHOD | layout::CLASSMETHOD => {
                let wrapped = self.heap.field(obj, 0);
                let inner = self.repr_string(wrapped)?;
                Ok(format!("<{}({inner})>", self.type_name_of(v)))
            }
            layout::CODE => Ok(crate::builtins::code::code_repr(self, v)),
            layout::INSTANCE => {
                if let Some(text) = crate::builtins::textio::stream_repr(self, v) {
                    return Ok(text);
                }
                if let Some(inner) = self.builtin_base(v) {
                    return self.repr_string(inner);
                }
                let ty = self.type_of(v);
                let module = type_field(self, ty, field::TYPE::module);
                let qual = self
                    .str_text(type_field(self, ty, field::TYPE::qualname))
                    .to_string();
                let id = self.heap.identity(obj);
                let prefix =
                    if module.is_ptr() && type_flags_of(self, ty) & type_flags::HEAPTYPE != 0 {
                        format!("{}.", self.str_text(module))
                    } else {
                        String::new()
                    };
                Ok(format!("<{prefix}{qual} object at {id:#x}>"))
            }
            _ => {
                let name = self.type_name_of(v);
                let id = self.heap.identity(obj);
                Ok(format!("<{name} object at {id:#x}>"))
            }
        }
    }

    /// Containers, guarding against self-reference: a container already
    /// being printed further up shows as `[...]` / `{...}`.
    fn repr_container(&mut self, v: Value) -> PyResult<String> {
        let l = self.layout_of(v).expect("a container");
        if self
            .repr_in_progress
            .iter()
            .any(|&slot| self.stack[slot] == v)
        {
            return Ok(match l {
                layout::LIST => "[...]".into(),
                layout::DICT => "{...}".into(),
                _ => "...".into(),
            });
        }
        let slot = self.stack.len();
        self.stack.push(v);
        self.repr_in_progress.push(slot);
        let result = self.repr_container_items(slot, l);
        self.repr_in_progress.pop();
        self.stack.truncate(slot);
        result
    }

    fn repr_container_items(&mut self, slot: usize, l: minnow_heap::LayoutId) -> PyResult<String> {
        let v = self.stack[slot];
        let obj = v.as_obj().expect("a container");
        let mut out = String::new();
        match l {
            layout::LIST | layout::TUPLE => {
                let is_list = l == layout::LIST;
                out.push(if is_list { '[' } else { '(' });
                let mut i = 0;
                loop {
                    let obj = self.stack[slot].as_obj().expect("a container");
                    let n = if is_list {
                        objects::list::len(&self.heap, obj)
                    } else {
                        self.heap.field_count(obj)
                    };
                    if i >= n {
                        break;
                    }
                    let item = if is_list {
                        objects::list::get(&self.heap, obj, i)
                    } else {
                        self.heap.field(obj, i)
                    };
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(item)?);
                    i += 1;
                }
                if !is_list && i == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            layout::DICT => {
                out.push('{');
                let mut first = true;
                let mut i = 0;
                loop {
                    let d = self.stack[slot].as_obj().expect("a dict");
                    if i >= objects::dict::used(&self.heap, d) {
                        break;
                    }
                    if let Some((k, val)) = objects::dict::entry(&self.heap, d, i) {
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        let base = self.stack.len();
                        self.stack.push(val);
                        let ks = self.repr_string(k);
                        let val = self.stack[base];
                        self.stack.truncate(base);
                        out.push_str(&ks?);
                        out.push_str(": ");
                        out.push_str(&self.repr_string(val)?);
                    }
                    i += 1;
                }
                out.push('}');
            }
            layout::SET | layout::FROZENSET => {
                let frozen = l == layout::FROZENSET;
                let keys: Vec<Value> = (0..objects::set::slots(&self.heap, obj))
                    .filter_map(|i| objects::set::slot(&self.heap, obj, i).map(|(_, k)| k))
                    .collect();
                if keys.is_empty() {
                    return Ok(if frozen {
                        "frozenset()".into()
                    } else {
                        "set()".into()
                    });
                }
                let base = self.stack.len();
                self.stack.extend_from_slice(&keys);
                let mut parts = Vec::with_capacity(keys.len());
                for i in 0..keys.len() {
                    let k = self.stack[base + i];
                    match self.repr_string(k) {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            self.stack.truncate(base);
                            return Err(e);
                        }
                    }
                }
                self.stack.truncate(base);
                let inner = format!("{{{}}}", parts.join(", "));
                out = if frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                };
            }
            layout::DICT_VIEW => {
                let k = self.heap.raw(obj, field::DICT_VIEW::kind);
                let d = self.heap.field(obj, field::DICT_VIEW::dict);
                let items = objects::dict::items(&self.heap, d.as_obj().expect("a dict"));
                let (name, values): (&str, Vec<Value>) = match k {
                    objects::dict_kind::KEYS => ("dict_keys", items.iter().map(|p| p.0).collect()),
                    objects::dict_kind::VALUES => {
                        ("dict_values", items.iter().map(|p| p.1).collect())
                    }
                    _ => {
                        let mut pairs = Vec::new();
                        for (key, val) in items {
                            pairs.push(self.new_tuple(&[key, val])?);
                        }
                        ("dict_items", pairs)
                    }
                };
                let list = self.new_list(&values)?;
                out = format!("{name}({})", self.repr_string(list)?);
            }
            _ => unreachable!("only containers come here"),
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_cpython() {
        // Expected strings from CPython 3.11's repr().
        for (f, s) in [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
            (2.0f64.powi(60), "1.152921504606847e+18"),
            (3.141592653589793, "3.141592653589793"),
            (100.0, "100.0"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
        ] {
            assert_eq!(float_repr(f), s, "{f:?}");
        }
    }

    #[test]
    fn strs_quote_as_cpython() {
        assert_eq!(str_repr("abc", false), "'abc'");
        assert_eq!(str_repr("it's", false), "\"it's\"");
        assert_eq!(str_repr("both ' and \"", false), "'both \\' and \"'");
        assert_eq!(
            str_repr("tab\tnew\nline\\", false),
            "'tab\\tnew\\nline\\\\'"
        );
        assert_eq!(str_repr("\x00\x7f", false), "'\\x00\\x7f'");
        assert_eq!(str_repr("héllo", false), "'héllo'");
        assert_eq!(str_repr("héllo", true), "'h\\xe9llo'");
        assert_eq!(str_repr("日本", true), "'\\u65e5\\u672c'");
        assert_eq!(bytes_repr(b"a'b\x00", "b"), "b\"a'b\\x00\"");
    }
}
