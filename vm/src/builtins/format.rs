//! Text formatting: the format-spec mini-language (`format()`, f-strings,
//! `str.format`) for int, float and str, and printf-style `%` formatting.

use minnow_heap::Value;
use minnow_objects::layout;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::format::float_repr;
use crate::runtime::natives::Args;
use crate::runtime::ops::Num;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
#[derive(Debug, Default, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    /// `z`: a float that rounds to zero loses its minus sign.
    coerce_zero: bool,
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

/// Why a format spec was refused.
#[derive(Debug, PartialEq)]
enum SpecError {
    /// Characters left after the type: the whole spec.
    Invalid(String),
    /// A thousands separator with a type that has none (`,c`, `,,`).
    GroupingWithType(char, char),
    /// A width or precision beyond any size.
    TooManyDigits,
    /// Both `,` and `_`.
    BothGroupings,
    /// A `.` without digits after it.
    MissingPrecision,
}

fn parse_spec(text: &str) -> Result<Spec, SpecError> {
    // Specs are short: their characters fit on the Rust stack.
    let mut short = ['\0'; 24];
    let long: Vec<char>;
    let chars: &[char] = if text.len() <= short.len() {
        let mut n = 0;
        for c in text.chars() {
            short[n] = c;
            n += 1;
        }
        &short[..n]
    } else {
        long = text.chars().collect();
        &long
    };
    let number = |digits: &[char]| {
        digits.iter().try_fold(0usize, |n, c| {
            let digit = c.to_digit(10).expect("a digit") as usize;
            n.checked_mul(10)
                .and_then(|n| n.checked_add(digit))
                .ok_or(SpecError::TooManyDigits)
        })
    };
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        spec.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        spec.coerce_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        spec.width = Some(number(&chars[start..i])?);
    }
    if i < chars.len() && chars[i] == ',' {
        spec.grouping = Some(',');
        i += 1;
    }
    if i < chars.len() && chars[i] == '_' {
        if spec.grouping.is_some() {
            return Err(SpecError::BothGroupings);
        }
        spec.grouping = Some('_');
        i += 1;
    }
    if i < chars.len() && chars[i] == ',' && spec.grouping == Some('_') {
        return Err(SpecError::BothGroupings);
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(SpecError::MissingPrecision);
        }
        spec.precision = Some(number(&chars[start..i])?);
    }
    match chars.len() - i {
        0 => {}
        1 => spec.kind = Some(chars[i]),
        _ => return Err(SpecError::Invalid(text.to_string())),
    }
    if let (Some(sep), Some(kind)) = (spec.grouping, spec.kind) {
        let allowed = match kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !allowed {
            return Err(SpecError::GroupingWithType(sep, kind));
        }
    }
    Ok(spec)
}

/// `format(value, spec)`.
pub fn format_value(vm: &mut Vm, value: Value, spec: Value) -> PyResult<Value> {
    if vm.is_user_instance(value) {
        if let Some(m) = vm.lookup_special(value, "__format__")? {
            let r = vm.call_descriptor_method(m, value, &[spec])?;
            if !vm.is_layout(r, layout::STR) {
                let msg = format!("__format__ must return a str, not {}", vm.type_name_of(r));
                return Err(vm.type_error(&msg));
            }
            return Ok(r);
        }
    }
    let value = vm.builtin_base(value).unwrap_or(value);
    let mut out = std::mem::take(&mut vm.format_buffer);
    out.clear();
    let simple = format_simple(vm, value, spec, &mut out);
    let r = simple.then(|| vm.new_str(&out));
    vm.format_buffer = out;
    if let Some(r) = r {
        return r;
    }
    let spec_text = vm.str_text(spec);
    if spec_text.is_empty() {
        return vm.to_str(value);
    }
    let parsed = parse_spec(spec_text);
    let text = format_parsed(vm, value, parsed)?;
    vm.new_str(&text)
}

