//! The `unicodedata` module, from the Unicode tables of the
//! `unicode-general-category`, `unicode-bidi` and `unicode-normalization`
//! crates (Unicode 16; CPython 3.11 ships 14). Character names (`name`,
//! `lookup`) and East Asian widths are not included: those tables would
//! more than double the binary for little use.

use minnow_heap::Value;
use minnow_objects::layout;
use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(
        vm,
        module,
        &[
            ("category", category),
            ("bidirectional", bidirectional),
            ("combining", combining),
            ("decimal", decimal),
            ("digit", digit),
            ("numeric", numeric),
            ("normalize", normalize),
            ("is_normalized", is_normalized),
            ("mirrored", mirrored),
        ],
    )?;
    let (major, minor, patch) = unicode_general_category::UNICODE_VERSION;
    let version = vm.new_str(&format!("{major}.{minor}.{patch}"))?;
    super::set(vm, module, "unidata_version", version)
}

/// The one character of a str argument.
fn char_arg(vm: &mut Vm, v: Value, function: &str) -> PyResult<char> {
    if vm.is_layout(v, layout::STR) {
        let mut chars = vm.str_text(v).chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(c);
        }
        let msg = format!("{function}() argument must be a unicode character, not str");
        return Err(vm.type_error(&msg));
    }
    let msg = format!(
        "{function}() argument must be a unicode character, not {}",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

fn category_code(c: char) -> &'static str {
    match get_general_category(c) {
        G::UppercaseLetter => "Lu",
        G::LowercaseLetter => "Ll",
        G::TitlecaseLetter => "Lt",
        G::ModifierLetter => "Lm",
        G::OtherLetter => "Lo",
        G::NonspacingMark => "Mn",
        G::SpacingMark => "Mc",
        G::EnclosingMark => "Me",
        G::DecimalNumber => "Nd",
        G::LetterNumber => "Nl",
        G::OtherNumber => "No",
        G::ConnectorPunctuation => "Pc",
        G::DashPunctuation => "Pd",
        G::OpenPunctuation => "Ps",
        G::ClosePunctuation => "Pe",
        G::InitialPunctuation => "Pi",
        G::FinalPunctuation => "Pf",
        G::OtherPunctuation => "Po",
        G::MathSymbol => "Sm",
        G::CurrencySymbol => "Sc",
        G::ModifierSymbol => "Sk",
        G::OtherSymbol => "So",
        G::SpaceSeparator => "Zs",
        G::LineSeparator => "Zl",
        G::ParagraphSeparator => "Zp",
        G::Control => "Cc",
        G::Format => "Cf",
        G::Surrogate => "Cs",
        G::PrivateUse => "Co",
        _ => "Cn",
    }
}

fn category(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "category")?;
    let c = char_arg(vm, v, "category")?;
    vm.new_str(category_code(c))
}

fn bidirectional(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "bidirectional")?;
    let c = char_arg(vm, v, "bidirectional")?;
    let class = if get_general_category(c) == G::Unassigned {
        String::new()
    } else {
        format!("{:?}", unicode_bidi::bidi_class(c))
    };
    vm.new_str(&class)
}

fn combining(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "combining")?;
    let c = char_arg(vm, v, "combining")?;
    let class = unicode_normalization::char::canonical_combining_class(c);
    Ok(Value::small_int_const(class as i64))
}

fn mirrored(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = vm.exact_args::<1>(args, "mirrored")?;
    let c = char_arg(vm, v, "mirrored")?;
    let mirrored = matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' | '«' | '»')
        || matches!(
            get_general_category(c),
            G::OpenPunctuation | G::ClosePunctuation
        ) && unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::ON;
    Ok(Value::small_int_const(mirrored as i64))
}

