//! int, bool and float: constructors, methods, conversions to text, and
//! the numeric builtins (`round`, `pow` with a modulus, `bin`/`oct`/`hex`).

use minnow_heap::Value;
use minnow_objects::layout;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::natives::Args;
use crate::runtime::ops::Num;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const INT_METHODS: Methods = &[
    ("__new__", int_new),
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("to_bytes", to_bytes),
    ("from_bytes", from_bytes),
    ("conjugate", int_self),
    ("__index__", int_self),
    ("__int__", int_self),
    ("__float__", to_float),
    ("as_integer_ratio", int_as_integer_ratio),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__invert__", invert),
];

pub const BOOL_METHODS: Methods = &[("__new__", bool_new)];

pub const FLOAT_METHODS: Methods = &[
    ("__new__", float_new),
    ("__getformat__", float_getformat),
    ("is_integer", is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("conjugate", float_self),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("__int__", float_int),
    ("__float__", float_self),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
];

/// A unary dunder of int or float, on the number itself or the number a
/// subclass instance extends.
fn unary(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, name)?;
    let n = vm.builtin_base(v).unwrap_or(v);
    if vm.num(n).is_none() {
        let msg = format!(
            "descriptor '{name}' requires a number, not a '{}' object",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    }
    match name {
        "__abs__" => super::functions::abs_value(vm, n),
        _ => vm.unary_op(n, name),
    }
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__")
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__")
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__")
}

fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__invert__")
}

/// `sys.int_info.default_max_str_digits`: the limit on decimal digits in
/// int <-> str conversions unless the program or `-X int_max_str_digits`
/// says otherwise.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest limit other than 0 (no limit) that may be set.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// A requested digit limit, if allowed (0, or at least the threshold).
pub fn valid_max_str_digits(n: i64) -> Option<usize> {
    (n == 0 || n >= MAX_STR_DIGITS_THRESHOLD as i64).then_some(n as usize)
}

fn too_many_digits_to_str(vm: &mut Vm) -> crate::runtime::Raised {
    let msg = format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        vm.int_max_str_digits
    );
    vm.value_error(&msg)
}

/// The decimal digits of |n|, refused beyond `sys.get_int_max_str_digits()`.
/// The bit length alone refuses most too-large ints before the (quadratic)
/// conversion starts.
pub fn decimal_magnitude(vm: &mut Vm, n: &BigInt) -> PyResult<String> {
    let limit = vm.int_max_str_digits;
    let bits = n.bits();
    if limit > 0 && bits > 1 {
        // An int of b bits has at least floor((b - 1) * log10(2)) + 1 digits.
        let fewest = ((bits - 1) as f64 * std::f64::consts::LOG10_2 - 1e-6).floor() as u64 + 1;
        if fewest > limit as u64 {
            return Err(too_many_digits_to_str(vm));
        }
    }
    let s = n.magnitude().to_string();
    if limit > 0 && s.len() > limit {
        return Err(too_many_digits_to_str(vm));
    }
    Ok(s)
}

