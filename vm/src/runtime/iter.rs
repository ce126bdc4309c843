//! Iteration: `iter()`, `next()`, the native iterators, and generators.
//!
//! A generator owns its frame while suspended: the frame's stack slots
//! (locals, cells, operand stack) are copied into an ARRAY on suspension
//! and back onto the VM stack on resumption.

use minnow_heap::{ObjRef, Value};
use minnow_objects::{self as objects, field, layout};

use super::coro::gen_kind;
use super::types::TypeId;
use super::{Frame, FrameExit, PyResult, Vm};
use crate::bytecode::Opcode;

/// `NATIVE_ITER.kind` values.
pub mod kind {
    pub const RANGE: u64 = 0;
    pub const ENUMERATE: u64 = 1;
    pub const ZIP: u64 = 2;
    pub const ZIP_STRICT: u64 = 3;
    pub const MAP: u64 = 4;
    pub const FILTER: u64 = 5;
    pub const REVERSED: u64 = 6;
    pub const CALLABLE: u64 = 7;
    /// `reversed(list)`: REVERSED under the type name CPython gives it.
    pub const LIST_REVERSED: u64 = 8;
    /// `agen.asend(v)` and `agen.__anext__()`: [agen, v, state].
    pub const ASYNC_GEN_ASEND: u64 = 9;
    /// `agen.athrow(exc)`, or `agen.aclose()` with exc None: [agen, exc, state].
    pub const ASYNC_GEN_ATHROW: u64 = 10;
    /// `coroutine.__await__()`: [coroutine].
    pub const COROUTINE_WRAPPER: u64 = 11;
    /// `anext(aiter, default)`: [awaitable iterator, default].
    pub const ANEXT_DEFAULT: u64 = 12;
}

pub fn native_iter_type(k: u64) -> TypeId {
    match k {
        kind::RANGE => TypeId::RangeIterator,
        kind::ENUMERATE => TypeId::Enumerate,
        kind::ZIP | kind::ZIP_STRICT => TypeId::Zip,
        kind::MAP => TypeId::Map,
        kind::FILTER => TypeId::Filter,
        kind::REVERSED => TypeId::Reversed,
        kind::LIST_REVERSED => TypeId::ListReverseIterator,
        kind::ASYNC_GEN_ASEND => TypeId::AsyncGenASend,
        kind::ASYNC_GEN_ATHROW => TypeId::AsyncGenAThrow,
        kind::COROUTINE_WRAPPER => TypeId::CoroutineWrapper,
        kind::ANEXT_DEFAULT => TypeId::AnextAwaitable,
        _ => TypeId::CallableIterator,
    }
}

/// `GENERATOR.state` values.
pub mod gen_state {
    pub const CREATED: u64 = 0;
    pub const SUSPENDED: u64 = 1;
    pub const RUNNING: u64 = 2;
    pub const FINISHED: u64 = 3;
    /// Suspended at a `yield` with its frame left on the VM stack by
    /// `Vm::for_each_item`; to anyone else it is still running.
    pub const PARKED: u64 = 4;
}

