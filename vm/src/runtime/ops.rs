//! Operators: truth, hashing, equality and ordering, arithmetic. Builtin
//! types are handled in Rust; anything else goes through the dunder
//! protocol with CPython's rules (reflected operands, a subclass's
//! reflected method first, `NotImplemented`).

use std::cmp::Ordering;

use minnow_heap::Value;
use minnow_objects::{self as objects, field, layout};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::types::{type_flags, type_flags_of, TypeId};
use super::{PyResult, Vm};
use crate::bytecode::{BinaryOperator as B, CompareOperator as C};

/// A number in one of its representations.
#[derive(Clone, Debug)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

impl Num {
    fn to_big(&self) -> BigInt {
        match self {
            Num::Int(i) => BigInt::from(*i),
            Num::Big(b) => b.clone(),
            Num::Float(_) => unreachable!("floats are converted before"),
        }
    }
}

const TUPLE_PRIME_1: u64 = 11400714785074694791;
const TUPLE_PRIME_2: u64 = 14029467366897019727;
const TUPLE_PRIME_5: u64 = 2870177450012600261;

/// The dunder names of each binary operator: (method, reflected, in-place).
pub(crate) const fn dunder_names(op: B) -> (&'static str, &'static str, Option<&'static str>) {
    match op {
        B::Add => ("__add__", "__radd__", None),
        B::Subtract => ("__sub__", "__rsub__", None),
        B::Multiply => ("__mul__", "__rmul__", None),
        B::TrueDivide => ("__truediv__", "__rtruediv__", None),
        B::FloorDivide => ("__floordiv__", "__rfloordiv__", None),
        B::Remainder => ("__mod__", "__rmod__", None),
        B::Power => ("__pow__", "__rpow__", None),
        B::LeftShift => ("__lshift__", "__rlshift__", None),
        B::RightShift => ("__rshift__", "__rrshift__", None),
        B::And => ("__and__", "__rand__", None),
        B::Or => ("__or__", "__ror__", None),
        B::Xor => ("__xor__", "__rxor__", None),
        B::MatrixMultiply => ("__matmul__", "__rmatmul__", None),
        B::InplaceAdd => ("__add__", "__radd__", Some("__iadd__")),
        B::InplaceSubtract => ("__sub__", "__rsub__", Some("__isub__")),
        B::InplaceMultiply => ("__mul__", "__rmul__", Some("__imul__")),
        B::InplaceTrueDivide => ("__truediv__", "__rtruediv__", Some("__itruediv__")),
        B::InplaceFloorDivide => ("__floordiv__", "__rfloordiv__", Some("__ifloordiv__")),
        B::InplaceRemainder => ("__mod__", "__rmod__", Some("__imod__")),
        B::InplacePower => ("__pow__", "__rpow__", Some("__ipow__")),
        B::InplaceLeftShift => ("__lshift__", "__rlshift__", Some("__ilshift__")),
        B::InplaceRightShift => ("__rshift__", "__rrshift__", Some("__irshift__")),
        B::InplaceAnd => ("__and__", "__rand__", Some("__iand__")),
        B::InplaceOr => ("__or__", "__ror__", Some("__ior__")),
        B::InplaceXor => ("__xor__", "__rxor__", Some("__ixor__")),
        B::InplaceMatrixMultiply => ("__matmul__", "__rmatmul__", Some("__imatmul__")),
    }
}

impl Vm {
    /// The value as a number, if it is an int, bool or float.
    pub fn num(&self, v: Value) -> Option<Num> {
        if let Some(i) = v.as_small_int() {
            return Some(Num::Int(i));
        }
        if let Some(f) = v.as_float() {
            return Some(Num::Float(f));
        }
        match v {
            Value::TRUE => return Some(Num::Int(1)),
            Value::FALSE => return Some(Num::Int(0)),
            _ => {}
        }
        let obj = v.as_obj()?;
        match self.heap.layout_of(obj) {
            layout::BIGINT => Some(Num::Big(objects::int::to_bigint(&self.heap, obj))),
            layout::FLOAT => Some(Num::Float(f64::from_bits(
                self.heap.raw(obj, field::FLOAT::bits),
            ))),
            layout::INSTANCE => {
                let base = self.heap.field(obj, field::INSTANCE::base);
                if base.is_empty() {
                    None
                } else {
                    self.num(base)
                }
            }
            _ => None,
        }
    }

    pub fn num_value(&mut self, n: Num) -> PyResult<Value> {
        match n {
            Num::Int(i) => match Value::small_int(i) {
                Some(v) => Ok(v),
                None => self.new_int(&BigInt::from(i)),
            },
            Num::Big(b) => self.new_int(&b),
            Num::Float(f) => self.new_float(f),
        }
    }