pub fn bigint_to_string(vm: &mut Vm, v: Value) -> PyResult<String> {
    let n = vm.int_of(v).expect("an int");
    let digits = decimal_magnitude(vm, &n)?;
    Ok(if n.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// a / b for big ints, correctly rounded also where the result is
/// subnormal (the quotient is cut to the bits the result can hold, then
/// rounded half to even once); `None` on overflow. `b` is not zero.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    let negative = a.is_negative() != b.is_negative();
    let signed = |f: f64| if negative { -f } else { f };
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Some(signed(0.0));
    }
    // e = floor(log2(a / b)).
    let mut e = a.bits() as i64 - b.bits() as i64;
    let below = if e >= 0 {
        a < (&b << e as usize)
    } else {
        (&a << (-e) as usize) < b
    };
    if below {
        e -= 1;
    }
    if e > f64::MAX_EXP as i64 {
        return None;
    }
    // The exponent of the last bit kept: 53 significant bits, fewer below
    // the normal range, down to the smallest subnormal's 2**-1074.
    let last = (e - 52).max(-1074);
    let (num, den) = if last <= 0 {
        (a << (-last) as usize, b)
    } else {
        (a, b << last as usize)
    };
    let (q, r) = num.div_rem(&den);
    let up = match (r << 1usize).cmp(&den) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => q.is_odd(),
    };
    let q = q.to_u64()? + up as u64;
    let unit = if last >= -1022 {
        f64::from_bits(((last + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (last + 1074))
    };
    let f = q as f64 * unit;
    f.is_finite().then(|| signed(f))
}

/// `real`, `imag`, `numerator`, `denominator` of numbers.
pub fn number_attribute(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<Value>> {
    let Some(n) = vm.num(v) else { return Ok(None) };
    let is_float = matches!(n, Num::Float(_));
    Ok(Some(match name {
        "real" => {
            if v.is_bool() {
                Value::small_int_const((v == Value::TRUE) as i64)
            } else {
                v
            }
        }
        "imag" => {
            if is_float {
                vm.new_float(0.0)?
            } else {
                Value::small_int_const(0)
            }
        }
        "numerator" if !is_float => {
            if v.is_bool() {
                Value::small_int_const((v == Value::TRUE) as i64)
            } else {
                v
            }
        }
        "denominator" if !is_float => Value::small_int_const(1),
        _ => return Ok(None),
    }))
}

/// Why a text is not an int.
#[derive(Debug, PartialEq)]
pub enum IntParseError {
    Invalid,
    /// More decimal (or other non-power-of-two base) digits than the
    /// limit allows: how many.
    TooManyDigits(usize),
}

/// Parses an int literal as `int(text, base)` does; `max_digits` limits the
/// digits of bases that are not powers of two (0: no limit).
pub fn parse_int(text: &str, base: u32, max_digits: usize) -> Result<BigInt, IntParseError> {
    let t = text.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => {
            if t.len() > 1 && t.starts_with('0') && t.trim_start_matches(['0', '_']).len() > 0 {
                return Err(IntParseError::Invalid);
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 || t.len() != digits.len())
        .unwrap_or(digits);
    if max_digits > 0 && !base.is_power_of_two() {
        // As CPython, the digits counted are those before anything invalid.
        let count = digits
            .chars()
            .take_while(|&c| c == '_' || c.is_digit(base))
            .filter(|&c| c != '_')
            .count();
        if count > max_digits {
            return Err(IntParseError::TooManyDigits(count));
        }
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(IntParseError::Invalid);
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return Err(IntParseError::Invalid);
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base).ok_or(IntParseError::Invalid)?;
    Ok(if negative { -n } else { n })
}

/// A numeric text with its Unicode decimal digits made ASCII digits and its
/// Unicode whitespace made spaces, as `int()` and `float()` read it; any
/// other non-ASCII character becomes one that no literal accepts.
pub fn ascii_numeral(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = crate::modules::unicodedata::decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [base_kw]) = vm.args_with_keywords(args, "int", ["base"])?;
    let class = positional[0];
    let x = positional.get(1).copied();
    let base = positional.get(2).copied().or(base_kw);
    if positional.len() > 3 {
        let msg = format!(
            "int() takes at most 2 arguments ({} given)",
            positional.len() - 1
        );
        return Err(vm.type_error(&msg));
    }
    let value = match (x, base) {
        (None, None) => Value::small_int_const(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), base) => {
            let explicit_base = base.is_some();
            let base = match base {
                Some(b) => {
                    let b = clamped_int_arg(vm, b)?;
                    if b != 0 && !(2..=36).contains(&b) {
                        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    b as u32
                }
                None => 10,
            };
            if vm.is_layout(x, layout::STR)
                || matches!(vm.layout_of(x), Some(layout::BYTES | layout::BYTEARRAY))
            {
                let text = if vm.is_layout(x, layout::STR) {
                    ascii_numeral(vm.str_text(x)).into_owned()
                } else {
                    String::from_utf8_lossy(super::bytes::bytes_of(vm, x)).into_owned()
                };
                match parse_int(&text, base, vm.int_max_str_digits) {
                    Ok(n) => vm.new_int(&n)?,
                    Err(IntParseError::TooManyDigits(count)) => {
                        let msg = format!(
                            "Exceeds the limit ({} digits) for integer string conversion: value has {count} digits; use sys.set_int_max_str_digits() to increase the limit",
                            vm.int_max_str_digits
                        );
                        return Err(vm.value_error(&msg));
                    }
                    Err(IntParseError::Invalid) => {
                        let shown = vm.repr_string(x)?;
                        let msg = format!("invalid literal for int() with base {base}: {shown}");
                        return Err(vm.value_error(&msg));
                    }
                }
            } else if explicit_base {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            } else {
                to_int(vm, x)?
            }
        }
    };
    super::list::for_class(vm, class, TypeId::Int, value)
}

/// `int(x)` for a non-string: truncates floats, calls `__int__`/`__index__`.
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match vm.num(x).filter(|_| !vm.is_user_instance(x)) {
        Some(Num::Int(i)) => return Ok(Value::small_int_const(i)),
        Some(Num::Big(b)) => return vm.new_int(&b),
        Some(Num::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.raise_msg(
                    TypeId::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let n: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).expect("finite");
            return vm.new_int(&n);
        }
        None => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(m) = vm.lookup_special(x, name)? {
            let r = vm.call_descriptor_method(m, x, &[])?;
            return exact_int_result(vm, r, name);
        }
    }
    if vm.lookup_special(x, "__trunc__")?.is_some() {
        let x = vm.rooted(&[x], |vm, base| {
            vm.warn(
                TypeId::DeprecationWarning,
                "The delegation of int() to __trunc__ is deprecated.",
            )?;
            Ok(vm.stack[base])
        })?;
        let m = vm.lookup_special(x, "__trunc__")?.expect("found above");
        let r = vm.call_descriptor_method(m, x, &[])?;
        if is_int_value(vm, r) {
            return exact_int(vm, r);
        }
        // __trunc__ promises an Integral; int() takes its __index__.
        return match vm.lookup_special(r, "__index__")? {
            Some(index) => {
                let i = vm.call_descriptor_method(index, r, &[])?;
                exact_int_result(vm, i, "__index__")
            }
            None => {
                let msg = format!(
                    "__trunc__ returned non-Integral (type {})",
                    vm.type_name_of(r)
                );
                Err(vm.type_error(&msg))
            }
        };
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name_of(x)
    );
    Err(vm.type_error(&msg))
}

fn is_int_value(vm: &Vm, r: Value) -> bool {
    vm.is_int(r) && !r.is_float() && !vm.is_layout(r, layout::FLOAT)
}

/// An int with the value of `r` (an int or int subclass instance).
fn exact_int(vm: &mut Vm, r: Value) -> PyResult<Value> {
    if r.is_bool() || vm.is_user_instance(r) {
        let n = vm.int_of(r).expect("an int");
        return vm.new_int(&n);
    }
    Ok(r)
}

/// The result of `__int__`/`__index__` (`name`) as an exact int: a
/// TypeError if not an int, a DeprecationWarning if an int subclass's.
fn exact_int_result(vm: &mut Vm, r: Value, name: &str) -> PyResult<Value> {
    if !is_int_value(vm, r) {
        let msg = format!("{name} returned non-int (type {})", vm.type_name_of(r));
        return Err(vm.type_error(&msg));
    }
    if r.is_bool() || vm.is_user_instance(r) {
        let msg = format!(
            "{name} returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
            vm.type_name_of(r)
        );
        return vm.rooted(&[r], |vm, base| {
            vm.warn(TypeId::DeprecationWarning, &msg)?;
            let n = vm.int_of(vm.stack[base]).expect("an int");
            vm.new_int(&n)
        });
    }
    Ok(r)
}

fn self_int(vm: &mut Vm, v: Value, method: &str) -> PyResult<BigInt> {
    match vm.int_of(v) {
        Some(n) if !v.is_float() && !vm.is_layout(v, layout::FLOAT) => Ok(n),
        _ => {
            let msg = format!(
                "descriptor '{method}' requires a 'int' object but received a '{}'",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "bit_length")?;
    let n = self_int(vm, v, "bit_length")?;
    Ok(Value::small_int_const(n.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "bit_count")?;
    let n = self_int(vm, v, "bit_count")?;
    let count: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::small_int_const(count as i64))
}

fn int_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "__int__")?;
    let n = self_int(vm, v, "__int__")?;
    vm.new_int(&n)
}

fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "__float__")?;
    let f = vm.float_value_of(v)?;
    vm.new_float(f)
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "as_integer_ratio")?;
    let n = self_int(vm, v, "as_integer_ratio")?;
    let n = vm.new_int(&n)?;
    vm.new_tuple(&[n, Value::small_int_const(1)])
}