/// The specs programs use most, `[[fill]align][0][width][.precision][type]`
/// with an ASCII fill, applied to a str (type `s`), a small int (`d`, `x`,
/// `X`, `o`, `b`) or a finite float (`f`, `F`), written into `out` without
/// parsing into a `Spec`; false (with `out` unspecified) for anything else,
/// errors included, which `format_parsed` handles.
fn format_simple(vm: &Vm, value: Value, spec: Value, out: &mut String) -> bool {
    let spec = minnow_objects::str::bytes(&vm.heap, spec.as_obj().expect("a str"));
    if spec.is_empty() {
        return false;
    }
    let is_align = |b: u8| matches!(b, b'<' | b'>' | b'^');
    let (fill, align, mut i) = match spec {
        [fill, align, ..] if is_align(*align) && fill.is_ascii() => (*fill, Some(*align), 2),
        [align, ..] if is_align(*align) => (b' ', Some(*align), 1),
        _ => (b' ', None, 0),
    };
    // `0` pads numbers with zeros after the sign; after an alignment it
    // makes `0` the fill, which the general way handles.
    let zero = spec.get(i) == Some(&b'0');
    if zero && align.is_some() {
        return false;
    }
    if zero {
        i += 1;
    }
    // A width or precision: `None` for no digits, 1000 and up (which the
    // general way checks) for more than three.
    let digits = |i: &mut usize| -> Option<usize> {
        let start = *i;
        while spec.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        (*i > start).then(|| {
            spec[start..(*i).min(start + 4)]
                .iter()
                .fold(0, |n, d| n * 10 + usize::from(d - b'0'))
        })
    };
    let width = digits(&mut i).unwrap_or(0);
    let precision = if spec.get(i) == Some(&b'.') {
        i += 1;
        match digits(&mut i) {
            Some(p) => Some(p),
            None => return false,
        }
    } else {
        None
    };
    if width >= 1000 || precision.is_some_and(|p| p >= 1000) {
        return false;
    }
    let kind = match &spec[i..] {
        [] => None,
        [k] => Some(*k),
        _ => return false,
    };
    if vm.is_layout(value, layout::STR) && matches!(kind, None | Some(b's')) {
        if zero || precision.is_some() {
            return false;
        }
        let obj = value.as_obj().expect("a str");
        let chars = minnow_objects::str::char_len(&vm.heap, obj);
        let (left, right) = split_padding(width.saturating_sub(chars), align.unwrap_or(b'<'));
        out.extend(std::iter::repeat(fill as char).take(left));
        out.push_str(minnow_objects::str::as_str(&vm.heap, obj));
        out.extend(std::iter::repeat(fill as char).take(right));
        return true;
    }
    // A number: its digits (ASCII) on the Rust stack first, then the padding
    // around them.
    let mut digits = DigitBuffer::new();
    let negative = if let (Some(n), None) = (value.as_small_int(), precision) {
        let (radix, upper) = match kind {
            None | Some(b'd') => (10, false),
            Some(b'x') => (16, false),
            Some(b'X') => (16, true),
            Some(b'o') => (8, false),
            Some(b'b') => (2, false),
            _ => return false,
        };
        push_radix(&mut digits, n.unsigned_abs(), radix, upper);
        n < 0
    } else if let (Some(f), Some(b'f' | b'F')) = (vm.float_value(value), kind) {
        let p = precision.unwrap_or(6);
        if !f.is_finite()
            || std::fmt::Write::write_fmt(&mut digits, format_args!("{:.*}", p, f.abs())).is_err()
        {
            return false;
        }
        f.is_sign_negative()
    } else {
        return false;
    };
    let digits = digits.as_str();
    let len = digits.len();
    let total = width.saturating_sub(len + usize::from(negative));
    let (left, right) = if zero {
        (0, 0)
    } else {
        split_padding(total, align.unwrap_or(b'>'))
    };
    out.extend(std::iter::repeat(fill as char).take(left));
    if negative {
        out.push('-');
    }
    if zero {
        out.extend(std::iter::repeat('0').take(total));
    }
    out.push_str(digits);
    out.extend(std::iter::repeat(fill as char).take(right));
    true
}

/// Appends `m` in `radix` (2 to 16) to `out`.
fn push_radix(out: &mut impl std::fmt::Write, mut m: u64, radix: u64, upper: bool) {
    let symbols: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut digits = [0u8; 64];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = symbols[(m % radix) as usize];
        m /= radix;
        if m == 0 {
            break;
        }
    }
    for &d in &digits[start..] {
        let _ = out.write_char(char::from(d));
    }
}

/// ASCII digits on the Rust stack, written with `fmt::Write`; a write past
/// its capacity (a float too long for it) fails.
struct DigitBuffer {
    bytes: [u8; 128],
    len: usize,
}