/// The value of a decimal digit (category Nd): digits come in runs of ten
/// from zero, so it is the distance from the run's start, modulo ten.
pub fn decimal_value(c: char) -> Option<u32> {
    if get_general_category(c) != G::DecimalNumber {
        return None;
    }
    let mut start = c as u32;
    while start > 0
        && char::from_u32(start - 1).is_some_and(|p| get_general_category(p) == G::DecimalNumber)
    {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// Digits that are not decimal: superscripts and subscripts, circled and
/// parenthesised digits.
pub fn digit_value(c: char) -> Option<u32> {
    decimal_value(c).or(match c as u32 {
        0xB2 => Some(2),
        0xB3 => Some(3),
        0xB9 => Some(1),
        0x2070 => Some(0),
        u @ 0x2074..=0x2079 => Some(u - 0x2070),
        u @ 0x2080..=0x2089 => Some(u - 0x2080),
        u @ 0x2460..=0x2468 => Some(u - 0x2460 + 1),
        u @ 0x2474..=0x247C => Some(u - 0x2474 + 1),
        u @ 0x2488..=0x2490 => Some(u - 0x2488 + 1),
        0x24EA => Some(0),
        u @ 0x2776..=0x277E => Some(u - 0x2776 + 1),
        u @ 0x2780..=0x2788 => Some(u - 0x2780 + 1),
        u @ 0x278A..=0x2792 => Some(u - 0x278A + 1),
        0x1F100 => Some(0),
        u @ 0x1F101..=0x1F10A => Some(u - 0x1F101),
        _ => None,
    })
}

/// Numeric values beyond digits: the vulgar fractions and Roman numerals.
fn numeric_value(c: char) -> Option<f64> {
    if let Some(d) = digit_value(c) {
        return Some(d as f64);
    }
    Some(match c as u32 {
        0xBC => 0.25,
        0xBD => 0.5,
        0xBE => 0.75,
        0x2150 => 1.0 / 7.0,
        0x2151 => 1.0 / 9.0,
        0x2152 => 0.1,
        0x2153 => 1.0 / 3.0,
        0x2154 => 2.0 / 3.0,
        0x2155 => 0.2,
        0x2156 => 0.4,
        0x2157 => 0.6,
        0x2158 => 0.8,
        0x2159 => 1.0 / 6.0,
        0x215A => 5.0 / 6.0,
        0x215B => 0.125,
        0x215C => 0.375,
        0x215D => 0.625,
        0x215E => 0.875,
        u @ 0x2160..=0x216B => [
            1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0,
        ][(u - 0x2160) as usize],
        u @ 0x2170..=0x217B => [
            1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0,
        ][(u - 0x2170) as usize],
        0x216C | 0x217C => 50.0,
        0x216D | 0x217D => 100.0,
        0x216E | 0x217E => 500.0,
        0x216F | 0x217F => 1000.0,
        u @ 0x2469..=0x2473 => (u - 0x2460 + 1) as f64,
        _ => return None,
    })
}

/// `decimal`/`digit`/`numeric`: the value, else the default, else
/// ValueError.
fn lookup_value(
    vm: &mut Vm,
    args: Args,
    name: &str,
    value: fn(char) -> Option<Value>,
    missing: &str,
) -> PyResult<Value> {
    let [v, default] = vm.range_args::<2>(args, 1, name)?;
    let c = char_arg(vm, v, name)?;
    match value(c) {
        Some(v) => Ok(v),
        None if !default.is_empty() => Ok(default),
        None => Err(vm.raise_msg(TypeId::ValueError, missing)),
    }
}

fn decimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lookup_value(
        vm,
        args,
        "decimal",
        |c| decimal_value(c).map(|d| Value::small_int_const(d as i64)),
        "not a decimal",
    )
}

fn digit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lookup_value(
        vm,
        args,
        "digit",
        |c| digit_value(c).map(|d| Value::small_int_const(d as i64)),
        "not a digit",
    )
}

fn numeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, default] = vm.range_args::<2>(args, 1, "numeric")?;
    let c = char_arg(vm, v, "numeric")?;
    match numeric_value(c) {
        Some(x) => vm.new_float(x),
        None if !default.is_empty() => Ok(default),
        None => Err(vm.raise_msg(TypeId::ValueError, "not a numeric character")),
    }
}

fn form_and_text(vm: &mut Vm, args: Args, name: &str) -> PyResult<(String, String)> {
    let [form, text] = vm.exact_args::<2>(args, name)?;
    if !vm.is_layout(form, layout::STR) || !vm.is_layout(text, layout::STR) {
        let msg = format!("{name}() arguments must be str");
        return Err(vm.type_error(&msg));
    }
    Ok((vm.str_text(form).to_string(), vm.str_text(text).to_string()))
}

fn normalized(vm: &mut Vm, form: &str, text: &str) -> PyResult<String> {
    Ok(match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        "NFKD" => text.nfkd().collect(),
        _ => return Err(vm.value_error("invalid normalization form")),
    })
}

fn normalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, args, "normalize")?;
    let out = normalized(vm, &form, &text)?;
    vm.new_str(&out)
}

fn is_normalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, args, "is_normalized")?;
    let out = normalized(vm, &form, &text)?;
    Ok(Value::from_bool(out == text))
}