fn byteorder(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    // A str subclass's text is its builtin base.
    let v = v.map(|v| vm.builtin_base(v).unwrap_or(v));
    match v {
        None => Ok(false),
        Some(v) if vm.is_layout(v, layout::STR) => match vm.str_text(v) {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(_) => Err(vm.type_error("to_bytes() argument 'byteorder' must be str")),
    }
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [length_kw, order_kw, signed_kw]) =
        vm.args_with_keywords(args, "to_bytes", ["length", "byteorder", "signed"])?;
    let n = self_int(vm, positional[0], "to_bytes")?;
    let length = match positional.get(1).copied().or(length_kw) {
        Some(l) => vm.as_index(l)?,
        None => 1,
    };
    let little = byteorder(vm, positional.get(2).copied().or(order_kw))?;
    let signed = match signed_kw {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if n.is_negative() && !signed {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        return Err(vm.raise_msg(TypeId::OverflowError, "int too big to convert"));
    }
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    super::bytes::new_bytes(vm, &bytes)
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [order_kw, signed_kw]) =
        vm.args_with_keywords(args, "from_bytes", ["byteorder", "signed"])?;
    let Some(&data) = positional.get(1) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder(vm, positional.get(2).copied().or(order_kw))?;
    let signed = match signed_kw {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut bytes = if matches!(vm.layout_of(data), Some(layout::BYTES | layout::BYTEARRAY)) {
        super::bytes::bytes_of(vm, data).to_vec()
    } else if vm.is_layout(data, layout::STR) {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    } else {
        let items = super::functions::collect(vm, data)?;
        let mut bytes = Vec::with_capacity(items.len());
        for v in items {
            match vm.small_of(v).filter(|_| !v.is_float()) {
                Some(b) if (0..256).contains(&b) => bytes.push(b as u8),
                Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                None => {
                    let msg = format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name_of(v)
                    );
                    return Err(vm.type_error(&msg));
                }
            }
        }
        bytes
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let n = vm.new_int(&n)?;
    let class = positional[0];
    if class == vm.ty(TypeId::Int) {
        return Ok(n);
    }
    vm.call(class, &[n])
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "bool")?;
    let given = vm.positional(args).to_vec();
    match given.len() {
        1 => Ok(Value::FALSE),
        2 => Ok(Value::from_bool(vm.truthy(given[1])?)),
        n => {
            let msg = format!("bool expected at most 1 argument, got {}", n - 1);
            Err(vm.type_error(&msg))
        }
    }
}