    /// The int value of `v` (int or bool), if it is one.
    pub fn int_of(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::Int(i) => Some(BigInt::from(i)),
            Num::Big(b) => Some(b),
            Num::Float(_) => None,
        }
    }

    /// `v` as an i64 index (ints only), or None if too large / not an int.
    pub fn small_of(&self, v: Value) -> Option<i64> {
        match self.num(v)? {
            Num::Int(i) => Some(i),
            Num::Big(b) => b.to_i64(),
            Num::Float(_) => None,
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        matches!(self.num(v), Some(Num::Int(_)) | Some(Num::Big(_)))
    }

    // ----- truth ----------------------------------------------------------------

    #[inline]
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::TRUE => return Ok(true),
            Value::FALSE | Value::NONE => return Ok(false),
            _ => {}
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(f) = v.as_float() {
            return Ok(f != 0.0);
        }
        self.truthy_object(v)
    }

    fn truthy_object(&mut self, v: Value) -> PyResult<bool> {
        let Some(obj) = v.as_obj() else {
            return Ok(true);
        };
        match self.heap.layout_of(obj) {
            layout::STR => return Ok(objects::str::char_len(&self.heap, obj) > 0),
            layout::LIST => return Ok(objects::list::len(&self.heap, obj) > 0),
            layout::TUPLE => return Ok(self.heap.field_count(obj) > 0),
            layout::DICT => return Ok(objects::dict::len(&self.heap, obj) > 0),
            layout::SET | layout::FROZENSET => return Ok(objects::set::len(&self.heap, obj) > 0),
            layout::BIGINT | layout::FLOAT => {
                return Ok(match self.num(v) {
                    Some(Num::Float(f)) => f != 0.0,
                    Some(Num::Big(b)) => !b.is_zero(),
                    _ => true,
                })
            }
            layout::INSTANCE => {}
            layout::RANGE => return Ok(crate::builtins::range::is_nonempty(self, v)),
            layout::FUNCTION | layout::TYPE | layout::MODULE | layout::BUILTIN_FUNCTION => {
                return Ok(true)
            }
            _ => {
                if let Some(n) = crate::builtins::builtin_len(self, v)? {
                    return Ok(n > 0);
                }
                return Ok(true);
            }
        }
        if let Some(b) = self.lookup_special(v, "__bool__")? {
            let r = self.call_descriptor_method(b, v, &[])?;
            return match r {
                Value::TRUE => Ok(true),
                Value::FALSE => Ok(false),
                _ => {
                    let msg = format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name_of(r)
                    );
                    Err(self.type_error(&msg))
                }
            };
        }
        if let Some(len) = self.lookup_special(v, "__len__")? {
            let r = self.call_descriptor_method(len, v, &[])?;
            return Ok(self.len_result(r)? > 0);
        }
        let base = self.heap.field(obj, field::INSTANCE::base);
        if base.is_ptr() {
            return self.truthy(base);
        }
        Ok(true)
    }

    /// Checks a `__len__` result as CPython does.
    pub fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match self.num(r) {
            Some(Num::Int(i)) if i >= 0 && !r.is_bool() || r.is_bool() => Ok(i.max(0) as usize),
            Some(Num::Big(b)) if b.sign() == num_bigint::Sign::Plus => match b.to_i64() {
                Some(i) => Ok(i as usize),
                None => Err(self.raise_msg(
                    TypeId::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )),
            },
            Some(Num::Int(_)) | Some(Num::Big(_)) => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name_of(r)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    // ----- hashing ------------------------------------------------------------

    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(objects::int::hash_small(i));
        }
        if let Some(f) = v.as_float() {
            return Ok(objects::int::hash_float(f).unwrap_or(0));
        }
        match v {
            Value::TRUE => return Ok(1),
            Value::FALSE => return Ok(0),
            Value::NONE => return Ok(0x3c4a_f6d1),
            Value::ELLIPSIS => return Ok(0x5a9b_0c87),
            Value::NOT_IMPLEMENTED => return Ok(0x1f22_e4a3),
            _ => {}
        }
        let obj = v.as_obj().expect("a heap object");
        match self.heap.layout_of(obj) {
            layout::STR => Ok(objects::str::hash(&mut self.heap, obj)),
            layout::BIGINT => Ok(objects::int::hash_bigint(&objects::int::to_bigint(
                &self.heap, obj,
            ))),
            layout::FLOAT => {
                let f = f64::from_bits(self.heap.raw(obj, field::FLOAT::bits));
                match objects::int::hash_float(f) {
                    Some(h) => Ok(h),
                    None => Ok(self.identity_hash(v)),
                }
            }
            layout::TUPLE => self.hash_tuple(v),
            layout::BYTES => Ok(objects::str::hash_bytes(crate::builtins::bytes::bytes_of(
                self, v,
            ))),
            layout::FROZENSET => self.hash_frozenset(v),
            layout::RANGE => crate::builtins::range::hash(self, v),
            layout::WEAKREF => crate::builtins::weakref::hash(self, v),
            layout::LIST | layout::DICT | layout::SET | layout::BYTEARRAY | layout::SLICE => {
                let msg = format!("unhashable type: '{}'", self.type_name_of(v));
                Err(self.type_error(&msg))
            }
            layout::INSTANCE | layout::EXCEPTION | layout::TYPE => self.hash_user(v),
            // Methods equal when their receiver is the same object and
            // their functions are equal: the hash follows, as CPython's.
            layout::BOUND_METHOD => {
                let receiver = self.heap.field(obj, field::BOUND_METHOD::receiver);
                let function = self.heap.field(obj, field::BOUND_METHOD::function);
                let x = self.pointer_hash(receiver);
                let y = self.hash(function)?;
                Ok(match x ^ y {
                    -1 => -2,
                    h => h,
                })
            }
            layout::BUILTIN_FUNCTION => {
                let bound = self.heap.field(obj, field::BUILTIN_FUNCTION::bound);
                if bound.is_empty() {
                    return Ok(self.identity_hash(v));
                }
                let index = self.heap.raw(obj, field::BUILTIN_FUNCTION::index) as i64;
                Ok(match self.pointer_hash(bound) ^ index {
                    -1 => -2,
                    h => h,
                })
            }
            _ => Ok(self.identity_hash(v)),
        }
    }

    /// A hash of `v`'s identity, for any value (an immediate by its bits).
    fn pointer_hash(&mut self, v: Value) -> i64 {
        if v.is_ptr() {
            self.identity_hash(v)
        } else {
            v.bits() as i64
        }
    }

    /// `object.__hash__`: from the identity, as CPython (rotated by 4).
    pub fn identity_hash(&mut self, v: Value) -> i64 {
        let id = self.heap.identity(v.as_obj().expect("a heap object"));
        let h = id.rotate_right(4) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    fn hash_user(&mut self, v: Value) -> PyResult<i64> {
        let ty = self.type_of(v);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE == 0 {
            return Ok(self.identity_hash(v));
        }
        let hash_name = self.intern_static("__hash__")?;
        let found = self.lookup_in_type(ty, hash_name);
        match found {
            Some(Value::NONE) => {
                let msg = format!("unhashable type: '{}'", self.type_name_of(v));
                Err(self.type_error(&msg))
            }
            Some(h) if !self.is_object_slot(h, "__hash__") => {
                let r = self.call_descriptor_method(h, v, &[])?;
                match self.num(r) {
                    // Used as is when it fits (-1 is reserved for errors in
                    // CPython), as `hash(int)` otherwise.
                    Some(Num::Int(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(Num::Big(b)) => Ok(match i64::try_from(&b) {
                        Ok(-1) => -2,
                        Ok(i) => i,
                        Err(_) => objects::int::hash_bigint(&b),
                    }),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => {
                if let Some(inner) = self.builtin_base(v) {
                    return self.hash(inner);
                }
                Ok(self.identity_hash(v))
            }
        }
    }

    /// The builtin value a user-class instance extends (`class C(int)`).
    pub fn builtin_base(&self, v: Value) -> Option<Value> {
        let obj = self.obj_of(v, layout::INSTANCE)?;
        let base = self.heap.field(obj, field::INSTANCE::base);
        (!base.is_empty()).then_some(base)
    }

    fn is_object_slot(&self, f: Value, name: &str) -> bool {
        let object = self.ty(TypeId::Object);
        let dict = super::types::type_field(self, object, field::TYPE::dict);
        crate::builtins::dict_get_str(self, dict, name) == Some(f)
    }

    /// Whether a class's binary or comparison method is one a builtin type
    /// provides; those operands take the Rust paths on their builtin
    /// values instead of calling it.
    fn is_builtin_operator(&self, f: Value, name: &str) -> bool {
        self.is_object_slot(f, name) || self.is_layout(f, layout::BUILTIN_FUNCTION)
    }

    /// CPython's tuple hash (the xxHash-based one of 3.8+).
    fn hash_tuple(&mut self, t: Value) -> PyResult<i64> {
        let n = self.tuple_len(t);
        // An item's `__hash__` may collect: the tuple is read back from a
        // root for each item.
        let mut acc = self.rooted(&[t], |vm, base| -> PyResult<u64> {
            let mut acc = TUPLE_PRIME_5;
            for i in 0..n {
                let item = vm.heap.field(vm.stack[base].as_obj().expect("a tuple"), i);
                let lane = vm.hash(item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(TUPLE_PRIME_2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(TUPLE_PRIME_1);
            }
            Ok(acc)
        })?;
        acc = acc.wrapping_add(n as u64 ^ (TUPLE_PRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// CPython's frozenset hash: a shuffled XOR of the element hashes.
    fn hash_frozenset(&mut self, s: Value) -> PyResult<i64> {
        let obj = s.as_obj().expect("a frozenset");
        if let Some(h) = objects::set::cached_hash(&self.heap, obj) {
            return Ok(h);
        }
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut hash: u64 = 0;
        for i in 0..objects::set::slots(&self.heap, obj) {
            if let Some((h, _)) = objects::set::slot(&self.heap, obj, i) {
                hash ^= shuffle(h as u64);
            }
        }
        hash ^= ((objects::set::len(&self.heap, obj) as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        };
        objects::set::cache_hash(&mut self.heap, obj, h);
        Ok(h)
    }

    // ----- equality and ordering -----------------------------------------------

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = objects::fast_eq(&self.heap, a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, C::Equal)?;
        self.truthy(r)
    }

    /// A rich comparison, with CPython's reflection rules.
    /// Replaces mappingproxy operands at `stack[base..base + 2]` by their
    /// mappings, which answer comparisons and `|` for them; false if there
    /// were none.
    fn unwrap_proxies(&mut self, base: usize) -> bool {
        let mut any = false;
        for i in base..base + 2 {
            if let Some(p) = self.obj_of(self.stack[i], layout::MAPPINGPROXY) {
                self.stack[i] = self.heap.field(p, field::MAPPINGPROXY::mapping);
                any = true;
            }
        }
        any
    }

    pub fn compare(&mut self, a: Value, b: Value, op: C) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(r);
        }
        self.rooted(&[a, b], |vm, base| vm.compare_dunders(base, op))
    }

    /// `compare` by the operands' methods; the operands are rooted at
    /// `stack[base..base + 2]` and re-read after each call.
    fn compare_dunders(&mut self, base: usize, op: C) -> PyResult<Value> {
        if self.unwrap_proxies(base) {
            let (a, b) = (self.stack[base], self.stack[base + 1]);
            return self.compare(a, b, op);
        }
        let operands = |vm: &Vm| (vm.stack[base], vm.stack[base + 1]);
        let (name, reflected) = compare_dunders(op);
        let (a, b) = operands(self);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflect_first =
            ta != tb && self.is_subtype(tb, ta) && self.has_user_method(tb, reflected)?;
        if reflect_first {
            let r = self.call_dunder(b, reflected, a)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let (a, b) = operands(self);
        let r = self.call_dunder(a, name, b)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        if !reflect_first {
            let (a, b) = operands(self);
            let r = self.call_dunder(b, reflected, a)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let (a, b) = operands(self);
        match op {
            C::Equal => Ok(Value::from_bool(a == b)),
            C::NotEqual => Ok(Value::from_bool(a != b)),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name_of(a),
                    self.type_name_of(b)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    fn has_user_method(&mut self, ty: Value, name: &str) -> PyResult<bool> {
        if type_flags_of(self, ty) & type_flags::HEAPTYPE == 0 {
            return Ok(false);
        }
        let n = self.intern(name)?;
        Ok(self
            .lookup_in_type(ty, n)
            .is_some_and(|m| !self.is_builtin_operator(m, name)))
    }

    /// Whether user class `sub` has its own `name`, not the one `base` has
    /// (as CPython decides whether a subclass's reflected operator goes
    /// first).
    fn overrides_method(&mut self, sub: Value, base: Value, name: &str) -> PyResult<bool> {
        if !self.has_user_method(sub, name)? {
            return Ok(false);
        }
        let n = self.intern(name)?;
        Ok(self.lookup_in_type(sub, n) != self.lookup_in_type(base, n))
    }

    /// `a.name(b)` if `a`'s type defines `name` (user classes), else
    /// NotImplemented. `__ne__` defaults to the negation of `__eq__`.
    fn call_dunder(&mut self, a: Value, name: &str, b: Value) -> PyResult<Value> {
        let ty = self.type_of(a);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE == 0 {
            // A builtin value against a subclass instance of a builtin type
            // (whose own method declined): the builtin comparison decides.
            let other = self.builtin_base(b).unwrap_or(b);
            // As CPython's builtin methods: float takes ints, int only ints,
            // the others only their own type.
            let accepts = if self.is_int(a) {
                self.is_int(other)
            } else if self.float_value(a).is_some() {
                self.float_value(other).is_some() || self.is_int(other)
            } else {
                self.layout_of(a) == self.layout_of(other)
            };
            if other != b && accepts {
                if let Some(op) = compare_for_dunder(name) {
                    return Ok(self
                        .builtin_compare(a, other, op)?
                        .unwrap_or(Value::NOT_IMPLEMENTED));
                }
            }
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let n = self.intern(name)?;
        match self.lookup_in_type(ty, n) {
            Some(m) if !self.is_builtin_operator(m, name) => {
                if m == Value::NONE {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                if self.is_layout(m, layout::PROPERTY) {
                    // As CPython's comparison slots: a method that cannot
                    // be fetched leaves the comparison to the other side.
                    return self.rooted(&[m, a, b, ty], |vm, base| {
                        let (m, a, ty) = (vm.stack[base], vm.stack[base + 1], vm.stack[base + 3]);
                        let Ok(method) = vm.descriptor_get(m, a, ty) else {
                            vm.take_exception();
                            return Ok(Value::NOT_IMPLEMENTED);
                        };
                        vm.call(method, &[vm.stack[base + 2]])
                    });
                }
                self.call_descriptor_method(m, a, &[b])
            }
            _ if name == "__ne__" => {
                let eq = self.call_dunder(a, "__eq__", b)?;
                if eq == Value::NOT_IMPLEMENTED {
                    return Ok(eq);
                }
                let t = self.truthy(eq)?;
                Ok(Value::from_bool(!t))
            }
            _ => match self.builtin_base(a) {
                Some(inner) => {
                    if let Some(op) = compare_for_dunder(name) {
                        let other = self.builtin_base(b).unwrap_or(b);
                        return Ok(self
                            .builtin_compare(inner, other, op)?
                            .unwrap_or(Value::NOT_IMPLEMENTED));
                    }
                    Ok(Value::NOT_IMPLEMENTED)
                }
                None => Ok(Value::NOT_IMPLEMENTED),
            },
        }
    }

    /// Comparison of builtin values; `None` when a user method decides.
    pub(crate) fn builtin_compare(&mut self, a: Value, b: Value, op: C) -> PyResult<Option<Value>> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(Some(Value::from_bool(apply(op, x.cmp(&y)))));
        }
        let la = self.layout_of(a);
        let lb = self.layout_of(b);
        let answered_by_methods = |l: Option<minnow_heap::LayoutId>| {
            matches!(l, Some(layout::INSTANCE | layout::MAPPINGPROXY))
        };
        if answered_by_methods(la) || answered_by_methods(lb) {
            return Ok(None);
        }
        // Classes and exceptions of user-made types answer by their type's
        // methods (a metaclass's `__lt__`, an exception class's `__eq__`).
        let user_typed = |vm: &Self, v: Value, l: Option<minnow_heap::LayoutId>| {
            matches!(l, Some(layout::TYPE | layout::EXCEPTION))
                && type_flags_of(vm, vm.type_of(v)) & type_flags::HEAPTYPE != 0
        };
        if user_typed(self, a, la) || user_typed(self, b, lb) {
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(Some(match compare_numbers(&x, &y) {
                Some(ord) => Value::from_bool(apply(op, ord)),
                None => Value::from_bool(op == C::NotEqual),
            }));
        }
        let set_like = |vm: &Self, v: Value, l: Option<minnow_heap::LayoutId>| {
            l.is_some_and(objects::set::is_set_layout)
                || crate::builtins::dict::is_set_like_view(vm, v)
        };
        if (la == Some(layout::DICT_VIEW) || lb == Some(layout::DICT_VIEW))
            && set_like(self, a, la)
            && set_like(self, b, lb)
        {
            return crate::builtins::dict::view_compare(self, a, b, op).map(Some);
        }
        let ordering = match (la, lb) {
            (Some(layout::STR), Some(layout::STR)) => {
                let (x, y) = (a.as_obj().expect("str"), b.as_obj().expect("str"));
                Some(objects::str::bytes(&self.heap, x).cmp(objects::str::bytes(&self.heap, y)))
            }
            (Some(layout::BYTES | layout::BYTEARRAY), Some(layout::BYTES | layout::BYTEARRAY)) => {
                let x = crate::builtins::bytes::bytes_of(self, a).to_vec();
                Some(x.as_slice().cmp(crate::builtins::bytes::bytes_of(self, b)))
            }
            (Some(layout::TUPLE), Some(layout::TUPLE)) => {
                if let Some(r) = self.compare_sequences_fast(a, b, op) {
                    return Ok(Some(r));
                }
                let x = self.tuple_items(a);
                let y = self.tuple_items(b);
                return self.compare_sequences(&x, &y, op).map(Some);
            }
            (Some(layout::LIST), Some(layout::LIST)) => {
                if let Some(r) = self.compare_sequences_fast(a, b, op) {
                    return Ok(Some(r));
                }
                let x = objects::list::items(&self.heap, a.as_obj().expect("list")).to_vec();
                let y = objects::list::items(&self.heap, b.as_obj().expect("list")).to_vec();
                return self.compare_sequences(&x, &y, op).map(Some);
            }
            (Some(la), Some(lb))
                if objects::set::is_set_layout(la) && objects::set::is_set_layout(lb) =>
            {
                return crate::builtins::set::compare_sets(self, a, b, op).map(Some);
            }
            (Some(layout::DICT), Some(layout::DICT)) if matches!(op, C::Equal | C::NotEqual) => {
                let equal = crate::builtins::dict::dicts_equal(self, a, b)?;
                return Ok(Some(Value::from_bool(equal == (op == C::Equal))));
            }
            (Some(layout::WEAKREF), Some(layout::WEAKREF))
                if matches!(op, C::Equal | C::NotEqual) =>
            {
                let equal = crate::builtins::weakref::weakrefs_equal(self, a, b)?;
                return Ok(Some(Value::from_bool(equal == Some(op == C::Equal))));
            }
            (Some(layout::SLICE), Some(layout::SLICE)) => {
                let parts = |o: Value| {
                    let o = o.as_obj().expect("a slice");
                    [field::SLICE::start, field::SLICE::stop, field::SLICE::step]
                        .map(|f| self.heap.field(o, f))
                };
                let (x, y) = (parts(a), parts(b));
                return self.compare_sequences(&x, &y, op).map(Some);
            }
            (Some(layout::BOUND_METHOD), Some(layout::BOUND_METHOD))
                if matches!(op, C::Equal | C::NotEqual) =>
            {
                let (x, y) = (a.as_obj().expect("method"), b.as_obj().expect("method"));
                let same_receiver = self.heap.field(x, field::BOUND_METHOD::receiver)
                    == self.heap.field(y, field::BOUND_METHOD::receiver);
                let (f, g) = (
                    self.heap.field(x, field::BOUND_METHOD::function),
                    self.heap.field(y, field::BOUND_METHOD::function),
                );
                let equal = same_receiver && self.eq(f, g)?;
                return Ok(Some(Value::from_bool(equal == (op == C::Equal))));
            }
            (Some(layout::BUILTIN_FUNCTION), Some(layout::BUILTIN_FUNCTION))
                if matches!(op, C::Equal | C::NotEqual) =>
            {
                let (x, y) = (a.as_obj().expect("builtin"), b.as_obj().expect("builtin"));
                let same = |f| self.heap.field(x, f) == self.heap.field(y, f);
                let equal = same(field::BUILTIN_FUNCTION::bound)
                    && self.heap.raw(x, field::BUILTIN_FUNCTION::index)
                        == self.heap.raw(y, field::BUILTIN_FUNCTION::index);
                return Ok(Some(Value::from_bool(equal == (op == C::Equal))));
            }
            (Some(layout::CELL), Some(layout::CELL)) => {
                let contents = |v: Value| {
                    self.heap
                        .field(v.as_obj().expect("a cell"), field::CELL::contents)
                };
                let (x, y) = (contents(a), contents(b));
                if !x.is_empty() && !y.is_empty() {
                    return self.compare(x, y, op).map(Some);
                }
                // An empty cell sorts before a full one.
                Some((!x.is_empty()).cmp(&!y.is_empty()))
            }
            (Some(layout::RANGE), Some(layout::RANGE)) if matches!(op, C::Equal | C::NotEqual) => {
                let equal = crate::builtins::range::ranges_equal(self, a, b);
                return Ok(Some(Value::from_bool(equal == (op == C::Equal))));
            }
            _ => None,
        };
        if let Some(ord) = ordering {
            return Ok(Some(Value::from_bool(apply(op, ord))));
        }
        match op {
            C::Equal | C::NotEqual => {
                let same = a == b;
                if la.is_some() && la == lb && !same {
                    return Ok(Some(Value::from_bool(op == C::NotEqual)));
                }
                if la != lb || la.is_none() {
                    return Ok(Some(Value::from_bool(same == (op == C::Equal))));
                }
                Ok(Some(Value::from_bool(same == (op == C::Equal))))
            }
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name_of(a),
                    self.type_name_of(b)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// Lexicographic comparison of two sequences (lists or tuples).
    /// Two tuples or two lists compared in place, when every item pair
    /// up to the first difference, and that difference, can be decided
    /// without Python code; `None` otherwise.
    fn compare_sequences_fast(&self, a: Value, b: Value, op: C) -> Option<Value> {
        let items = |v: Value| {
            let o = v.as_obj().expect("a sequence");
            if self.heap.layout_of(o) == layout::LIST {
                objects::list::items(&self.heap, o)
            } else {
                self.heap.fields(o)
            }
        };
        let (x, y) = (items(a), items(b));
        for (&p, &q) in x.iter().zip(y) {
            if objects::fast_eq(&self.heap, p, q)? {
                continue;
            }
            let ordering = match (op, p.as_small_int(), q.as_small_int()) {
                (C::Equal, ..) => return Some(Value::FALSE),
                (C::NotEqual, ..) => return Some(Value::TRUE),
                (_, Some(i), Some(j)) => i.cmp(&j),
                _ => match (self.obj_of(p, layout::STR), self.obj_of(q, layout::STR)) {
                    (Some(s), Some(t)) => {
                        objects::str::bytes(&self.heap, s).cmp(objects::str::bytes(&self.heap, t))
                    }
                    _ => return None,
                },
            };
            return Some(Value::from_bool(apply(op, ordering)));
        }
        Some(Value::from_bool(apply(op, x.len().cmp(&y.len()))))
    }

    fn compare_sequences(&mut self, x: &[Value], y: &[Value], op: C) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.extend_from_slice(x);
        self.stack.extend_from_slice(y);
        let (nx, ny) = (x.len(), y.len());
        let result = (|| {
            for i in 0..nx.min(ny) {
                let (a, b) = (self.stack[base + i], self.stack[base + nx + i]);
                if !self.eq(a, b)? {
                    return match op {
                        C::Equal => Ok(Value::FALSE),
                        C::NotEqual => Ok(Value::TRUE),
                        _ => {
                            let (a, b) = (self.stack[base + i], self.stack[base + nx + i]);
                            self.compare(a, b, op)
                        }
                    };
                }
            }
            Ok(Value::from_bool(apply(op, nx.cmp(&ny))))
        })();
        self.stack.truncate(base);
        result
    }

    // ----- arithmetic ------------------------------------------------------------

    /// `a op b` for any operator, in-place kinds included.
    pub fn binary_op(&mut self, a: Value, b: Value, op: B) -> PyResult<Value> {
        if let (true, true) = (a.is_small_int(), b.is_small_int()) {
            if let Some(v) = small_int_op(a, b, op.without_inplace()) {
                return Ok(v);
            }
        }
        let int_op = match op.without_inplace() {
            B::Add => Some(objects::limbs::IntOp::Add),
            B::Subtract => Some(objects::limbs::IntOp::Subtract),
            B::Multiply => Some(objects::limbs::IntOp::Multiply),
            B::FloorDivide => Some(objects::limbs::IntOp::FloorDivide),
            B::Remainder => Some(objects::limbs::IntOp::Modulo),
            B::And => Some(objects::limbs::IntOp::And),
            B::Or => Some(objects::limbs::IntOp::Or),
            B::Xor => Some(objects::limbs::IntOp::Xor),
            B::LeftShift => Some(objects::limbs::IntOp::LeftShift),
            B::RightShift => Some(objects::limbs::IntOp::RightShift),
            _ => None,
        };
        if let Some(r) = int_op.and_then(|o| objects::limbs::binary(&mut self.heap, a, b, o)) {
            return self.heap_ok(r);
        }
        self.rooted(&[a, b], |vm, base| vm.binary_op_rooted(base, op))
    }

    /// `binary_op` with the operands rooted at `stack[base..base + 2]` and
    /// re-read after anything that may run Python code.
    fn binary_op_rooted(&mut self, base: usize, op: B) -> PyResult<Value> {
        if op.without_inplace() == B::Or && self.unwrap_proxies(base) {
            let (a, b) = (self.stack[base], self.stack[base + 1]);
            return self.binary_op(a, b, B::Or);
        }
        let operands = |vm: &Vm| (vm.stack[base], vm.stack[base + 1]);
        let (name, rname, iname) = dunder_names(op);
        if let Some(iname) = iname {
            let (a, b) = operands(self);
            if let Some(r) = self.inplace_builtin(a, b, op)? {
                return Ok(r);
            }
            let (a, b) = operands(self);
            let ta = self.type_of(a);
            if self.has_user_method(ta, iname)? {
                let r = self.call_dunder(a, iname, b)?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            } else if let Some(inner) = self.builtin_base(a) {
                // A subclass of list, set, dict, ... keeps its identity.
                if self.inplace_builtin(inner, b, op)?.is_some() {
                    return Ok(self.stack[base]);
                }
            }
        }
        let op = op.without_inplace();
        let (a, b) = operands(self);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflect_first =
            ta != tb && self.is_subtype(tb, ta) && self.overrides_method(tb, ta, rname)?;
        if reflect_first {
            let r = self.call_dunder(b, rname, a)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let r = self.binary_left(base, op, name)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        if ta != tb && !reflect_first {
            let (a, b) = operands(self);
            let r = self.call_dunder(b, rname, a)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
            let (a, b) = operands(self);
            if let Some(inner) = self.builtin_base(b) {
                if let Some(r) = self.builtin_binary(a, inner, op)? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
        }
        let (a, b) = operands(self);
        if op == B::Or && (self.is_type(a) || self.is_type(b)) {
            // `type.__or__` and `type.__ror__`: a union of classes.
            let r = crate::builtins::object::union_of(self, a, b)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let (a, b) = operands(self);
        if op == B::Multiply {
            let count = if self.is_repeatable(a) {
                Some(b)
            } else if self.is_repeatable(b) {
                Some(a)
            } else {
                None
            };
            if let Some(count) = count {
                if self.lookup_special(count, "__index__")?.is_some() {
                    let n = self.as_index(count)?;
                    let n = self.new_int_i128(n.into())?;
                    let (a, b) = operands(self);
                    let seq = if self.is_repeatable(a) { a } else { b };
                    let seq = self.builtin_base(seq).unwrap_or(seq);
                    if let Some(r) = self.builtin_binary(seq, n, B::Multiply)? {
                        if r != Value::NOT_IMPLEMENTED {
                            return Ok(r);
                        }
                    }
                }
                let (a, b) = operands(self);
                let count = if self.is_repeatable(a) { b } else { a };
                let msg = format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name_of(count)
                );
                return Err(self.type_error(&msg));
            }
        }
        let (a, b) = operands(self);
        if op == B::Add {
            let concat = match self.layout_of(self.builtin_base(a).unwrap_or(a)) {
                Some(layout::STR) => Some("str"),
                Some(layout::LIST) => Some("list"),
                Some(layout::TUPLE) => Some("tuple"),
                _ => None,
            };
            if let Some(kind) = concat {
                let msg = format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    self.type_name_of(b)
                );
                return Err(self.type_error(&msg));
            }
            if self.is_layout(a, layout::BYTES) || self.is_layout(a, layout::BYTEARRAY) {
                let msg = format!(
                    "can't concat {} to {}",
                    self.type_name_of(b),
                    self.type_name_of(a)
                );
                return Err(self.type_error(&msg));
            }
        }
        let symbol = if iname.is_some() {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        let msg = if op == B::Power && iname.is_none() {
            format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name_of(a),
                self.type_name_of(b)
            )
        } else {
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                symbol,
                self.type_name_of(a),
                self.type_name_of(b)
            )
        };
        Err(self.type_error(&msg))
    }

    /// `pow(a, b, m)` when `a` or `b` is a user instance: `a.__pow__(b, m)`,
    /// then `b.__rpow__(a, m)` (`m`'s methods are never tried).
    pub fn ternary_pow(&mut self, a: Value, b: Value, m: Value) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[a, b, m]);
        let result = (|| {
            for (recv, other, name) in [(0, 1, "__pow__"), (1, 0, "__rpow__")] {
                let (r, o, m) = (
                    self.stack[base + recv],
                    self.stack[base + other],
                    self.stack[base + 2],
                );
                if recv == 1 && self.type_of(r) == self.type_of(o) {
                    break;
                }
                if !self.is_user_instance(r) {
                    continue;
                }
                let Some(method) = self.lookup_special(r, name)? else {
                    continue;
                };
                if method == Value::NONE || self.is_builtin_operator(method, name) {
                    continue;
                }
                let v = self.call_descriptor_method(method, r, &[o, m])?;
                if v != Value::NOT_IMPLEMENTED {
                    return Ok(v);
                }
            }
            let [a, b, m] = [0, 1, 2].map(|i| {
                let v = self.stack[base + i];
                self.builtin_base(v).unwrap_or(v)
            });
            if ![a, b, m].iter().any(|v| self.is_user_instance(*v)) {
                return crate::builtins::int::pow_mod(self, a, b, m);
            }
            let [a, b, m] = [0, 1, 2].map(|i| self.type_name_of(self.stack[base + i]));
            let msg = format!("unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{m}'");
            Err(self.type_error(&msg))
        })();
        self.stack.truncate(base);
        result
    }

    /// A builtin sequence that `*` repeats (CPython's `sq_repeat`).
    fn is_repeatable(&self, v: Value) -> bool {
        let v = self.builtin_base(v).unwrap_or(v);
        matches!(
            self.layout_of(v),
            Some(layout::STR | layout::LIST | layout::TUPLE | layout::BYTES | layout::BYTEARRAY)
        )
    }

    /// The left operand's method: a builtin operation or a user dunder.
    fn binary_left(&mut self, base: usize, op: B, name: &str) -> PyResult<Value> {
        let (a, b) = (self.stack[base], self.stack[base + 1]);
        if let Some(r) = self.builtin_binary(a, b, op)? {
            return Ok(r);
        }
        let (a, b) = (self.stack[base], self.stack[base + 1]);
        let r = self.call_dunder(a, name, b)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        let (a, b) = (self.stack[base], self.stack[base + 1]);
        if let Some(inner) = self.builtin_base(a) {
            let other = self.builtin_base(b).unwrap_or(b);
            if let Some(r) = self.builtin_binary(inner, other, op)? {
                return Ok(r);
            }
        }
        Ok(Value::NOT_IMPLEMENTED)
    }

    /// In-place operations that builtin types do in place (list +=, *=,
    /// set |= &= -= ^=, dict |=).
    pub fn inplace_builtin(&mut self, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
        // The operation may run Python code (iterating, hashing) that
        // collects: the result, `a` itself, is read back from a root.
        self.rooted(&[a], |vm, base| {
            let done = match (vm.layout_of(a), op) {
                (Some(layout::LIST), B::InplaceAdd) => {
                    crate::builtins::list::extend(vm, a, b)?;
                    true
                }
                (Some(layout::BYTEARRAY), B::InplaceAdd | B::InplaceMultiply) => {
                    crate::builtins::bytes::operate_in_place(vm, a, b, op.without_inplace())?
                }
                (Some(layout::LIST), B::InplaceMultiply) => {
                    crate::builtins::list::repeat_in_place(vm, a, b)?
                }
                (
                    Some(layout::SET),
                    B::InplaceOr | B::InplaceAnd | B::InplaceSubtract | B::InplaceXor,
                ) => crate::builtins::set::inplace_op(vm, a, b, op)?.is_some(),
                (Some(layout::DICT), B::InplaceOr) => {
                    crate::builtins::dict::update_from(vm, a, b)?;
                    true
                }
                _ => false,
            };
            Ok(done.then(|| vm.stack[base]))
        })
    }

    /// Binary operations of builtin types; `None` when neither operand is
    /// a builtin that knows the other (NotImplemented).
    pub fn builtin_binary(&mut self, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
        if a.is_bool() && b.is_bool() {
            let (x, y) = (a == Value::TRUE, b == Value::TRUE);
            match op.without_inplace() {
                B::And => return Ok(Some(Value::from_bool(x & y))),
                B::Or => return Ok(Some(Value::from_bool(x | y))),
                B::Xor => return Ok(Some(Value::from_bool(x ^ y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if self.is_layout(a, layout::INSTANCE) || self.is_layout(b, layout::INSTANCE) {
                return Ok(None);
            }
            return self.numeric_op(x, y, op).map(Some);
        }
        // A keys or items view on either side makes `& | - ^` set
        // operations with any iterable.
        if matches!(op, B::And | B::Or | B::Subtract | B::Xor)
            && (crate::builtins::dict::is_set_like_view(self, a)
                || crate::builtins::dict::is_set_like_view(self, b))
        {
            return crate::builtins::dict::view_binary(self, a, b, op);
        }
        let la = self.layout_of(a);
        match la {
            Some(layout::STR) => crate::builtins::str::binary(self, a, b, op),
            Some(layout::LIST) => crate::builtins::list::binary(self, a, b, op),
            Some(layout::TUPLE) => crate::builtins::tuple::binary(self, a, b, op),
            Some(layout::BYTES) | Some(layout::BYTEARRAY) => {
                crate::builtins::bytes::binary(self, a, b, op)
            }
            Some(layout::SET) | Some(layout::FROZENSET) => {
                crate::builtins::set::binary(self, a, b, op)
            }
            Some(layout::DICT) => crate::builtins::dict::binary(self, a, b, op),
            _ if crate::builtins::dict::is_set_like_view(self, a)
                || crate::builtins::dict::is_set_like_view(self, b) =>
            {
                crate::builtins::dict::view_binary(self, a, b, op)
            }
            _ => {
                // int * seq
                if op == B::Multiply && self.is_int(a) {
                    match self.layout_of(b) {
                        Some(layout::STR | layout::LIST | layout::TUPLE | layout::BYTES) => {
                            return self.builtin_binary(b, a, op)
                        }
                        _ => {}
                    }
                }
                Ok(None)
            }
        }
    }

    /// Arithmetic on two numbers.
    pub fn numeric_op(&mut self, x: Num, y: Num, op: B) -> PyResult<Value> {
        use Num::*;
        if let (Int(a), Int(b)) = (&x, &y) {
            if let Some(v) = i64_op(*a, *b, op) {
                return self.num_value(v);
            }
        }
        if matches!(x, Float(_)) || matches!(y, Float(_)) || op == B::TrueDivide {
            if matches!(
                op,
                B::And | B::Or | B::Xor | B::LeftShift | B::RightShift | B::MatrixMultiply
            ) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            if op == B::Power {
                if let (Float(_), _) | (_, Float(_)) = (&x, &y) {
                } else if let Some(r) = self.int_power(&x, &y)? {
                    return Ok(r);
                }
            }
            if op == B::TrueDivide && !matches!(x, Float(_)) && !matches!(y, Float(_)) {
                return self.int_true_divide(&x.to_big(), &y.to_big());
            }
            let a = self.to_f64(&x)?;
            let b = self.to_f64(&y)?;
            return self.float_op(a, b, op);
        }
        let (a, b) = (x.to_big(), y.to_big());
        let r = match op {
            B::Add => a + b,
            B::Subtract => a - b,
            B::Multiply => a * b,
            B::FloorDivide | B::Remainder => {
                if b.is_zero() {
                    let msg = if op == B::FloorDivide {
                        "integer division or modulo by zero"
                    } else {
                        "integer modulo by zero"
                    };
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, msg));
                }
                let (q, r) = floor_divmod(&a, &b);
                if op == B::FloorDivide {
                    q
                } else {
                    r
                }
            }
            B::Power => {
                return match self.int_power(&x, &y)? {
                    Some(v) => Ok(v),
                    None => unreachable!("int ** int is always handled"),
                }
            }
            B::LeftShift | B::RightShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(n) = b.to_usize() else {
                    if op == B::RightShift || a.is_zero() {
                        let r = if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        };
                        return self.new_int(&r);
                    }
                    return Err(self.raise_msg(TypeId::OverflowError, "too many digits in integer"));
                };
                if op == B::LeftShift {
                    if n > 1 << 32 {
                        return Err(self.raise_memory_error());
                    }
                    a << n
                } else {
                    a >> n
                }
            }
            B::And => a & b,
            B::Or => a | b,
            B::Xor => a ^ b,
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        self.new_int(&r)
    }

    fn to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => {
                    Err(self.raise_msg(TypeId::OverflowError, "int too large to convert to float"))
                }
            },
        }
    }

    /// int / int, correctly rounded where both fit a double exactly.
    fn int_true_divide(&mut self, a: &BigInt, b: &BigInt) -> PyResult<Value> {
        if b.is_zero() {
            return Err(self.raise_msg(TypeId::ZeroDivisionError, "division by zero"));
        }
        let limit = BigInt::from(1u64 << 53);
        if a.abs() <= limit && b.abs() <= limit {
            return self.new_float(a.to_f64().expect("small") / b.to_f64().expect("small"));
        }
        let q = crate::builtins::int::true_divide(a, b);
        match q {
            Some(f) => self.new_float(f),
            None => Err(self.raise_msg(
                TypeId::OverflowError,
                "integer division result too large for a float",
            )),
        }
    }

    /// int ** int: an int for a non-negative exponent, else a float.
    fn int_power(&mut self, x: &Num, y: &Num) -> PyResult<Option<Value>> {
        let (a, b) = (x.to_big(), y.to_big());
        if b.is_negative() {
            let base = self.to_f64(x)?;
            let exp = self.to_f64(y)?;
            if base == 0.0 {
                return Err(self.raise_msg(
                    TypeId::ZeroDivisionError,
                    "0.0 cannot be raised to a negative power",
                ));
            }
            return self.new_float(base.powf(exp)).map(Some);
        }
        let Some(e) = b.to_u32() else {
            if a.abs() <= BigInt::from(1) {
                let r = if a.is_negative() && (&b % 2u32) == BigInt::from(1) {
                    -1
                } else if a.is_zero() {
                    0
                } else {
                    1
                };
                return self.new_int(&BigInt::from(r)).map(Some);
            }
            return Err(self.raise_memory_error());
        };
        if a.bits().saturating_mul(e as u64) > 1 << 34 {
            return Err(self.raise_memory_error());
        }
        let r = num_traits::pow::Pow::pow(&a, e);
        self.new_int(&r).map(Some)
    }

    pub fn float_op(&mut self, a: f64, b: f64, op: B) -> PyResult<Value> {
        let r = match op {
            B::Add => a + b,
            B::Subtract => a - b,
            B::Multiply => a * b,
            B::TrueDivide => {
                if b == 0.0 {
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, "float division by zero"));
                }
                a / b
            }
            B::FloorDivide | B::Remainder => {
                if b == 0.0 {
                    let msg = if op == B::FloorDivide {
                        "float floor division by zero"
                    } else {
                        "float modulo"
                    };
                    return Err(self.raise_msg(TypeId::ZeroDivisionError, msg));
                }
                let (q, r) = float_divmod(a, b);
                if op == B::FloorDivide {
                    q
                } else {
                    r
                }
            }
            B::Power => {
                // 0.0 ** -inf is inf, as C's pow says.
                if a == 0.0 && b < 0.0 && b.is_finite() {
                    return Err(self.raise_msg(
                        TypeId::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                    // The result is complex: complex(a) ** b.
                    let complex = crate::modules::bundled_attribute(self, "_complex", "complex")?;
                    let base = self.new_float(a)?;
                    let z = self.call(complex, &[base])?;
                    let exponent = self.rooted(&[z], |vm, _| vm.new_float(b))?;
                    return self.binary_op(z, exponent, B::Power);
                }
                let r = a.powf(b);
                if r.is_infinite() && a.is_finite() && b.is_finite() {
                    return Err(self.raise_msg(
                        TypeId::OverflowError,
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        self.new_float(r)
    }

    /// `-v`, `+v`, `~v`.
    pub fn unary_op(&mut self, v: Value, name: &'static str) -> PyResult<Value> {
        if let Some(n) = self.num(v).filter(|_| !self.is_layout(v, layout::INSTANCE)) {
            return match (name, n) {
                ("__neg__", Num::Int(i)) => self.num_value(match i.checked_neg() {
                    Some(r) => Num::Int(r),
                    None => Num::Big(-BigInt::from(i)),
                }),
                ("__neg__", Num::Big(b)) => self.new_int(&-b),
                ("__neg__", Num::Float(f)) => self.new_float(-f),
                ("__pos__", Num::Float(f)) => self.new_float(f),
                ("__pos__", n) => self.num_value(n),
                ("__invert__", Num::Int(i)) => self.num_value(Num::Int(!i)),
                ("__invert__", Num::Big(b)) => self.new_int(&(-b - 1)),
                _ => {
                    let msg = format!("bad operand type for unary ~: '{}'", self.type_name_of(v));
                    Err(self.type_error(&msg))
                }
            };
        }
        if let Some(m) = self.lookup_special(v, name)? {
            if !self.is_object_slot(m, name) && self.is_user_instance(v) {
                return self.call_descriptor_method(m, v, &[]);
            }
        }
        let symbol = match name {
            "__neg__" => "-",
            "__pos__" => "+",
            _ => "~",
        };
        let msg = format!(
            "bad operand type for unary {symbol}: '{}'",
            self.type_name_of(v)
        );
        Err(self.type_error(&msg))
    }

    pub fn is_user_instance(&self, v: Value) -> bool {
        let ty = self.type_of(v);
        type_flags_of(self, ty) & type_flags::HEAPTYPE != 0
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        match self.layout_of(container) {
            // An `__eq__` may collect: the sequence and the item are rooted
            // and read back after each comparison.
            Some(layout::LIST | layout::TUPLE) => self.rooted(&[container, item], |vm, base| {
                let mut i = 0;
                loop {
                    let (seq, item) = (vm.stack[base], vm.stack[base + 1]);
                    let obj = seq.as_obj().expect("a list or tuple");
                    let items = if vm.heap.layout_of(obj) == layout::LIST {
                        objects::list::items(&vm.heap, obj)
                    } else {
                        vm.heap.fields(obj)
                    };
                    let Some(&x) = items.get(i) else {
                        return Ok(false);
                    };
                    if x == item || vm.eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }),
            Some(layout::STR) => crate::builtins::str::contains(self, container, item),
            Some(layout::DICT) => Ok(self.dict_get(container, item)?.is_some()),
            Some(layout::SET) | Some(layout::FROZENSET) => {
                crate::builtins::set::contains(self, container, item)
            }
            Some(layout::RANGE) => crate::builtins::range::contains(self, container, item),
            Some(layout::BYTES) | Some(layout::BYTEARRAY) => {
                crate::builtins::bytes::contains(self, container, item)
            }
            Some(layout::DICT_VIEW) => crate::builtins::dict::view_contains(self, container, item),
            _ => {
                if let Some(m) = self.lookup_special(container, "__contains__")? {
                    let r = self.call_descriptor_method(m, container, &[item])?;
                    return self.truthy(r);
                }
                if let Some(inner) = self.builtin_base(container) {
                    return self.contains(inner, item);
                }
                // `__iter__` may collect: the item is rooted across it.
                let base = self.stack.len();
                self.stack.push(item);
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(_) if self.exception_matches(TypeId::TypeError) => {
                        self.stack.truncate(base);
                        self.take_exception();
                        let msg = format!(
                            "argument of type '{}' is not iterable",
                            self.type_name_of(container)
                        );
                        return Err(self.type_error(&msg));
                    }
                    Err(e) => {
                        self.stack.truncate(base);
                        return Err(e);
                    }
                };
                let item = self.stack[base];
                self.stack[base] = it;
                self.stack.push(item);
                let result = loop {
                    let it = self.stack[base];
                    match self.next(it) {
                        Ok(Some(x)) => {
                            let item = self.stack[base + 1];
                            match self.eq(x, item) {
                                Ok(true) => break Ok(true),
                                Ok(false) => {}
                                Err(e) => break Err(e),
                            }
                        }
                        Ok(None) => break Ok(false),
                        Err(e) => break Err(e),
                    }
                };
                self.stack.truncate(base);
                result
            }
        }
    }
}

fn compare_dunders(op: C) -> (&'static str, &'static str) {
    match op {
        C::Less => ("__lt__", "__gt__"),
        C::LessEqual => ("__le__", "__ge__"),
        C::Equal => ("__eq__", "__eq__"),
        C::NotEqual => ("__ne__", "__ne__"),
        C::Greater => ("__gt__", "__lt__"),
        C::GreaterEqual => ("__ge__", "__le__"),
    }
}

fn compare_for_dunder(name: &str) -> Option<C> {
    Some(match name {
        "__lt__" => C::Less,
        "__le__" => C::LessEqual,
        "__eq__" => C::Equal,
        "__ne__" => C::NotEqual,
        "__gt__" => C::Greater,
        "__ge__" => C::GreaterEqual,
        _ => return None,
    })
}

pub fn apply(op: C, ord: Ordering) -> bool {
    match op {
        C::Less => ord == Ordering::Less,
        C::LessEqual => ord != Ordering::Greater,
        C::Equal => ord == Ordering::Equal,
        C::NotEqual => ord != Ordering::Equal,
        C::Greater => ord == Ordering::Greater,
        C::GreaterEqual => ord != Ordering::Less,
    }
}

/// Exact comparison of two numbers; `None` when a nan is involved.
pub fn compare_numbers(x: &Num, y: &Num) -> Option<Ordering> {
    use Num::*;
    match (x, y) {
        (Int(a), Int(b)) => Some(a.cmp(b)),
        (Float(a), Float(b)) => a.partial_cmp(b),
        (Float(f), other) => compare_float_int(*f, &other.to_big()),
        (other, Float(f)) => compare_float_int(*f, &other.to_big()).map(Ordering::reverse),
        (a, b) => Some(a.to_big().cmp(&b.to_big())),
    }
}

/// Compares a float with an int exactly (no rounding of the int).
fn compare_float_int(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let floor = f.floor();
    let fi = num_bigint::BigInt::from_f64_exact(floor);
    match fi.cmp(i) {
        Ordering::Equal if f > floor => Some(Ordering::Greater),
        ord => Some(ord),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).expect("a finite integral float")
    }
}

/// Python's floor division and modulo on big ints.
pub fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    use num_integer::Integer;
    a.div_mod_floor(b)
}

/// Python's float `divmod` (CPython's `float_divmod`).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Small-int arithmetic in registers; `None` to take the general path.
#[inline(always)]
pub fn small_int_op(a: Value, b: Value, op: B) -> Option<Value> {
    match op {
        B::Add => a.int_add(b),
        B::Subtract => a.int_sub(b),
        B::Multiply => a.int_mul(b),
        B::FloorDivide => a.int_floordiv(b),
        B::Remainder => a.int_mod(b),
        B::And => Some(a.int_and(b)),
        B::Or => Some(a.int_or(b)),
        B::Xor => Some(a.int_xor(b)),
        B::LeftShift => a.int_lshift(b),
        B::RightShift => a.int_rshift(b),
        _ => None,
    }
}

/// i64 arithmetic that cannot fail except by overflow (`None` then).
fn i64_op(a: i64, b: i64, op: B) -> Option<Num> {
    let r = match op {
        B::Add => a.checked_add(b)?,
        B::Subtract => a.checked_sub(b)?,
        B::Multiply => a.checked_mul(b)?,
        B::FloorDivide if b != 0 => {
            let q = a.checked_div_euclid(b)?;
            if b < 0 && a.rem_euclid(b) != 0 {
                q - 1
            } else {
                q
            }
        }
        B::Remainder if b != 0 => {
            let r = a.rem_euclid(b);
            if b < 0 && r != 0 {
                r + b
            } else {
                r
            }
        }
        B::And => a & b,
        B::Or => a | b,
        B::Xor => a ^ b,
        _ => return None,
    };
    Some(Num::Int(r))
}