impl DigitBuffer {
    fn new() -> DigitBuffer {
        DigitBuffer {
            bytes: [0; 128],
            len: 0,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("ASCII digits")
    }
}

impl std::fmt::Write for DigitBuffer {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// The fill before and after a body `total` characters short of its width.
fn split_padding(total: usize, align: u8) -> (usize, usize) {
    match align {
        b'<' => (0, total),
        b'^' => (total / 2, total - total / 2),
        _ => (total, 0),
    }
}

fn format_builtin(vm: &mut Vm, value: Value, spec_text: &str) -> PyResult<String> {
    if spec_text.is_empty() {
        return vm.str_string(value);
    }
    format_parsed(vm, value, parse_spec(spec_text))
}

/// `format_builtin` for a non-empty spec, parsed.
fn format_parsed(vm: &mut Vm, value: Value, parsed: Result<Spec, SpecError>) -> PyResult<String> {
    let spec = match parsed {
        Ok(spec) => spec,
        Err(SpecError::Invalid(text)) => {
            let msg = format!(
                "Invalid format specifier '{text}' for object of type '{}'",
                vm.type_name_of(value)
            );
            return Err(vm.value_error(&msg));
        }
        Err(SpecError::GroupingWithType(sep, kind)) => {
            let msg = if kind.is_ascii_graphic() || kind == ' ' {
                format!("Cannot specify '{sep}' with '{kind}'.")
            } else {
                format!("Cannot specify '{sep}' with '\\x{:x}'.", kind as u32)
            };
            return Err(vm.value_error(&msg));
        }
        Err(SpecError::TooManyDigits) => {
            return Err(vm.value_error("Too many decimal digits in format string"))
        }
        Err(SpecError::BothGroupings) => {
            return Err(vm.value_error("Cannot specify both ',' and '_'."))
        }
        Err(SpecError::MissingPrecision) => {
            return Err(vm.value_error("Format specifier missing precision"))
        }
    };
    vm.check_request(spec.width.unwrap_or(0))?;
    let is_str = vm.is_layout(value, layout::STR);
    if !is_str && spec.precision.is_some_and(|p| i32::try_from(p).is_err()) {
        return Err(vm.value_error("precision too big"));
    }
    if is_str {
        if let Some(k) = spec.kind.filter(|&k| k != 's') {
            let msg = format!("Unknown format code '{k}' for object of type 'str'");
            return Err(vm.value_error(&msg));
        }
        if spec.sign.is_some() {
            return Err(vm.value_error("Sign not allowed in string format specifier"));
        }
        if spec.coerce_zero {
            let msg = "Negative zero coercion (z) not allowed in string format specifier";
            return Err(vm.value_error(msg));
        }
        if spec.align == Some('=') {
            return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
        }
        if let Some(sep) = spec.grouping {
            return Err(vm.value_error(&format!("Cannot specify '{sep}' with 's'.")));
        }
        let mut text = vm.str_text(value).to_string();
        if let Some(p) = spec.precision {
            text = text.chars().take(p).collect();
        }
        let mut spec = spec;
        if spec.zero && spec.fill.is_none() {
            spec.fill = Some('0');
        }
        return Ok(pad(&text, &spec, '<'));
    }
    let float_kind = matches!(spec.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
    let type_name = if value.is_bool() { "bool" } else { "int" };
    match vm.num(value) {
        Some(Num::Float(f)) => format_float(vm, f, &spec),
        Some(Num::Int(i)) if float_kind => format_float(vm, i as f64, &spec),
        Some(Num::Big(b)) if float_kind => {
            format_float(vm, b.to_f64().unwrap_or(f64::INFINITY), &spec)
        }
        Some(Num::Int(i)) => {
            let magnitude = Magnitude::Word(i.unsigned_abs());
            format_int(vm, i < 0, magnitude, &spec, type_name)
        }
        Some(Num::Big(b)) => format_int(vm, b.is_negative(), Magnitude::Big(&b), &spec, type_name),
        None => {
            let msg = format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name_of(value)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// Pads `body` to the spec's width; `default_align` when none is given.
fn pad(body: &str, spec: &Spec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let n = body.chars().count();
    if n >= width {
        return body.to_string();
    }
    let fill = spec.fill.unwrap_or(' ');
    let total = width - n;
    let (left, right) = match spec.align.unwrap_or(default_align) {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let mut out = String::with_capacity(width);
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(body);
    out.extend(std::iter::repeat(fill).take(right));
    out
}

/// Pads a number: `sign` + `prefix` + `digits`, honouring `=` and `0`.
fn pad_number(sign: &str, prefix: &str, digits: &str, spec: &Spec) -> String {
    let zero_pad = spec.align.is_none() && spec.zero;
    if spec.align == Some('=') || zero_pad {
        let fill = if zero_pad {
            '0'
        } else {
            spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' })
        };
        let width = spec.width.unwrap_or(0);
        let used = sign.chars().count() + prefix.chars().count() + digits.chars().count();
        let mut out = String::from(sign);
        out.push_str(prefix);
        if width > used {
            out.extend(std::iter::repeat(fill).take(width - used));
        }
        out.push_str(digits);
        return out;
    }
    let mut body = String::with_capacity(sign.len() + prefix.len() + digits.len());
    body.push_str(sign);
    body.push_str(prefix);
    body.push_str(digits);
    if spec.width.map_or(true, |w| body.len() >= w) {
        return body;
    }
    // `0` after an alignment makes `0` the fill, unless one is given.
    if spec.zero && spec.fill.is_none() {
        let zero_filled = Spec {
            fill: Some('0'),
            ..spec.clone()
        };
        return pad(&body, &zero_filled, '>');
    }
    pad(&body, spec, '>')
}

fn sign_text(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// How wide grouped digits must become when the padding is zeros among the
/// digits, which are grouped too (`format(1234, '08,d')` is `'0,001,234'`);
/// 0 when the padding goes elsewhere. `others` is the width of the rest.
fn grouped_width(spec: &Spec, others: usize) -> usize {
    let zeros =
        (spec.align.is_none() && spec.zero) || (spec.align == Some('=') && spec.fill == Some('0'));
    match zeros {
        true => spec.width.unwrap_or(0).saturating_sub(others),
        false => 0,
    }
}

/// ASCII `digits` with a separator every `every` digits from the right,
/// after as many leading zeros as make it at least `width` long; a
/// separator never leads.
fn group_zero_padded(digits: &str, sep: char, every: usize, width: usize) -> String {
    let mut n = digits.len().max(1);
    while n + (n - 1) / every < width {
        n += 1;
    }
    let mut padded = "0".repeat(n - digits.len().min(n));
    padded.push_str(digits);
    group(&padded, sep, every)
}

/// Inserts a separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// The digits of |n| in `radix` (2, 8, 10 or 16; lowercase), without
/// num-bigint's general conversion when |n| fits a machine word. Decimal
/// digits obey `sys.get_int_max_str_digits()`.
fn magnitude_digits(vm: &mut Vm, n: &BigInt, radix: u32) -> PyResult<String> {
    Ok(match n.magnitude().to_u64() {
        Some(m) => word_digits(m, radix),
        None if radix == 10 => crate::builtins::int::decimal_magnitude(vm, n)?,
        None => n.magnitude().to_str_radix(radix),
    })
}

/// The absolute value of an int being formatted.
enum Magnitude<'a> {
    Word(u64),
    Big(&'a BigInt),
}

impl Magnitude<'_> {
    fn digits(&self, vm: &mut Vm, radix: u32) -> PyResult<String> {
        match self {
            Magnitude::Word(m) => Ok(word_digits(*m, radix)),
            Magnitude::Big(n) => magnitude_digits(vm, n, radix),
        }
    }

    /// Whether the int (with its sign) fits a C `long`, as `%c` requires.
    fn fits_c_long(&self, negative: bool) -> bool {
        match self {
            Magnitude::Word(m) => *m <= i64::MAX as u64 || (negative && *m == 1 << 63),
            Magnitude::Big(n) => n.to_i64().is_some(),
        }
    }

    fn to_u32(&self) -> Option<u32> {
        match self {
            Magnitude::Word(m) => u32::try_from(*m).ok(),
            Magnitude::Big(n) => n.to_u32(),
        }
    }
}

fn word_digits(m: u64, radix: u32) -> String {
    let mut digits = String::new();
    push_radix(&mut digits, m, u64::from(radix), false);
    digits
}

fn format_int(
    vm: &mut Vm,
    negative: bool,
    n: Magnitude<'_>,
    spec: &Spec,
    type_name: &str,
) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.coerce_zero {
        let msg = "Negative zero coercion (z) not allowed in integer format specifier";
        return Err(vm.value_error(msg));
    }
    let kind = spec.kind.unwrap_or('d');
    let (digits, prefix) = match kind {
        'd' | 'n' => (n.digits(vm, 10)?, ""),
        'b' => (n.digits(vm, 2)?, "0b"),
        'o' => (n.digits(vm, 8)?, "0o"),
        'x' => (n.digits(vm, 16)?, "0x"),
        'X' => (n.digits(vm, 16)?.to_uppercase(), "0X"),
        'c' => {
            if spec.sign.is_some() {
                let msg = "Sign not allowed with integer format specifier 'c'";
                return Err(vm.value_error(msg));
            }
            if spec.alternate {
                let msg = "Alternate form (#) not allowed with integer format specifier 'c'";
                return Err(vm.value_error(msg));
            }
            if !n.fits_c_long(negative) {
                let msg = "Python int too large to convert to C long";
                return Err(vm.raise_msg(TypeId::OverflowError, msg));
            }
            let c = n.to_u32().filter(|_| !negative).and_then(char::from_u32);
            return match c {
                Some(c) => Ok(pad(&c.to_string(), spec, '<')),
                None => Err(vm.raise_msg(TypeId::OverflowError, "%c arg not in range(0x110000)")),
            };
        }
        k => {
            let msg = format!("Unknown format code '{k}' for object of type '{type_name}'");
            return Err(vm.value_error(&msg));
        }
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_text(negative, spec);
    let digits = match spec.grouping {
        Some(sep) => {
            let every = if matches!(kind, 'd' | 'n') { 3 } else { 4 };
            if sep == ',' && every == 4 {
                let msg = format!("Cannot specify ',' with '{kind}'.");
                return Err(vm.value_error(&msg));
            }
            let width = grouped_width(spec, sign.len() + prefix.len());
            group_zero_padded(&digits, sep, every, width)
        }
        None => digits,
    };
    if sign.is_empty() && prefix.is_empty() && spec.width.map_or(true, |w| digits.len() >= w) {
        return Ok(digits);
    }
    Ok(pad_number(sign, prefix, &digits, spec))
}

/// Formats a finite magnitude in scientific notation, Python style
/// (`1.50e+03`).
/// The digits an f64 can have after the point (or in an exponent form's
/// mantissa) before they are all zeros; Rust's formatter refuses larger
/// precisions, which Python allows.
const EXACT_FRACTION_DIGITS: usize = 1100;

/// `f` with `precision` digits after the point.
fn fixed(f: f64, precision: usize) -> String {
    let shown = precision.min(EXACT_FRACTION_DIGITS);
    let mut s = format!("{:.*}", shown, f);
    s.push_str(&"0".repeat(precision - shown));
    s
}

/// `f` as Rust's exponent form (`1.50e3`) with `precision` digits after
/// the point.
fn exponent_form(f: f64, precision: usize) -> String {
    let shown = precision.min(EXACT_FRACTION_DIGITS);
    let s = format!("{:.*e}", shown, f);
    if shown == precision {
        return s;
    }
    let (mantissa, exp) = s.split_once('e').expect("exponent form");
    format!("{mantissa}{}e{exp}", "0".repeat(precision - shown))
}

fn sci(f: f64, precision: usize, upper: bool) -> String {
    let s = exponent_form(f, precision);
    let (mantissa, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("an exponent");
    let e = if upper { 'E' } else { 'e' };
    format!(
        "{mantissa}{e}{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// Python's `g` presentation of a finite magnitude.
fn general(f: f64, precision: usize, alternate: bool, upper: bool) -> String {
    general_with_limit(f, precision, precision.max(1), alternate, upper)
}

/// `g` with the decimal exponent from which the exponent form is used.
fn general_with_limit(
    f: f64,
    precision: usize,
    limit: usize,
    alternate: bool,
    upper: bool,
) -> String {
    let p = precision.max(1);
    if f == 0.0 && limit == 0 {
        return sci(0.0, 0, upper);
    }
    if f == 0.0 {
        let mut s = String::from("0");
        if alternate {
            s.push('.');
            s.push_str(&"0".repeat(p - 1));
        }
        return s;
    }
    let probe = exponent_form(f, p - 1);
    let exp: i32 = probe
        .split_once('e')
        .expect("exponent form")
        .1
        .parse()
        .expect("an exponent");
    let mut s = if exp >= -4 && exp < limit as i32 {
        fixed(f, (p as i64 - 1 - exp as i64).max(0) as usize)
    } else {
        sci(f, p - 1, upper)
    };
    if !alternate {
        let (body, tail) = match s.find(['e', 'E']) {
            Some(i) => (s[..i].to_string(), s[i..].to_string()),
            None => (s.clone(), String::new()),
        };
        let body = if body.contains('.') {
            body.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            body
        };
        s = body + &tail;
    } else if !s.contains('.') {
        match s.find(['e', 'E']) {
            Some(i) => s.insert(i, '.'),
            None => s.push('.'),
        }
    }
    s
}

fn format_float(vm: &mut Vm, f: f64, spec: &Spec) -> PyResult<String> {
    let kind = spec.kind;
    let negative = f.is_sign_negative() && !f.is_nan();
    let magnitude = f.abs();
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    if let Some(k) = kind.filter(|k| !"eEfFgGn%".contains(*k)) {
        let msg = format!("Unknown format code '{k}' for object of type 'float'");
        return Err(vm.value_error(&msg));
    }
    let mut body = if !magnitude.is_finite() {
        let t = if magnitude.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        if kind == Some('%') {
            t + "%"
        } else {
            t
        }
    } else {
        match kind {
            Some('f' | 'F') => fixed(magnitude, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => sci(magnitude, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G') => general(
                magnitude,
                spec.precision.unwrap_or(6),
                spec.alternate,
                upper,
            ),
            Some('%') => fixed(magnitude * 100.0, spec.precision.unwrap_or(6)) + "%",
            Some('n') => general(
                magnitude,
                spec.precision.unwrap_or(6),
                spec.alternate,
                false,
            ),
            None => match spec.precision {
                None => float_repr(magnitude),
                Some(p) => {
                    // Like `g`, but a result that would show no digit after
                    // the point takes the exponent form instead.
                    let g = general_with_limit(magnitude, p, p.max(1) - 1, spec.alternate, false);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        g + ".0"
                    }
                }
            },
            Some(k) => {
                let msg = format!("Unknown format code '{k}' for object of type 'float'");
                return Err(vm.value_error(&msg));
            }
        }
    };
    if spec.alternate
        && matches!(kind, Some('f' | 'F' | 'e' | 'E'))
        && !body.contains('.')
        && magnitude.is_finite()
    {
        match body.find(['e', 'E']) {
            Some(i) => body.insert(i, '.'),
            None => body.push('.'),
        }
    }
    let rounds_to_zero = !body.bytes().any(|b| (b'1'..=b'9').contains(&b));
    let negative = negative && !(spec.coerce_zero && rounds_to_zero && magnitude.is_finite());
    let sign = sign_text(negative, spec);
    if let Some(sep) = spec.grouping {
        let end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let width = grouped_width(spec, sign.len() + body.len() - end);
        let grouped = group_zero_padded(&body[..end], sep, 3, width);
        body = grouped + &body[end..];
    }
    Ok(pad_number(sign, "", &body, spec))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, template: &str, args: Args) -> PyResult<Value> {
    let positional = vm.positional(args)[1..].to_vec();
    let keywords = vm.keywords(args);
    let base = vm.stack.len();
    vm.stack.extend_from_slice(&positional);
    vm.stack.extend(keywords.iter().map(|k| k.1));
    let names: Vec<String> = keywords.into_iter().map(|k| k.0).collect();
    let n = positional.len();
    let lookup = |vm: &mut Vm, key: FieldKey| -> PyResult<Value> {
        match key {
            FieldKey::Index(i) => match (i < n).then(|| vm.stack[base + i]) {
                Some(v) => Ok(v),
                None => {
                    let msg =
                        format!("Replacement index {i} out of range for positional args tuple");
                    Err(vm.raise_msg(TypeId::IndexError, &msg))
                }
            },
            FieldKey::Name(name) => match names.iter().position(|k| *k == name) {
                Some(i) => Ok(vm.stack[base + n + i]),
                None => {
                    let k = vm.new_str(&name)?;
                    Err(vm.raise_args(TypeId::KeyError, &[k]))
                }
            },
        }
    };
    let r = render_template(vm, template, &lookup);
    vm.stack.truncate(base);
    let text = r?;
    vm.new_str(&text)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: Value) -> PyResult<Value> {
    let base = vm.stack.len();
    vm.stack.push(mapping);
    let lookup = |vm: &mut Vm, key: FieldKey| -> PyResult<Value> {
        match key {
            FieldKey::Index(_) => Err(vm.value_error("Format string contains positional fields")),
            FieldKey::Name(name) => {
                let k = vm.new_str(&name)?;
                vm.getitem(vm.stack[base], k)
            }
        }
    };
    let r = render_template(vm, template, &lookup);
    vm.stack.truncate(base);
    let text = r?;
    vm.new_str(&text)
}

enum FieldKey {
    Index(usize),
    Name(String),
}

/// Expands `{...}` fields of a `str.format` template.
fn render_template(
    vm: &mut Vm,
    template: &str,
    lookup: &dyn Fn(&mut Vm, FieldKey) -> PyResult<Value>,
) -> PyResult<String> {
    // Braces are ASCII, so the template is scanned as bytes and the text
    // between fields copied a run at a time.
    let bytes = template.as_bytes();
    let mut out = String::with_capacity(template.len() + 16);
    let mut auto = 0usize;
    let mut numbering: Option<bool> = None;
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..]
            .iter()
            .position(|&b| b == b'{' || b == b'}')
            .map_or(bytes.len(), |k| i + k);
        out.push_str(&template[i..run]);
        i = run;
        if i == bytes.len() {
            break;
        }
        if bytes[i] == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if bytes.get(i + 1) == Some(&b'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing one level of nesting.
        let mut depth = 1;
        let mut j = i + 1;
        while j < bytes.len() && depth > 0 {
            match bytes[j] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth != 0 {
            let inner = &template[i + 1..];
            let msg = if inner.is_empty() {
                "Single '{' encountered in format string"
            } else if inner.ends_with('!') && !inner.contains(':') {
                "end of string while looking for conversion specifier"
            } else if inner.contains([':', '!']) {
                "unmatched '{' in format spec"
            } else {
                "expected '}' before end of string"
            };
            return Err(vm.value_error(msg));
        }
        let inner = &template[i + 1..j - 1];
        i = j;
        let (field, rest) = match inner.find(['!', ':']) {
            Some(k) => (&inner[..k], &inner[k..]),
            None => (inner, ""),
        };
        let (conversion, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut cs = r.chars();
            let conv = cs.next();
            let after = cs.as_str();
            match after.strip_prefix(':') {
                Some(s) => (conv, s),
                None if after.is_empty() => (conv, ""),
                None => return Err(vm.value_error("expected ':' after conversion specifier")),
            }
        } else {
            (None, rest.strip_prefix(':').unwrap_or(""))
        };
        // Split the field name into its first part and accessors.
        let first_end = field.find(['.', '[']).unwrap_or(field.len());
        let first = &field[..first_end];
        let key = if first.is_empty() {
            if numbering == Some(true) {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            numbering = Some(false);
            auto += 1;
            FieldKey::Index(auto - 1)
        } else if let Ok(n) = first.parse::<usize>() {
            if numbering == Some(false) {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            numbering = Some(true);
            FieldKey::Index(n)
        } else {
            FieldKey::Name(first.to_string())
        };
        let mut value = lookup(vm, key)?;
        let mut rest = &field[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let name = vm.intern(&r[..end])?;
                value = vm.getattr(value, name)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let index = &r[..end];
                let key = match index.parse::<i64>() {
                    Ok(n) => Value::small_int_const(n),
                    Err(_) => vm.new_str(index)?,
                };
                value = vm.getitem(value, key)?;
                rest = &r[end + 1..];
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        let value = match conversion {
            None => value,
            Some('s') => vm.to_str(value)?,
            Some('r') => vm.repr(value)?,
            Some('a') => super::ascii(vm, value)?,
            Some(c) => {
                let msg = format!("Unknown conversion specifier {c}");
                return Err(vm.value_error(&msg));
            }
        };
        if spec.contains('{') {
            let base = vm.stack.len();
            vm.stack.push(value);
            let expanded = render_nested(vm, spec, lookup, &mut auto, &mut numbering);
            let v = vm.stack[base];
            vm.stack.truncate(base);
            out.push_str(&value_spec(vm, v, &expanded?)?);
        } else {
            append_formatted(vm, &mut out, value, spec)?;
        }
    }
    Ok(out)
}

/// Appends `format(value, spec)` to `out`, writing a str or a small int
/// with no spec straight in.
fn append_formatted(vm: &mut Vm, out: &mut String, value: Value, spec: &str) -> PyResult<()> {
    if spec.is_empty() {
        if vm.is_layout(value, layout::STR) {
            out.push_str(vm.str_text(value));
            return Ok(());
        }
        if let Some(i) = value.as_small_int() {
            use std::fmt::Write;
            let _ = write!(out, "{i}");
            return Ok(());
        }
    }
    out.push_str(&value_spec(vm, value, spec)?);
    Ok(())
}

fn value_spec(vm: &mut Vm, value: Value, spec: &str) -> PyResult<String> {
    if !vm.is_user_instance(value) {
        return format_builtin(vm, value, spec);
    }
    let spec = vm.new_str(spec)?;
    let r = format_value(vm, value, spec)?;
    Ok(vm.str_text(r).to_string())
}

/// Expands `{name}` fields nested inside a format spec.
fn render_nested(
    vm: &mut Vm,
    spec: &str,
    lookup: &dyn Fn(&mut Vm, FieldKey) -> PyResult<Value>,
    auto: &mut usize,
    numbering: &mut Option<bool>,
) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = spec;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            return Err(vm.value_error("unmatched '{' in format spec"));
        };
        let name = &rest[start + 1..start + end];
        let key = if name.is_empty() {
            *numbering = Some(false);
            *auto += 1;
            FieldKey::Index(*auto - 1)
        } else if let Ok(n) = name.parse::<usize>() {
            *numbering = Some(true);
            FieldKey::Index(n)
        } else {
            FieldKey::Name(name.to_string())
        };
        let v = lookup(vm, key)?;
        out.push_str(&vm.str_string(v)?);
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// printf-style `text % args`.
pub fn percent_format(vm: &mut Vm, text: &str, args: Value) -> PyResult<Value> {
    let base = vm.stack.len();
    vm.stack.push(args);
    let r = percent_format_inner(vm, text, base, false);
    vm.stack.truncate(base);
    let out = r?;
    let s = vm.new_str(&out);
    vm.format_buffer = out;
    s
}

/// `str % args` for a str `template`, whose text is copied into a buffer
/// the VM keeps (the str may move while the arguments are formatted).
pub fn percent_format_str(vm: &mut Vm, template: Value, args: Value) -> PyResult<Value> {
    let mut text = std::mem::take(&mut vm.template_buffer);
    text.clear();
    text.push_str(vm.str_text(template));
    let r = percent_format(vm, &text, args);
    vm.template_buffer = text;
    r
}

/// printf-style `data % args` for bytes: the text is handled as latin-1,
/// so every byte maps to one char and back.
pub fn percent_format_bytes(vm: &mut Vm, data: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let text: String = data.iter().map(|&b| char::from(b)).collect();
    let base = vm.stack.len();
    vm.stack.push(args);
    let r = percent_format_inner(vm, &text, base, true);
    vm.stack.truncate(base);
    Ok(r?.chars().map(|c| c as u8).collect())
}

/// The latin-1 text `%s`/`%b` inserts into a bytes format.
fn bytes_piece(vm: &mut Vm, value: Value) -> PyResult<String> {
    let latin1 = |vm: &mut Vm, b: Value| -> String {
        super::bytes::bytes_of(vm, b)
            .iter()
            .map(|&b| char::from(b))
            .collect()
    };
    if matches!(vm.layout_of(value), Some(layout::BYTES | layout::BYTEARRAY)) {
        return Ok(latin1(vm, value));
    }
    if let Some(m) = vm.lookup_special(value, "__bytes__")? {
        let r = vm.call_descriptor_method(m, value, &[])?;
        if !vm.is_layout(r, layout::BYTES) {
            let msg = format!("__bytes__ returned non-bytes (type {})", vm.type_name_of(r));
            return Err(vm.type_error(&msg));
        }
        return Ok(latin1(vm, r));
    }
    let msg = format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name_of(value)
    );
    Err(vm.type_error(&msg))
}

fn percent_format_inner(vm: &mut Vm, text: &str, base: usize, bytes: bool) -> PyResult<String> {
    let args = vm.stack[base];
    // A tuple subclass (a namedtuple, say) supplies the arguments as a tuple
    // does, as in CPython.
    let tuple = Some(args)
        .filter(|&a| vm.is_layout(a, layout::TUPLE))
        .or_else(|| {
            vm.builtin_base(args)
                .filter(|&b| vm.is_layout(b, layout::TUPLE))
        });
    // Whether `args` is a mapping matters only for `%(key)` and for the
    // leftover-arguments check, so it is asked at most once, when needed.
    let mut is_mapping_memo = None;
    let mut is_mapping = |vm: &mut Vm| -> PyResult<bool> {
        if let Some(known) = is_mapping_memo {
            return Ok(known);
        }
        let known = tuple.is_none()
            && !vm.is_layout(args, layout::STR)
            && (vm.is_layout(args, layout::DICT)
                || vm.lookup_special(args, "__getitem__")?.is_some());
        is_mapping_memo = Some(known);
        Ok(known)
    };
    let ibase = vm.stack.len();
    match tuple {
        Some(t) => {
            let items = vm.heap.fields(t.as_obj().expect("a tuple"));
            vm.stack.extend_from_slice(items);
        }
        None => vm.stack.push(args),
    }
    let item_count = vm.stack.len() - ibase;
    let mut next = 0usize;
    // Scanned by bytes: every byte of the format syntax is ASCII, and a `%`
    // byte never occurs inside a multi-byte UTF-8 sequence.
    let chars = text.as_bytes();
    // The buffer `percent_format` hands back to the VM when done.
    let mut out = std::mem::take(&mut vm.format_buffer);
    out.clear();
    out.reserve(2 * text.len() + 32);
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        if chars[i] != b'%' {
            let run = memchr::memchr(b'%', &chars[i..]).map_or(text.len(), |n| i + n);
            out.push_str(&text[i..run]);
            i = run;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key_value = None;
        if chars[i] == b'(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            if !is_mapping(vm)? {
                return Err(vm.type_error("format requires a mapping"));
            }
            let key = &text[start..i - 1];
            let k = if bytes {
                // The format is latin-1 text standing for the bytes.
                let raw: Vec<u8> = key.chars().map(|c| c as u8).collect();
                super::bytes::new_bytes(vm, &raw)?
            } else {
                vm.new_str(key)?
            };
            key_value = Some(vm.getitem(vm.stack[base], k)?);
            used_mapping = true;
        }
        let mut spec = Spec::default();
        let mut left = false;
        while i < chars.len() && matches!(chars[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            match chars[i] {
                b'-' => left = true,
                b'+' => spec.sign = Some('+'),
                b' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                b'#' => spec.alternate = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if next >= item_count {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            next += 1;
            Ok(vm.stack[ibase + next - 1])
        };
        if i < chars.len() && chars[i] == b'*' {
            let w = take_arg(vm)?;
            let w = vm.as_index(w)?;
            if w < 0 {
                left = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                match text[start..i].parse() {
                    Ok(width) => spec.width = Some(width),
                    Err(_) => return Err(vm.value_error("width too big")),
                }
            }
        }
        vm.check_request(spec.width.unwrap_or(0))?;
        if i < chars.len() && chars[i] == b'.' {
            i += 1;
            if i < chars.len() && chars[i] == b'*' {
                let p = take_arg(vm)?;
                let p = vm.as_index(p)?;
                if p > i32::MAX as i64 {
                    let msg = "Python int too large to convert to C int";
                    return Err(vm.raise_msg(TypeId::OverflowError, msg));
                }
                spec.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                match text[start..i].parse::<i32>() {
                    Ok(p) => spec.precision = Some(p as usize),
                    Err(_) if i > start => return Err(vm.value_error("precision too big")),
                    Err(_) => spec.precision = Some(0),
                }
                vm.check_request(spec.precision.unwrap_or(0))?;
            }
        }
        while i < chars.len() && matches!(chars[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        let Some(conv) = text[i..].chars().next() else {
            return Err(vm.value_error("incomplete format"));
        };
        let conv_at = i;
        i += conv.len_utf8();
        if conv == '%' {
            out.push('%');
            continue;
        }
        if left {
            spec.align = Some('<');
            spec.zero = false;
        }
        let value = match key_value {
            Some(v) => v,
            None => take_arg(vm)?,
        };
        // Without flags or width, `%s` of a str, `%d`, `%x`, `%X` and `%o`
        // of a small int, and `%f` of a finite float are written straight
        // into the result.
        let plain =
            !left && spec.width.is_none() && spec.sign.is_none() && !spec.zero && !spec.alternate;
        if plain && !bytes && spec.precision.is_none() {
            if conv == 's' && vm.is_layout(value, layout::STR) {
                out.push_str(vm.str_text(value));
                continue;
            }
            if let Some(n) = value.as_small_int() {
                let (radix, upper) = match conv {
                    'd' | 'i' | 'u' => (10, false),
                    'x' => (16, false),
                    'X' => (16, true),
                    'o' => (8, false),
                    _ => (0, false),
                };
                if radix != 0 {
                    if n < 0 {
                        out.push('-');
                    }
                    push_radix(&mut out, n.unsigned_abs(), radix, upper);
                    continue;
                }
            }
        }
        if plain && !bytes && matches!(conv, 'f' | 'F') {
            let precision = spec.precision.unwrap_or(6);
            if let Some(f) = value.as_float().filter(|f| f.is_finite()) {
                if precision <= EXACT_FRACTION_DIGITS {
                    use std::fmt::Write;
                    let _ = write!(out, "{f:.precision$}");
                    continue;
                }
            }
        }
        let piece = match conv {
            's' | 'b' if bytes => {
                let s = bytes_piece(vm, value)?;
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let mut str_spec = spec.clone();
                str_spec.zero = false;
                pad(&s, &str_spec, '>')
            }
            'c' if bytes => {
                let is_bytes =
                    matches!(vm.layout_of(value), Some(layout::BYTES | layout::BYTEARRAY));
                let byte = if is_bytes && super::bytes::bytes_of(vm, value).len() == 1 {
                    super::bytes::bytes_of(vm, value)[0]
                } else if vm.is_int(value) && !value.is_float() {
                    match vm.small_of(value).and_then(|i| u8::try_from(i).ok()) {
                        Some(b) => b,
                        None => {
                            return Err(
                                vm.raise_msg(TypeId::OverflowError, "%c arg not in range(256)")
                            )
                        }
                    }
                } else {
                    return Err(
                        vm.type_error("%c requires an integer in range(256) or a single byte")
                    );
                };
                pad(&char::from(byte).to_string(), &spec, '>')
            }
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(value)?,
                    'r' if !bytes => {
                        let r = vm.repr(value)?;
                        vm.str_text(r).to_string()
                    }
                    _ => {
                        let a = super::ascii(vm, value)?;
                        vm.str_text(a).to_string()
                    }
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let mut str_spec = spec.clone();
                str_spec.zero = false;
                pad(&s, &str_spec, '>')
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = match vm.num(value) {
                    Some(Num::Int(i)) => Err(i),
                    Some(Num::Big(b)) => Ok(b),
                    Some(Num::Float(f)) if matches!(conv, 'd' | 'i' | 'u') => {
                        Ok(num_traits::FromPrimitive::from_f64(f.trunc())
                            .unwrap_or_else(BigInt::zero))
                    }
                    _ => {
                        let msg = if matches!(conv, 'd' | 'i' | 'u') {
                            format!(
                                "%{conv} format: a real number is required, not {}",
                                vm.type_name_of(value)
                            )
                        } else {
                            format!(
                                "%{conv} format: an integer is required, not {}",
                                vm.type_name_of(value)
                            )
                        };
                        return Err(vm.type_error(&msg));
                    }
                };
                let radix = match conv {
                    'o' => 8,
                    'x' | 'X' => 16,
                    _ => 10,
                };
                // Word-sized ints skip num-bigint entirely.
                let (negative, digits) = match n {
                    Err(i) => (i < 0, word_digits(i.unsigned_abs(), radix)),
                    Ok(b) => (b.is_negative(), magnitude_digits(vm, &b, radix)?),
                };
                let digits = if conv == 'X' {
                    digits.to_uppercase()
                } else {
                    digits
                };
                let digits = match spec.precision {
                    Some(p) if digits.len() < p => "0".repeat(p - digits.len()) + &digits,
                    _ => digits,
                };
                let prefix = match (spec.alternate, conv) {
                    (true, 'o') => "0o",
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    _ => "",
                };
                let mut num_spec = spec.clone();
                num_spec.precision = None;
                pad_number(sign_text(negative, &num_spec), prefix, &digits, &num_spec)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match vm.num(value) {
                    Some(n) => match n {
                        Num::Float(f) => f,
                        Num::Int(i) => i as f64,
                        Num::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
                    },
                    None => {
                        let msg = format!("must be real number, not {}", vm.type_name_of(value));
                        return Err(vm.type_error(&msg));
                    }
                };
                let mut float_spec = spec.clone();
                float_spec.kind = Some(conv);
                float_spec.precision = Some(spec.precision.unwrap_or(6));
                format_float(vm, f, &float_spec)?
            }
            'c' => {
                let c = if vm.is_layout(value, layout::STR) {
                    let t = vm.str_text(value);
                    if t.chars().count() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    t.to_string()
                } else {
                    let Some(i) = vm.clamped_index(value)? else {
                        return Err(vm.type_error("%c requires int or char"));
                    };
                    match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => {
                            return Err(vm
                                .raise_msg(TypeId::OverflowError, "%c arg not in range(0x110000)"))
                        }
                    }
                };
                pad(&c, &spec, '>')
            }
            c => {
                // CPython shows a non-ASCII character as '?' here.
                let shown = if c.is_ascii() { c } else { '?' };
                let msg = format!(
                    "unsupported format character '{shown}' ({:#x}) at index {}",
                    c as u32,
                    text[..conv_at].chars().count()
                );
                return Err(vm.value_error(&msg));
            }
        };
        out.push_str(&piece);
    }
    if next < item_count && !used_mapping && !is_mapping(vm)? {
        return Err(vm.type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_format_matches_python() {
        // Expected strings from CPython 3.11's format(x, 'g') / '.3g' / '#g'.
        assert_eq!(general(1234567.0, 6, false, false), "1.23457e+06");
        assert_eq!(general(0.0001, 6, false, false), "0.0001");
        assert_eq!(general(0.00001, 6, false, false), "1e-05");
        assert_eq!(general(100.0, 3, false, false), "100");
        assert_eq!(general(1000.0, 3, false, false), "1e+03");
        assert_eq!(general(1.5, 6, true, false), "1.50000");
        assert_eq!(sci(12345.678, 2, false), "1.23e+04");
    }

    #[test]
    fn specs_parse() {
        let s = parse_spec("*^+#012,.3f").unwrap();
        assert_eq!((s.fill, s.align, s.sign), (Some('*'), Some('^'), Some('+')));
        assert!(s.alternate && s.zero);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.kind),
            (Some(12), Some(','), Some(3), Some('f'))
        );
        assert_eq!(parse_spec(".f").unwrap_err(), SpecError::MissingPrecision);
        assert_eq!(parse_spec(",_d").unwrap_err(), SpecError::BothGroupings);
        assert_eq!(
            parse_spec("10.2fx").unwrap_err(),
            SpecError::Invalid("10.2fx".into())
        );
        assert_eq!(
            parse_spec(",,").unwrap_err(),
            SpecError::GroupingWithType(',', ',')
        );
        assert_eq!(
            parse_spec(">99999999999999999999").unwrap_err(),
            SpecError::TooManyDigits
        );
    }
}