/// Parses a float literal as `float(text)` does.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with(['+', '-'])
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || body.contains("_.")
        || body.contains("._")
        || body.contains("e_")
        || body.contains("_e")
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    // A subclass's own __init__ may take keywords; float itself takes none.
    if given.first() == Some(&vm.ty(TypeId::Float)) {
        vm.no_keywords(args, "float")?;
    }
    let class = given[0];
    let value = match given.len() {
        1 => vm.new_float(0.0)?,
        2 => {
            let x = given[1];
            if matches!(vm.layout_of(x), Some(layout::BYTES | layout::BYTEARRAY)) {
                let text = String::from_utf8_lossy(super::bytes::bytes_of(vm, x)).into_owned();
                match parse_float(&text) {
                    Some(f) => vm.new_float(f)?,
                    None => {
                        let shown = vm.repr_string(x)?;
                        let msg = format!("could not convert string to float: {shown}");
                        return Err(vm.value_error(&msg));
                    }
                }
            } else if vm.is_layout(x, layout::STR) {
                match parse_float(&ascii_numeral(vm.str_text(x))) {
                    Some(f) => vm.new_float(f)?,
                    None => {
                        let shown = vm.repr_string(x)?;
                        let msg = format!("could not convert string to float: {shown}");
                        return Err(vm.value_error(&msg));
                    }
                }
            } else if let Some(n) = vm.num(x).filter(|_| !vm.is_user_instance(x)) {
                let f = match n {
                    Num::Float(f) => f,
                    Num::Int(i) => i as f64,
                    Num::Big(b) => match b.to_f64() {
                        Some(f) if f.is_finite() => f,
                        _ => {
                            return Err(vm.raise_msg(
                                TypeId::OverflowError,
                                "int too large to convert to float",
                            ))
                        }
                    },
                };
                vm.new_float(f)?
            } else if let Some(m) = vm.lookup_special(x, "__float__")? {
                let r = vm.call_descriptor_method(m, x, &[])?;
                let is_subclass =
                    vm.is_user_instance(r) && vm.is_subtype(vm.type_of(r), vm.ty(TypeId::Float));
                if vm.float_value(r).is_none() && !is_subclass {
                    let msg = format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name_of(x),
                        vm.type_name_of(r)
                    );
                    return Err(vm.type_error(&msg));
                }
                if is_subclass {
                    let msg = format!(
                        "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                        vm.type_name_of(x),
                        vm.type_name_of(r)
                    );
                    let f = vm.float_value_of(r)?;
                    vm.warn(TypeId::DeprecationWarning, &msg)?;
                    vm.new_float(f)?
                } else {
                    r
                }
            } else if let Some(m) = vm.lookup_special(x, "__index__")? {
                let r = vm.call_descriptor_method(m, x, &[])?;
                let f = vm.float_value_of(r)?;
                vm.new_float(f)?
            } else {
                let msg = format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name_of(x)
                );
                return Err(vm.type_error(&msg));
            }
        }
        n => {
            let msg = format!("float expected at most 1 argument, got {}", n - 1);
            return Err(vm.type_error(&msg));
        }
    };
    super::list::for_class(vm, class, TypeId::Float, value)
}

