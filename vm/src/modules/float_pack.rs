//! `_float_pack`: IEEE 754 binary16, binary32 and binary64 encodings of a
//! float, the part of `struct` (and `array`) that Python code cannot do
//! exactly. `pack(x, size, little)` gives the `size` bytes of `x` (2, 4 or
//! 8), rounding to nearest-even as CPython's `PyFloat_Pack2/4/8` do and
//! raising their OverflowError when a finite value does not fit;
//! `unpack(data, little)` reads them back.

use minnow_heap::Value;
use minnow_objects::layout;

use crate::builtins::bytes::{bytes_of, new_bytes};
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

/// Bits of `x` as a binary16, or `None` if it is finite and too large.
fn half_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let (m, e) = crate::modules::math::frexp_f(a);
    // a = m * 2**e with m in [0.5, 1); as 1.f * 2**(e - 1).
    let exponent = e - 1;
    if exponent < -14 {
        // Subnormal: a multiple of 2**-24, possibly rounding up to the
        // smallest normal, whose bits follow on from the subnormals'.
        let f = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | f);
    }
    let mut biased = (exponent + 15) as u16;
    let mut f = ((m * 2.0 - 1.0) * 1024.0).round_ties_even() as u16;
    if f == 1024 {
        f = 0;
        biased += 1;
    }
    if biased >= 31 {
        return None;
    }
    Some(sign | (biased << 10) | f)
}

fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let biased = i32::from((bits >> 10) & 0x1f);
    let f = f64::from(bits & 0x3ff);
    let magnitude = match biased {
        0 => f * 2f64.powi(-24),
        31 if f == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + f / 1024.0) * 2f64.powi(biased - 15),
    };
    sign * magnitude
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x, size, little] = vm.exact_args::<3>(args, "pack")?;
    let x = crate::modules::math::real(vm, x)?;
    let size = vm.as_index(size)?;
    let little = vm.truthy(little)?;
    let mut bytes = match size {
        2 => match half_bits(x) {
            Some(bits) => bits.to_be_bytes().to_vec(),
            None => {
                return Err(vm.raise_msg(
                    TypeId::OverflowError,
                    "float too large to pack with e format",
                ))
            }
        },
        4 => {
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(vm.raise_msg(
                    TypeId::OverflowError,
                    "float too large to pack with f format",
                ));
            }
            y.to_be_bytes().to_vec()
        }
        8 => x.to_be_bytes().to_vec(),
        _ => return Err(vm.value_error("size must be 2, 4 or 8")),
    };
    if little {
        bytes.reverse();
    }
    new_bytes(vm, &bytes)
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [data, little] = vm.exact_args::<2>(args, "unpack")?;
    let little = vm.truthy(little)?;
    if !vm.is_layout(data, layout::BYTES) && !vm.is_layout(data, layout::BYTEARRAY) {
        let msg = format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name_of(data)
        );
        return Err(vm.type_error(&msg));
    }
    let mut bytes = bytes_of(vm, data).to_vec();
    if little {
        bytes.reverse();
    }
    let x = match bytes.len() {
        2 => half_value(u16::from_be_bytes([bytes[0], bytes[1]])),
        4 => f64::from(f32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])),
        8 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&bytes);
            f64::from_be_bytes(b)
        }
        _ => return Err(vm.value_error("size must be 2, 4 or 8")),
    };
    vm.new_float(x)
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(vm, module, &[("pack", pack), ("unpack", unpack)])
}