/// What resuming a generator produced.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    pub fn new_native_iter(&mut self, k: u64, state: &[Value]) -> PyResult<Value> {
        let obj = self.alloc(layout::NATIVE_ITER, field::NATIVE_ITER::COUNT + state.len())?;
        self.heap.set_raw(obj, field::NATIVE_ITER::kind, k);
        self.heap.set_fields(obj, field::NATIVE_ITER::state, state);
        Ok(obj.value())
    }

    fn new_seq_iter(&mut self, seq: Value) -> PyResult<Value> {
        use objects::seq_kind;
        let kind = match self.layout_of(seq) {
            Some(layout::LIST) => seq_kind::LIST,
            Some(layout::TUPLE) => seq_kind::TUPLE,
            Some(layout::STR)
                if objects::str::is_ascii(&self.heap, seq.as_obj().expect("a str")) =>
            {
                seq_kind::STR_ASCII
            }
            Some(layout::STR) => seq_kind::STR,
            Some(layout::BYTES) => seq_kind::BYTES,
            Some(layout::BYTEARRAY) => seq_kind::BYTEARRAY,
            Some(layout::RANGE) => seq_kind::RANGE,
            _ => seq_kind::OTHER,
        };
        self.new_seq_iter_as(seq, kind)
    }

    /// An iterator over `seq` that reports itself as of `kind` (`seq_kind`):
    /// a str subclass's characters come from a `str_iterator`, as in
    /// CPython, even when they are ASCII.
    pub(crate) fn new_seq_iter_as(&mut self, seq: Value, kind: u64) -> PyResult<Value> {
        let obj = self.alloc(layout::SEQ_ITER, field::SEQ_ITER::COUNT)?;
        self.heap.set_raw(obj, field::SEQ_ITER::kind, kind);
        self.heap.set_field(obj, field::SEQ_ITER::seq, seq);
        self.heap
            .set_field(obj, field::SEQ_ITER::index, Value::small_int_const(0));
        Ok(obj.value())
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        match self.layout_of(v) {
            Some(
                layout::LIST | layout::TUPLE | layout::STR | layout::BYTES | layout::BYTEARRAY,
            ) => self.new_seq_iter(v),
            Some(layout::RANGE) => crate::builtins::range::iter(self, v),
            Some(layout::DICT) => {
                crate::builtins::dict::new_iter(self, v, objects::dict_kind::KEYS)
            }
            Some(layout::DICT_VIEW) => {
                let obj = v.as_obj().expect("a view");
                let d = self.heap.field(obj, field::DICT_VIEW::dict);
                let k = self.heap.raw(obj, field::DICT_VIEW::kind);
                crate::builtins::dict::new_iter(self, d, k)
            }
            Some(layout::SET | layout::FROZENSET) => crate::builtins::set::new_iter(self, v),
            Some(layout::SEQ_ITER | layout::DICT_ITER | layout::SET_ITER | layout::NATIVE_ITER) => {
                Ok(v)
            }
            Some(layout::GENERATOR) if self.gen_kind(v) == gen_kind::GENERATOR => Ok(v),
            _ => {
                let m = self.lookup_special(v, "__iter__")?;
                if let Some(m) = m {
                    if m != Value::NONE {
                        let it = self.call_descriptor_method(m, v, &[])?;
                        if self.lookup_special(it, "__next__")?.is_none()
                            && !self.is_native_iterator(it)
                        {
                            let msg = format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name_of(it)
                            );
                            return Err(self.type_error(&msg));
                        }
                        return Ok(it);
                    }
                }
                if let Some(inner) = self.builtin_base(v) {
                    return self.get_iter(inner);
                }
                // `__iter__ = None` blocks the `__getitem__` fallback.
                if m.is_none() && self.lookup_special(v, "__getitem__")?.is_some() {
                    return self.new_seq_iter(v);
                }
                let msg = format!("'{}' object is not iterable", self.type_name_of(v));
                Err(self.type_error(&msg))
            }
        }
    }

    pub(crate) fn is_native_iterator(&self, v: Value) -> bool {
        match self.layout_of(v) {
            Some(layout::SEQ_ITER | layout::DICT_ITER | layout::SET_ITER | layout::NATIVE_ITER) => {
                true
            }
            Some(layout::GENERATOR) => self.gen_kind(v) == gen_kind::GENERATOR,
            _ => false,
        }
    }

    /// `next(it)` without a default: the exhausted iterator's own
    /// StopIteration propagates (a generator's carries its return value).
    pub fn next_or_raise(&mut self, it: Value) -> PyResult<Value> {
        if self.is_gen_kind(it, gen_kind::GENERATOR) {
            let r = self.resume(it, Value::NONE, None)?;
            return self.stop_with(r);
        }
        if !self.is_native_iterator(it) {
            if let Some(m) = self.lookup_special(it, "__next__")? {
                return self.call_descriptor_method(m, it, &[]);
            }
        }
        match self.next(it)? {
            Some(v) => Ok(v),
            None => Err(self.raise_args(TypeId::StopIteration, &[])),
        }
    }

    /// The value a generator yielded, or its return as StopIteration.
    pub fn stop_with(&mut self, r: Resumed) -> PyResult<Value> {
        match r {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(v) => {
                let args: &[Value] = if v == Value::NONE { &[] } else { &[v] };
                Err(self.raise_args(TypeId::StopIteration, args))
            }
        }
    }

    /// `next(it)`; `None` when the iterator is exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(obj) = it.as_obj() else {
            return Err(self.not_an_iterator(it));
        };
        match self.heap.layout_of(obj) {
            layout::SEQ_ITER => self.next_seq(it),
            // A StopIteration out of the function a map or filter calls
            // ends the iteration, as an iterator's own would.
            layout::NATIVE_ITER => match self.next_native(it) {
                Err(_) if self.exception_matches(TypeId::StopIteration) => {
                    self.take_exception();
                    Ok(None)
                }
                step => step,
            },
            layout::DICT_ITER => crate::builtins::dict::iter_next(self, it),
            layout::SET_ITER => crate::builtins::set::iter_next(self, it),
            layout::GENERATOR if self.gen_kind(it) == gen_kind::GENERATOR => {
                match self.resume(it, Value::NONE, None)? {
                    Resumed::Yielded(v) => Ok(Some(v)),
                    Resumed::Returned(_) => Ok(None),
                }
            }
            layout::GENERATOR => Err(self.not_an_iterator(it)),
            _ => {
                let Some(m) = self.lookup_special(it, "__next__")? else {
                    return Err(self.not_an_iterator(it));
                };
                match self.call_descriptor_method(m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(_) if self.exception_matches(TypeId::StopIteration) => {
                        self.take_exception();
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    #[cold]
    fn not_an_iterator(&mut self, v: Value) -> super::Raised {
        let msg = format!("'{}' object is not an iterator", self.type_name_of(v));
        self.type_error(&msg)
    }

    /// The character at `index` of the str `seq` for the iterator `it`; for
    /// a non-ASCII str, found from the byte offset the iterator keeps (which
    /// only this path advances). `None` past the end.
    fn next_char(&mut self, it: ObjRef, seq: Value, index: usize) -> PyResult<Option<Value>> {
        let s = seq.as_obj().expect("a str");
        if index >= objects::str::char_len(&self.heap, s) {
            return Ok(None);
        }
        let known = self.heap.field(it, field::SEQ_ITER::offset).as_small_int();
        let offset = match known {
            _ if objects::str::is_ascii(&self.heap, s) => index,
            Some(offset) => offset as usize,
            None => objects::str::byte_offset(&self.heap, s, index),
        };
        let bytes = &objects::str::bytes(&self.heap, s)[offset..];
        let width = objects::str::utf8_width(bytes[0]);
        let c = std::str::from_utf8(&bytes[..width])
            .expect("a str holds UTF-8")
            .chars()
            .next()
            .expect("one character");
        let after = Value::small_int_const((offset + width) as i64);
        self.heap.set_field(it, field::SEQ_ITER::offset, after);
        if c.is_ascii() {
            return self.ascii_char(c as u8).map(Some);
        }
        self.new_str(c.encode_utf8(&mut [0; 4])).map(Some)
    }

    fn next_seq(&mut self, mut it: Value) -> PyResult<Option<Value>> {
        if let Some(step) = self.sequence_next(it) {
            return Ok(step);
        }
        let obj = it.as_obj().expect("an iterator");
        let seq = self.heap.field(obj, field::SEQ_ITER::seq);
        if seq.is_empty() {
            return Ok(None);
        }
        let index = self
            .heap
            .field(obj, field::SEQ_ITER::index)
            .small_int_unchecked() as usize;
        let item = match self.layout_of(seq) {
            Some(layout::STR) => self.next_char(obj, seq, index)?,
            Some(layout::BYTES | layout::BYTEARRAY) => {
                let bytes = crate::builtins::bytes::bytes_of(self, seq);
                bytes.get(index).map(|&b| Value::small_int_const(b as i64))
            }
            _ => {
                let i = Value::small_int_const(index as i64);
                let base = self.stack.len();
                self.stack.push(it);
                let item = self.getitem(seq, i);
                it = self.stack[base];
                self.stack.truncate(base);
                match item {
                    Ok(v) => Some(v),
                    Err(_)
                        if self.exception_matches(TypeId::IndexError)
                            || self.exception_matches(TypeId::StopIteration) =>
                    {
                        self.take_exception();
                        None
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        let obj = it.as_obj().expect("an iterator");
        match item {
            Some(v) => {
                self.heap.set_field(
                    obj,
                    field::SEQ_ITER::index,
                    Value::small_int_const(index as i64 + 1),
                );
                Ok(Some(v))
            }
            None => {
                self.heap.set_field(obj, field::SEQ_ITER::seq, Value::EMPTY);
                Ok(None)
            }
        }
    }

    /// `it.__length_hint__()` of the builtin iterators that have one (CPython's
    /// rules): what is left to produce, 0 once exhausted or invalidated, or
    /// NotImplemented for a sequence iterator over an object without `len`.
    pub fn iterator_length_hint(&mut self, it: Value) -> PyResult<Value> {
        let o = it.as_obj().expect("an iterator");
        let left = |seq_len: usize, position: i64| seq_len as i64 - position;
        let remaining = match self.heap.layout_of(o) {
            layout::SEQ_ITER => {
                let seq = self.heap.field(o, field::SEQ_ITER::seq);
                if seq.is_empty() {
                    0
                } else {
                    let index = self
                        .heap
                        .field(o, field::SEQ_ITER::index)
                        .small_int_unchecked();
                    if crate::builtins::builtin_len(self, seq)?.is_none()
                        && self.builtin_base(seq).is_none()
                        && self.lookup_special(seq, "__len__")?.is_none()
                    {
                        return Ok(Value::NOT_IMPLEMENTED);
                    }
                    let seq = self
                        .heap
                        .field(it.as_obj().expect("an iterator"), field::SEQ_ITER::seq);
                    left(self.len(seq)?, index)
                }
            }
            layout::SET_ITER => {
                let set = self.heap.field(o, field::SET_ITER::set);
                let expected = self
                    .heap
                    .field(o, field::SET_ITER::len)
                    .small_int_unchecked();
                match set.as_obj() {
                    Some(s) if objects::set::len(&self.heap, s) as i64 == expected => {
                        let from = self
                            .heap
                            .field(o, field::SET_ITER::index)
                            .small_int_unchecked();
                        (from as usize..objects::set::slots(&self.heap, s))
                            .filter(|&i| objects::set::slot(&self.heap, s, i).is_some())
                            .count() as i64
                    }
                    _ => 0,
                }
            }
            layout::DICT_ITER => {
                let dict = self.heap.field(o, field::DICT_ITER::dict);
                let expected = self
                    .heap
                    .field(o, field::DICT_ITER::len)
                    .small_int_unchecked();
                match dict.as_obj() {
                    Some(d) if objects::dict::len(&self.heap, d) as i64 == expected => {
                        let from = self
                            .heap
                            .field(o, field::DICT_ITER::index)
                            .small_int_unchecked();
                        (from as usize..objects::dict::used(&self.heap, d))
                            .filter(|&i| objects::dict::entry(&self.heap, d, i).is_some())
                            .count() as i64
                    }
                    _ => 0,
                }
            }
            layout::NATIVE_ITER => match self.heap.raw(o, field::NATIVE_ITER::kind) {
                kind::RANGE => return crate::builtins::range::iter_length_hint(self, it),
                kind::REVERSED | kind::LIST_REVERSED => {
                    let seq = self.native_state(it, 0);
                    let position = self.native_state(it, 1).small_int_unchecked() + 1;
                    if seq.is_empty() || position <= 0 || self.len(seq)? < position as usize {
                        0
                    } else {
                        position
                    }
                }
                _ => return Ok(Value::NOT_IMPLEMENTED),
            },
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        Ok(Value::small_int_const(remaining.max(0)))
    }

    pub(crate) fn native_state(&self, it: Value, i: usize) -> Value {
        self.heap.field(
            it.as_obj().expect("an iterator"),
            field::NATIVE_ITER::state + i,
        )
    }

    pub(crate) fn set_native_state(&mut self, it: Value, i: usize, v: Value) {
        self.heap.set_field(
            it.as_obj().expect("an iterator"),
            field::NATIVE_ITER::state + i,
            v,
        );
    }

    /// One step of a native iterator. The iterator stays rooted on the VM
    /// stack while the step runs Python code (inner iterators, functions).
    fn next_native(&mut self, it: Value) -> PyResult<Option<Value>> {
        let slot = self.stack.len();
        self.stack.push(it);
        let r = self.next_native_at(slot);
        self.stack.truncate(slot);
        r
    }

    fn next_native_at(&mut self, slot: usize) -> PyResult<Option<Value>> {
        let it = self.stack[slot];
        let obj = it.as_obj().expect("an iterator");
        let k = self.heap.raw(obj, field::NATIVE_ITER::kind);
        let nstate = self.heap.field_count(obj) - field::NATIVE_ITER::COUNT;
        match k {
            kind::RANGE => crate::builtins::range::iter_next(self, it),
            kind::ENUMERATE => {
                let inner = self.native_state(self.stack[slot], 0);
                let Some(v) = self.next(inner)? else {
                    return Ok(None);
                };
                let count = self.native_state(self.stack[slot], 1);
                let next = self.binary_op(
                    count,
                    Value::small_int_const(1),
                    crate::bytecode::BinaryOperator::Add,
                );
                let pair = self.new_tuple(&[count, v])?;
                self.set_native_state(self.stack[slot], 1, next?);
                Ok(Some(pair))
            }
            kind::ZIP | kind::ZIP_STRICT => {
                let base = self.stack.len();
                for i in 0..nstate {
                    let inner = self.native_state(self.stack[slot], i);
                    match self.next(inner) {
                        Ok(Some(v)) => self.stack.push(v),
                        Ok(None) => {
                            self.stack.truncate(base);
                            if k == kind::ZIP_STRICT {
                                return self.zip_strict_error(slot, i, nstate);
                            }
                            return Ok(None);
                        }
                        Err(e) => {
                            self.stack.truncate(base);
                            return Err(e);
                        }
                    }
                }
                if nstate == 0 {
                    return Ok(None);
                }
                let t = self.alloc(layout::TUPLE, nstate);
                let t = t.inspect(|&t| self.heap.set_fields(t, 0, &self.stack[base..]));
                self.stack.truncate(base);
                Ok(Some(t?.value()))
            }
            kind::MAP => {
                let base = self.stack.len();
                for i in 1..nstate {
                    let inner = self.native_state(self.stack[slot], i);
                    match self.next(inner) {
                        Ok(Some(v)) => self.stack.push(v),
                        Ok(None) => {
                            self.stack.truncate(base);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.stack.truncate(base);
                            return Err(e);
                        }
                    }
                }
                let args: Vec<Value> = self.stack[base..].to_vec();
                self.stack.truncate(base);
                let func = self.native_state(self.stack[slot], 0);
                self.call(func, &args).map(Some)
            }
            kind::FILTER => loop {
                let inner = self.native_state(self.stack[slot], 1);
                let Some(v) = self.next(inner)? else {
                    return Ok(None);
                };
                let func = self.native_state(self.stack[slot], 0);
                let keep = if func == Value::NONE {
                    // `__bool__` may collect: the item is rooted across it.
                    let base = self.stack.len();
                    self.stack.push(v);
                    let t = self.truthy(v);
                    let v = self.stack[base];
                    self.stack.truncate(base);
                    if t? {
                        return Ok(Some(v));
                    }
                    false
                } else {
                    let base = self.stack.len();
                    self.stack.push(v);
                    let r = self.call(func, &[v]);
                    let v2 = self.stack[base];
                    self.stack.truncate(base);
                    let r = r?;
                    let t = self.truthy(r)?;
                    if t {
                        return Ok(Some(v2));
                    }
                    false
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            kind::REVERSED | kind::LIST_REVERSED => {
                let seq = self.native_state(self.stack[slot], 0);
                let index = self.native_state(self.stack[slot], 1).small_int_unchecked();
                if index < 0 || seq.is_empty() {
                    return Ok(None);
                }
                self.set_native_state(self.stack[slot], 1, Value::small_int_const(index - 1));
                let v = self.getitem(seq, Value::small_int_const(index));
                match v {
                    Ok(v) => Ok(Some(v)),
                    Err(_) if self.exception_matches(TypeId::IndexError) => {
                        self.take_exception();
                        self.set_native_state(self.stack[slot], 0, Value::EMPTY);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            kind::ASYNC_GEN_ASEND
            | kind::ASYNC_GEN_ATHROW
            | kind::COROUTINE_WRAPPER
            | kind::ANEXT_DEFAULT => match self.awaitable_step(it, Value::NONE, None)? {
                Resumed::Yielded(v) => Ok(Some(v)),
                Resumed::Returned(v) if v == Value::NONE => Ok(None),
                Resumed::Returned(v) => Err(self.raise_args(TypeId::StopIteration, &[v])),
            },
            _ => {
                let callable = self.native_state(self.stack[slot], 0);
                if callable.is_empty() {
                    return Ok(None);
                }
                let v = match self.call(callable, &[]) {
                    Ok(v) => v,
                    // A callable raising StopIteration ends the iteration.
                    Err(_) if self.exception_matches(TypeId::StopIteration) => {
                        self.take_exception();
                        self.set_native_state(self.stack[slot], 0, Value::EMPTY);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                let sentinel = self.native_state(self.stack[slot], 1);
                // Comparing may run Python code: keep the value rooted.
                self.stack.push(v);
                let same = self.eq(sentinel, v);
                let v = self.stack.pop().expect("the value");
                if same? {
                    self.set_native_state(self.stack[slot], 0, Value::EMPTY);
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    #[cold]
    fn zip_strict_error(
        &mut self,
        slot: usize,
        failed: usize,
        n: usize,
    ) -> PyResult<Option<Value>> {
        if failed > 0 {
            let msg = if failed == 1 {
                "zip() argument 2 is shorter than argument 1".to_string()
            } else {
                format!(
                    "zip() argument {} is shorter than arguments 1-{}",
                    failed + 1,
                    failed
                )
            };
            return Err(self.value_error(&msg));
        }
        for i in 1..n {
            let inner = self.native_state(self.stack[slot], i);
            if self.next(inner)?.is_some() {
                let msg = if i == 1 {
                    "zip() argument 2 is longer than argument 1".to_string()
                } else {
                    format!("zip() argument {} is longer than arguments 1-{}", i + 1, i)
                };
                return Err(self.value_error(&msg));
            }
        }
        Ok(None)
    }

    /// Calls `f` with each item of iterator `it` until `f` returns false or
    /// the items run out. A generator's frame stays on the VM stack between
    /// items (it is *parked*), so no item copies the frame out and back in
    /// as `next` does. `f` must leave the VM stack as it found it.
    pub fn for_each_item(
        &mut self,
        it: Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let state = match self.obj_of(it, layout::GENERATOR) {
            Some(g) => self.heap.raw(g, field::GENERATOR::state),
            None => gen_state::FINISHED,
        };
        if !matches!(state, gen_state::CREATED | gen_state::SUSPENDED) {
            let base = self.stack.len();
            self.stack.push(it);
            let result = loop {
                let it = self.stack[base];
                match self.next(it) {
                    Ok(Some(v)) => match f(self, v) {
                        Ok(true) => {}
                        Ok(false) => break Ok(()),
                        Err(e) => break Err(e),
                    },
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            };
            self.stack.truncate(base);
            return result;
        }
        let sent = (state == gen_state::SUSPENDED).then_some(Value::NONE);
        self.push_generator_frame(it, sent)?;
        self.frames.last_mut().expect("pushed").exit = FrameExit::Parked;
        let frames = self.frames.len();
        loop {
            // An exception or a return pops the frame on the way out.
            let item = self.run_nested()?;
            if !self.last_run_yielded {
                return Ok(());
            }
            let depth = self.stack.len();
            let go_on = f(self, item);
            debug_assert_eq!((self.stack.len(), self.frames.len()), (depth, frames));
            match go_on {
                Ok(true) => self.resume_parked(),
                Ok(false) => {
                    self.unpark();
                    return Ok(());
                }
                Err(e) => {
                    self.unpark();
                    return Err(e);
                }
            }
        }
    }

    /// `YIELD_VALUE` in a parked frame (pc already stored): makes sure the
    /// generator's frame array can take the frame, so that `unpark` cannot
    /// fail, and hands the exception state back to the consumer.
    pub(crate) fn park_generator_frame(&mut self) -> PyResult<()> {
        let frame = self.frames.last().expect("a generator frame");
        let (g, len) = (frame.generator, self.stack.len() - frame.base);
        let gobj = g.as_obj().expect("a generator");
        let saved = self.heap.field(gobj, field::GENERATOR::frame);
        if self.heap.field_count(saved.as_obj().expect("an array")) < len {
            let bigger = self.alloc(layout::ARRAY, len + 4)?;
            let g = self.frames.last().expect("a generator frame").generator;
            self.heap.set_field(
                g.as_obj().expect("a generator"),
                field::GENERATOR::frame,
                bigger.value(),
            );
        }
        let g = self.frames.last().expect("a generator frame").generator;
        self.set_gen_state(g, gen_state::PARKED);
        self.swap_exc_state(g);
        Ok(())
    }

    /// Continues the parked generator frame on top: its `yield` gives None.
    fn resume_parked(&mut self) {
        let g = self.frames.last().expect("a parked frame").generator;
        self.set_gen_state(g, gen_state::RUNNING);
        self.swap_exc_state(g);
        self.stack.push(Value::NONE);
    }

    /// Saves the parked generator frame on top into its generator, which
    /// becomes an ordinary suspended one, and pops the frame.
    fn unpark(&mut self) {
        let frame = self.frames.pop().expect("a parked frame");
        let gobj = frame.generator.as_obj().expect("a generator");
        let saved = self
            .heap
            .field(gobj, field::GENERATOR::frame)
            .as_obj()
            .expect("an array");
        let len = self.stack.len() - frame.base;
        self.heap.set_fields(saved, 0, &self.stack[frame.base..]);
        let h = &mut self.heap;
        h.set_raw(gobj, field::GENERATOR::stack_len, len as u64);
        h.set_raw(gobj, field::GENERATOR::pc, frame.pc as u64);
        h.set_raw(gobj, field::GENERATOR::state, gen_state::SUSPENDED);
        self.stack.truncate(frame.base);
    }

    // ----- generators -------------------------------------------------------------

    /// Turns the frame just pushed for a generator function into a new,
    /// not yet started generator, and pops the frame.
    pub fn suspend_new_generator(&mut self) -> PyResult<Value> {
        let frame = self.frames.pop().expect("a generator frame");
        let slots: Vec<Value> = self.stack[frame.base..].to_vec();
        self.stack.truncate(frame.base);
        let saved = self.alloc(layout::ARRAY, slots.len())?;
        self.heap.set_fields(saved, 0, &slots);
        let fobj = frame.function.as_obj().expect("a function");
        let name = self.heap.field(fobj, field::FUNCTION::name);
        let qualname = self.heap.field(fobj, field::FUNCTION::qualname);
        let g = self.alloc(layout::GENERATOR, field::GENERATOR::COUNT)?;
        let h = &mut self.heap;
        h.set_raw(g, field::GENERATOR::pc, 0);
        h.set_raw(g, field::GENERATOR::stack_len, slots.len() as u64);
        h.set_raw(g, field::GENERATOR::state, gen_state::CREATED);
        h.set_raw(
            g,
            field::GENERATOR::kind,
            super::coro::kind_for_flags(frame.code.flags),
        );
        h.set_field(g, field::GENERATOR::function, frame.function);
        h.set_field(g, field::GENERATOR::frame, saved.value());
        h.set_field(g, field::GENERATOR::name, name);
        h.set_field(g, field::GENERATOR::qualname, qualname);
        h.set_field(g, field::GENERATOR::exc_state, Value::NONE);
        Ok(g.value())
    }

    pub fn gen_state(&self, g: Value) -> u64 {
        self.heap
            .raw(g.as_obj().expect("a generator"), field::GENERATOR::state)
    }

    fn set_gen_state(&mut self, g: Value, state: u64) {
        self.heap.set_raw(
            g.as_obj().expect("a generator"),
            field::GENERATOR::state,
            state,
        );
    }

    /// Resumes generator `g`, sending `sent`, or throwing `throw` into it.
    pub fn resume(&mut self, g: Value, sent: Value, throw: Option<Value>) -> PyResult<Resumed> {
        match self.gen_state(g) {
            gen_state::RUNNING | gen_state::PARKED => {
                let msg = format!("{} already executing", self.gen_kind_name(g));
                return Err(self.value_error(&msg));
            }
            gen_state::FINISHED => {
                return match throw {
                    Some(exc) => Err(self.raise(exc)),
                    None if self.gen_kind(g) == gen_kind::COROUTINE => Err(self.raise_msg(
                        TypeId::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    )),
                    None => Ok(Resumed::Returned(Value::NONE)),
                }
            }
            gen_state::CREATED => {
                if let Some(exc) = throw {
                    self.finish_generator(g);
                    return Err(self.raise(exc));
                }
                if sent != Value::NONE {
                    let msg = format!(
                        "can't send non-None value to a just-started {}",
                        self.gen_kind_name(g)
                    );
                    return Err(self.type_error(&msg));
                }
                self.push_generator_frame(g, None)?;
                return self.run_generator(false);
            }
            _ => {}
        }
        match throw {
            Some(exc) => {
                if let Some(r) = self.throw_into_delegate(g, exc)? {
                    return Ok(r);
                }
                self.throw_at_yield(g, exc)
            }
            None => {
                self.push_generator_frame(g, Some(sent))?;
                self.run_generator(false)
            }
        }
    }

    /// Pushes the suspended frame of `g` back onto the VM stack, with
    /// `sent` as the result of the `yield` it stopped at.
    pub(crate) fn push_generator_frame(&mut self, g: Value, sent: Option<Value>) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.raise_msg(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let gobj = g.as_obj().expect("a generator");
        let function = self.heap.field(gobj, field::GENERATOR::function);
        let saved = self.heap.field(gobj, field::GENERATOR::frame);
        let len = self.heap.raw(gobj, field::GENERATOR::stack_len) as usize;
        let pc = self.heap.raw(gobj, field::GENERATOR::pc) as usize;
        let fobj = function.as_obj().expect("a function");
        let code_obj = self.heap.field(fobj, field::FUNCTION::code);
        let globals = self.heap.field(fobj, field::FUNCTION::globals);
        let base = self.stack.len();
        let slots = &self.heap.fields(saved.as_obj().expect("an array"))[..len];
        self.stack.extend_from_slice(slots);
        if let Some(v) = sent {
            self.stack.push(v);
        }
        let code = self.code_of(code_obj);
        self.frames.push(Frame {
            code,
            code_obj,
            function,
            globals,
            locals: Value::EMPTY,
            instance: Value::EMPTY,
            generator: g,
            base,
            return_to: base,
            pc,
            exit: FrameExit::ToNative,
        });
        self.set_gen_state(g, gen_state::RUNNING);
        self.swap_exc_state(g);
        Ok(())
    }

    /// Exchanges `g`'s exception state with the handled exception: on
    /// resuming, the generator's own state becomes current and its field
    /// keeps its resumer's; on leaving, the reverse.
    fn swap_exc_state(&mut self, g: Value) {
        let gobj = g.as_obj().expect("a generator");
        let stored = self.heap.field(gobj, field::GENERATOR::exc_state);
        self.heap
            .set_field(gobj, field::GENERATOR::exc_state, self.handled);
        self.handled = stored;
    }

    /// The exception being handled (`sys.exc_info()`, bare `raise`,
    /// `__context__`): the innermost one, looking through generators that
    /// handle none to the frames that resumed them.
    pub fn handled_exception(&self) -> Value {
        if self.is_exception_instance(self.handled) {
            return self.handled;
        }
        for frame in self.frames.iter().rev() {
            if let Some(g) = frame.generator.as_obj() {
                // A parked frame holds its own state there, not its resumer's.
                if self.heap.raw(g, field::GENERATOR::state) == gen_state::PARKED {
                    continue;
                }
                let outer = self.heap.field(g, field::GENERATOR::exc_state);
                if self.is_exception_instance(outer) {
                    return outer;
                }
            }
        }
        Value::NONE
    }

    /// Runs the generator frame just pushed until it yields or ends; with
    /// `raising`, the pending exception is raised at its current pc first.
    fn run_generator(&mut self, raising: bool) -> PyResult<Resumed> {
        let value = if raising {
            self.run_raising()?
        } else {
            self.run_nested()?
        };
        Ok(if self.last_run_yielded {
            Resumed::Yielded(value)
        } else {
            Resumed::Returned(value)
        })
    }

    /// Raises `exc` inside `g` at the `yield` it is suspended at.
    fn throw_at_yield(&mut self, g: Value, exc: Value) -> PyResult<Resumed> {
        self.push_generator_frame(g, None)?;
        let frame = self.frames.last_mut().expect("pushed");
        frame.pc = frame.pc.saturating_sub(1);
        // Raised as if at the yield: its context is what the generator
        // was handling there.
        let _ = self.raise(exc);
        self.run_generator(true)
    }

    /// For a generator suspended in `yield from`, throws into the delegate
    /// first. `Some` when that settles the throw; `None` when the exception
    /// is to be raised in `g` itself.
    fn throw_into_delegate(&mut self, g: Value, exc: Value) -> PyResult<Option<Resumed>> {
        let gobj = g.as_obj().expect("a generator");
        let pc = self.heap.raw(gobj, field::GENERATOR::pc) as usize;
        let function = self.heap.field(gobj, field::GENERATOR::function);
        let code_obj = self.heap.field(
            function.as_obj().expect("a function"),
            field::FUNCTION::code,
        );
        let code = self.code_of(code_obj);
        if pc < 2 || code.instruction(pc - 1) != Some((Opcode::YIELD_VALUE, 1)) {
            return Ok(None);
        }
        let Some((Opcode::SEND, target)) = code.instruction(pc - 2) else {
            return Ok(None);
        };
        let len = self.heap.raw(gobj, field::GENERATOR::stack_len) as usize;
        let saved = self
            .heap
            .field(gobj, field::GENERATOR::frame)
            .as_obj()
            .expect("an array");
        let receiver = self.heap.field(saved, len - 1);
        let is_exit = self.isinstance_id(exc, TypeId::GeneratorExit);
        let base = self.stack.len();
        self.stack.extend_from_slice(&[g, exc, receiver]);
        let outcome = if is_exit {
            self.close_delegate(receiver).map(|()| None)
        } else if self.is_layout(receiver, layout::GENERATOR) {
            self.resume(receiver, Value::NONE, Some(exc)).map(Some)
        } else {
            let name = self.intern_static("throw")?;
            match self.getattr_opt(receiver, name)? {
                Some(throw) => self.call(throw, &[exc]).map(|v| Some(Resumed::Yielded(v))),
                None => Ok(None),
            }
        };
        let (g, exc) = (self.stack[base], self.stack[base + 1]);
        self.stack.truncate(base);
        let returned = match outcome {
            Ok(Some(Resumed::Yielded(v))) => return Ok(Some(Resumed::Yielded(v))),
            Ok(Some(Resumed::Returned(r))) => r,
            Ok(None) => return self.throw_at_yield(g, exc).map(Some),
            Err(_) if self.exception_matches(TypeId::StopIteration) && !is_exit => {
                let stop = self.take_exception();
                let args = self.exception_field(stop, field::EXCEPTION::args);
                self.tuple_items(args)
                    .first()
                    .copied()
                    .unwrap_or(Value::NONE)
            }
            Err(_) => {
                let raised = self.take_exception();
                return self.throw_at_yield(g, raised).map(Some);
            }
        };
        // The delegate finished: go on after the `yield from` with its
        // result in place of the receiver, as the SEND would have.
        let gobj = g.as_obj().expect("a generator");
        self.heap.set_raw(gobj, field::GENERATOR::pc, target as u64);
        self.heap
            .set_raw(gobj, field::GENERATOR::stack_len, len as u64 - 1);
        self.push_generator_frame(g, Some(returned))?;
        self.run_generator(false).map(Some)
    }

    fn close_delegate(&mut self, receiver: Value) -> PyResult<()> {
        if self.is_layout(receiver, layout::GENERATOR) {
            return self.gen_close(receiver);
        }
        let name = self.intern_static("close")?;
        if let Some(close) = self.getattr_opt(receiver, name)? {
            self.call(close, &[])?;
        }
        Ok(())
    }

    /// `generator.close()`.
    pub fn gen_close(&mut self, g: Value) -> PyResult<()> {
        match self.gen_state(g) {
            gen_state::CREATED | gen_state::FINISHED => {
                self.set_gen_state(g, gen_state::FINISHED);
                return Ok(());
            }
            _ => {}
        }
        let exit = self.new_exception(self.ty(TypeId::GeneratorExit), &[])?;
        match self.resume(g, Value::NONE, Some(exit)) {
            Ok(Resumed::Yielded(_)) => {
                Err(self.raise_msg(TypeId::RuntimeError, "generator ignored GeneratorExit"))
            }
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(_)
                if self.exception_matches(TypeId::GeneratorExit)
                    || self.exception_matches(TypeId::StopIteration) =>
            {
                self.take_exception();
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Saves the running generator frame on `YIELD_VALUE` (the yielded
    /// value already popped) and pops it.
    pub fn save_generator_frame(&mut self, next_pc: usize) -> PyResult<()> {
        let frame = self.frames.last().expect("a generator frame");
        let g = frame.generator;
        let base = frame.base;
        let len = self.stack.len() - base;
        let gobj = g.as_obj().expect("a generator");
        let mut saved = self
            .heap
            .field(gobj, field::GENERATOR::frame)
            .as_obj()
            .expect("an array");
        if self.heap.field_count(saved) < len {
            saved = self.alloc(layout::ARRAY, len + 4)?;
            let gobj = g.as_obj().expect("a generator");
            self.heap
                .set_field(gobj, field::GENERATOR::frame, saved.value());
        }
        self.heap.set_fields(saved, 0, &self.stack[base..]);
        let gobj = g.as_obj().expect("a generator");
        self.heap
            .set_raw(gobj, field::GENERATOR::stack_len, len as u64);
        self.heap
            .set_raw(gobj, field::GENERATOR::pc, next_pc as u64);
        self.heap
            .set_raw(gobj, field::GENERATOR::state, gen_state::SUSPENDED);
        self.swap_exc_state(g);
        self.stack.truncate(base);
        self.frames.pop();
        Ok(())
    }

    /// Marks a generator whose frame ended (by return or exception) finished.
    pub fn finish_generator(&mut self, g: Value) {
        if self.gen_state(g) == gen_state::RUNNING {
            self.swap_exc_state(g);
        }
        let gobj = g.as_obj().expect("a generator");
        self.heap
            .set_raw(gobj, field::GENERATOR::state, gen_state::FINISHED);
        self.heap
            .set_field(gobj, field::GENERATOR::frame, Value::EMPTY);
        self.heap.set_raw(gobj, field::GENERATOR::stack_len, 0);
        self.heap
            .set_field(gobj, field::GENERATOR::exc_state, Value::NONE);
    }
}