fn self_float(vm: &mut Vm, v: Value, method: &str) -> PyResult<f64> {
    match vm.num(v) {
        Some(Num::Float(f)) => Ok(f),
        _ => {
            let msg = format!(
                "descriptor '{method}' for 'float' objects doesn't apply to a '{}' object",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "is_integer")?;
    let f = self_float(vm, v, "is_integer")?;
    Ok(Value::from_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "__float__")?;
    let f = self_float(vm, v, "__float__")?;
    vm.new_float(f)
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "__int__")?;
    to_int(vm, v)
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "as_integer_ratio")?;
    let f = self_float(vm, v, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exponent == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mantissa);
    let mut exp = exponent - 1075;
    if f < 0.0 {
        num = -num;
    }
    let mut den = BigInt::one();
    if mantissa == 0 {
        return vm.new_tuple(&[Value::small_int_const(0), Value::small_int_const(1)]);
    }
    while exp < 0 && num.is_even() {
        num >>= 1;
        exp += 1;
    }
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let (n, d) = (vm.new_int(&num)?, vm.new_int(&den)?);
    vm.new_tuple(&[n, d])
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, []) = vm.method_args::<0>(args, "hex")?;
    let f = self_float(vm, v, "hex")?;
    let text = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (lead, exp) = if exponent == 0 {
            (0, -1022)
        } else {
            (1, exponent - 1023)
        };
        format!(
            "{sign}0x{lead}.{frac:013x}p{}{}",
            if exp >= 0 { "+" } else { "-" },
            exp.abs()
        )
    };
    vm.new_str(&text)
}

/// `float.__getformat__(typestr)`: how doubles and floats are stored.
fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, kind] = vm.exact_args::<2>(args, "__getformat__")?;
    if !vm.is_layout(kind, layout::STR) {
        let msg = format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name_of(kind)
        );
        return Err(vm.type_error(&msg));
    }
    if !matches!(vm.str_text(kind), "double" | "float") {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    let order = if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    };
    vm.new_str(order)
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, [s]) = vm.method_args::<1>(args, "fromhex")?;
    if !vm.is_layout(s, layout::STR) {
        let msg = format!("fromhex() argument must be str, not {}", vm.type_name_of(s));
        return Err(vm.type_error(&msg));
    }
    let text = vm.str_text(s).to_string();
    match parse_hex_float(text.trim()) {
        Ok(f) if class == vm.ty(TypeId::Float) => vm.new_float(f),
        // As CPython: a subclass is made by calling it with the float.
        Ok(f) => vm.rooted(&[class], |vm, base| {
            let value = vm.new_float(f)?;
            let class = vm.stack[base];
            vm.call(class, &[value])
        }),
        Err(HexFloatError::Invalid) => {
            Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexFloatError::Overflow) => Err(vm.raise_msg(
            TypeId::OverflowError,
            "hexadecimal value too large to represent as a float",
        )),
    }
}

enum HexFloatError {
    Invalid,
    Overflow,
}

/// Parses `[sign] ['0x'] digits ['.' digits] ['p' [sign] digits]` (or
/// inf/nan), rounding half to even like CPython's `float.fromhex`.
fn parse_hex_float(text: &str) -> Result<f64, HexFloatError> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exponent) = match body.split_once('p') {
        Some((d, e)) => {
            let e_digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if e_digits.is_empty() || !e_digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexFloatError::Invalid);
            }
            // Exponents this large only matter for their sign.
            let e: i64 = e.parse().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            });
            (d, e.clamp(-(1 << 40), 1 << 40))
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexFloatError::Invalid);
    }
    let mut mantissa = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(HexFloatError::Invalid)?;
        mantissa = (mantissa << 4) + d;
    }
    if mantissa.is_zero() {
        return Ok(sign * 0.0);
    }
    let exp = exponent - 4 * frac_part.len() as i64;
    let top = mantissa.bits() as i64 - 1 + exp;
    if top > 1023 {
        return Err(HexFloatError::Overflow);
    }
    let low = (top - 52).max(-1074);
    if top < -1075 {
        return Ok(sign * 0.0);
    }
    let shift = low - exp;
    let scaled = if shift > 0 {
        let shift = shift as usize;
        let kept: BigInt = &mantissa >> shift;
        let rest = &mantissa - (&kept << shift);
        let half = BigInt::one() << (shift - 1);
        if rest > half || (rest == half && kept.is_odd()) {
            kept + 1
        } else {
            kept
        }
    } else {
        mantissa << (-shift) as usize
    };
    let scaled = scaled.to_u64().ok_or(HexFloatError::Overflow)?;
    if scaled >> 53 != 0 && low + 53 > 1023 {
        return Err(HexFloatError::Overflow);
    }
    let unit = if low >= -1022 {
        f64::from_bits(((low + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (low + 1074))
    };
    Ok(sign * scaled as f64 * unit)
}

/// `pow(base, exp, mod)` for ints.
pub fn pow_mod(vm: &mut Vm, base: Value, exp: Value, modulus: Value) -> PyResult<Value> {
    if [base, exp, modulus].iter().any(|&v| vm.num(v).is_none()) {
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name_of(base),
            vm.type_name_of(exp),
            vm.type_name_of(modulus)
        );
        return Err(vm.type_error(&msg));
    }
    let (Some(b), Some(e), Some(m)) = (vm.int_of(base), vm.int_of(exp), vm.int_of(modulus)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if [base, exp, modulus]
        .iter()
        .any(|v| v.is_float() || vm.is_layout(*v, layout::FLOAT))
    {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let inverse = mod_inverse(&b, &m);
        match inverse {
            Some(inv) => (inv, -e),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        (b, e)
    };
    let mabs = m.abs();
    let mut r = b.modpow(&e, &mabs);
    if r.is_negative() {
        r += &mabs;
    }
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    vm.new_int(&r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `round(number, ndigits)`.
pub fn round(vm: &mut Vm, number: Value, ndigits: Option<Value>) -> PyResult<Value> {
    match vm.num(number).filter(|_| !vm.is_user_instance(number)) {
        Some(Num::Float(f)) => match ndigits {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.raise_msg(
                        TypeId::OverflowError,
                        "cannot convert float infinity to integer",
                    ));
                }
                let r = f.round_ties_even();
                let n: BigInt = num_traits::FromPrimitive::from_f64(r).expect("finite");
                vm.new_int(&n)
            }
            Some(nd) => {
                let nd = clamped_int_arg(vm, nd)?;
                if !f.is_finite() {
                    return vm.new_float(f);
                }
                let r = if nd >= 0 {
                    if nd > 320 {
                        f
                    } else {
                        format!("{:.*}", nd as usize, f).parse::<f64>().unwrap_or(f)
                    }
                } else {
                    match round_to_power_of_ten(f, nd.unsigned_abs()) {
                        Some(r) => r,
                        None => {
                            let msg = "rounded value too large to represent";
                            return Err(vm.raise_msg(TypeId::OverflowError, msg));
                        }
                    }
                };
                vm.new_float(r)
            }
        },
        Some(Num::Int(_)) | Some(Num::Big(_)) => {
            let n = vm.int_of(number).expect("an int");
            let Some(nd) = ndigits else {
                return vm.new_int(&n);
            };
            let nd = clamped_int_arg(vm, nd)?;
            if nd >= 0 {
                return vm.new_int(&n);
            }
            // 10**-nd beyond twice |n| rounds everything to zero.
            if nd.unsigned_abs() > n.bits() / 3 + 2 {
                return Ok(Value::small_int_const(0));
            }
            let p = BigInt::from(10u32).pow(nd.unsigned_abs() as u32);
            let (q, r) = n.div_mod_floor(&p);
            let twice = &r * 2u32;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1u32
            } else {
                q
            };
            vm.new_int(&(q * p))
        }
        None => match vm.lookup_special(number, "__round__")? {
            Some(m) => {
                let args: Vec<Value> = ndigits.into_iter().collect();
                vm.call_descriptor_method(m, number, &args)
            }
            None => {
                let msg = format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name_of(number)
                );
                Err(vm.type_error(&msg))
            }
        },
    }
}

/// An integer argument read with huge values clamped to the i64 range, as
/// CPython reads int()'s base and round()'s ndigits.
fn clamped_int_arg(vm: &mut Vm, nd: Value) -> PyResult<i64> {
    match vm.clamped_index(nd)? {
        Some(nd) => Ok(nd),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(nd)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `bin()`, `oct()`, `hex()`.
pub fn radix_string(vm: &mut Vm, v: Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let n = match vm
        .int_of(v)
        .filter(|_| !v.is_float() && !vm.is_layout(v, layout::FLOAT))
    {
        Some(n) => n,
        None => {
            if let Some(m) = vm.lookup_special(v, "__index__")? {
                let r = vm.call_descriptor_method(m, v, &[])?;
                return radix_string(vm, r, radix, prefix);
            }
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(v)
            );
            return Err(vm.type_error(&msg));
        }
    };
    let digits = n.abs().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    vm.new_str(&format!("{sign}{prefix}{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_literals_parse_as_python() {
        let p = |t, b| parse_int(t, b, 0).ok().map(|n| n.to_string());
        assert_eq!(p(" 42 ", 10), Some("42".into()));
        assert_eq!(p("-1_000", 10), Some("-1000".into()));
        assert_eq!(p("0x_ff", 0), Some("255".into()));
        assert_eq!(p("ff", 16), Some("255".into()));
        assert_eq!(p("0b101", 2), Some("5".into()));
        assert_eq!(p("z", 36), Some("35".into()));
        assert_eq!(p("", 10), None);
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("_1", 10), None);
        assert_eq!(p("012", 0), None);
        assert_eq!(p("00", 0), Some("0".into()));
        assert_eq!(p("12a", 10), None);
    }

    #[test]
    fn float_literals_parse_as_python() {
        assert_eq!(parse_float(" 1.5 "), Some(1.5));
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("Infinity"), Some(f64::INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(parse_float("abc"), None);
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float(""), None);
    }

    #[test]
    fn big_division_rounds_correctly() {
        let a: BigInt = "123456789012345678901234567890".parse().unwrap();
        let b: BigInt = "987654321".parse().unwrap();
        // CPython: 123456789012345678901234567890 / 987654321
        assert_eq!(true_divide(&a, &b), Some(1.249999988734375e+20));
        assert_eq!(
            true_divide(&BigInt::from(1), &BigInt::from(3)),
            Some(1.0 / 3.0)
        );
        assert_eq!(true_divide(&BigInt::from(-7), &BigInt::from(2)), Some(-3.5));
    }
}

/// `f` rounded to a multiple of `10**k`, half to even, computed on the
/// exact value (the whole part's digits, and whether a fraction remains);
/// `None` when the result overflows.
fn round_to_power_of_ten(f: f64, k: u64) -> Option<f64> {
    if k > 309 {
        return Some(0.0f64.copysign(f));
    }
    let whole: BigInt = format!("{:.0}", f.trunc().abs()).parse().ok()?;
    let has_fraction = f.fract() != 0.0;
    let unit = BigInt::from(10u32).pow(k as u32);
    let (mut q, r) = whole.div_rem(&unit);
    let up = match (&r * 2u32).cmp(&unit) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => has_fraction || q.is_odd(),
    };
    if up {
        q += 1u32;
    }
    let rounded: f64 = (q * unit).to_string().parse().ok()?;
    rounded.is_finite().then(|| rounded.copysign(f))
}
