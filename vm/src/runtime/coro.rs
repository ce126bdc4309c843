//! Coroutines, async generators and the awaitables that drive them.
//!
//! An `async def` compiles to a code object flagged GENERATOR plus
//! COROUTINE (or ASYNC_GENERATOR when its body yields), so calling it makes
//! a GENERATOR object run by the generator machinery; `GENERATOR.kind`
//! says which of the three it is, for its type and its protocol. `await x`
//! is `yield from` over `x`'s awaitable iterator (`GET_AWAITABLE`).
//!
//! An async generator yields two kinds of values through the same frame:
//! the values of its `yield` expressions, and the values its `await`s pass
//! up from the awaited object to whoever drives the outermost coroutine.
//! The second kind are always yielded by the delegating `YIELD_VALUE 1`
//! of an `await`, so the instruction the generator stopped after tells
//! them apart (CPython wraps the first kind instead). The awaitables
//! returned by `__anext__`/`asend`/`athrow`/`aclose` resume the generator
//! and turn a `yield` into `StopIteration(value)` for their awaiter, pass
//! `await` values through, and turn the generator's end into
//! `StopAsyncIteration`.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use super::iter::{gen_state, kind, Resumed};
use super::types::TypeId;
use super::{PyResult, Vm};
use crate::bytecode::Opcode;
use crate::code::code_flags;

/// `GENERATOR.kind` values.
pub mod gen_kind {
    pub const GENERATOR: u64 = 0;
    pub const COROUTINE: u64 = 1;
    pub const ASYNC_GENERATOR: u64 = 2;
}

/// The state of an `asend`/`athrow` awaitable (its third state value).
mod awaitable_state {
    pub const INIT: i64 = 0;
    pub const ITERATING: i64 = 1;
    pub const CLOSED: i64 = 2;
}

/// The kind of generator object a code object's flags make.
pub fn kind_for_flags(flags: u32) -> u64 {
    if flags & code_flags::COROUTINE != 0 {
        gen_kind::COROUTINE
    } else if flags & code_flags::ASYNC_GENERATOR != 0 {
        gen_kind::ASYNC_GENERATOR
    } else {
        gen_kind::GENERATOR
    }
}

impl Vm {
    /// The kind of a GENERATOR object.
    pub fn gen_kind(&self, g: Value) -> u64 {
        self.heap
            .raw(g.as_obj().expect("a generator"), field::GENERATOR::kind)
    }

    /// Whether `v` is a generator object of kind `k`.
    pub fn is_gen_kind(&self, v: Value, k: u64) -> bool {
        self.is_layout(v, layout::GENERATOR) && self.gen_kind(v) == k
    }

    /// "generator", "coroutine" or "async generator", for messages.
    pub fn gen_kind_name(&self, g: Value) -> &'static str {
        match self.gen_kind(g) {
            gen_kind::COROUTINE => "coroutine",
            gen_kind::ASYNC_GENERATOR => "async generator",
            _ => "generator",
        }
    }

    /// `GET_AWAITABLE`: the iterator that `await x` delegates to.
    pub fn get_awaitable(&mut self, x: Value, context: u32) -> PyResult<Value> {
        if self.is_gen_kind(x, gen_kind::COROUTINE) {
            return Ok(x);
        }
        let Some(method) = self.lookup_special(x, "__await__")? else {
            let name = self.type_name_of(x);
            let msg = match context {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                ),
                _ => format!("object {name} can't be used in 'await' expression"),
            };
            return Err(self.type_error(&msg));
        };
        let it = self.call_descriptor_method(method, x, &[])?;
        if self.is_gen_kind(it, gen_kind::COROUTINE) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(it)? {
            let msg = format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name_of(it)
            );
            return Err(self.type_error(&msg));
        }
        Ok(it)
    }

    /// Whether `v` has a `__next__` (natively or in its class).
    fn is_iterator(&mut self, v: Value) -> PyResult<bool> {
        if self.is_native_iterator(v) {
            return Ok(true);
        }
        Ok(self.lookup_special(v, "__next__")?.is_some())
    }

    /// `GET_AITER`: `x.__aiter__()`, checked to have `__anext__`.
    pub fn get_aiter(&mut self, x: Value) -> PyResult<Value> {
        if self.is_gen_kind(x, gen_kind::ASYNC_GENERATOR) {
            return Ok(x);
        }
        let Some(method) = self.lookup_special(x, "__aiter__")? else {
            let msg = format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name_of(x)
            );
            return Err(self.type_error(&msg));
        };
        let it = self.call_descriptor_method(method, x, &[])?;
        if !self.is_gen_kind(it, gen_kind::ASYNC_GENERATOR)
            && self.lookup_special(it, "__anext__")?.is_none()
        {
            let msg = format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name_of(it)
            );
            return Err(self.type_error(&msg));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable iterator of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        if self.is_gen_kind(aiter, gen_kind::ASYNC_GENERATOR) {
            return self.new_asend(aiter, Value::NONE);
        }
        let Some(method) = self.lookup_special(aiter, "__anext__")? else {
            let msg = format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name_of(aiter)
            );
            return Err(self.type_error(&msg));
        };
        let awaitable = self.call_descriptor_method(method, aiter, &[])?;
        match self.get_awaitable(awaitable, 0) {
            Ok(it) => Ok(it),
            Err(_) if self.exception_matches(TypeId::TypeError) => {
                self.take_exception();
                let msg = format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name_of(awaitable)
                );
                Err(self.type_error(&msg))
            }
            Err(e) => Err(e),
        }
    }

    /// `BEFORE_ASYNC_WITH`: the bound `__aexit__` and `__aenter__()`.
    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let Some(enter) = self.lookup_special(mgr, "__aenter__")? else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name_of(mgr)
            );
            return Err(self.type_error(&msg));
        };
        let Some(exit) = self.lookup_special(mgr, "__aexit__")? else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                self.type_name_of(mgr)
            );
            return Err(self.type_error(&msg));
        };
        self.rooted(&[mgr, enter, exit], |vm, base| {
            let exit = vm.call_bind(vm.stack[base + 2], vm.stack[base])?;
            vm.stack.push(exit);
            let entered = vm.call_descriptor_method(vm.stack[base + 1], vm.stack[base], &[])?;
            Ok((vm.stack[base + 3], entered))
        })
    }

    /// Whether the suspended generator `g` stopped at the delegating yield
    /// of an `await` (or `yield from`), not at a `yield` of its own.
    fn suspended_in_await(&self, g: Value) -> bool {
        let gobj = g.as_obj().expect("a generator");
        if self.heap.raw(gobj, field::GENERATOR::state) != gen_state::SUSPENDED {
            return false;
        }
        let pc = self.heap.raw(gobj, field::GENERATOR::pc) as usize;
        let function = self.heap.field(gobj, field::GENERATOR::function);
        let code_obj = self.heap.field(
            function.as_obj().expect("a function"),
            field::FUNCTION::code,
        );
        pc > 0 && self.code_of(code_obj).instruction(pc - 1) == Some((Opcode::YIELD_VALUE, 1))
    }

    /// The object a suspended generator delegates to with `yield from` or
    /// `await`, if it is suspended in one.
    pub fn delegate_of(&self, g: Value) -> Option<Value> {
        if !self.suspended_in_await(g) {
            return None;
        }
        let gobj = g.as_obj().expect("a generator");
        let len = self.heap.raw(gobj, field::GENERATOR::stack_len) as usize;
        let saved = self.heap.field(gobj, field::GENERATOR::frame);
        Some(self.heap.field(saved.as_obj().expect("an array"), len - 1))
    }

    /// `agen.__anext__()` (`value` None) or `agen.asend(value)`.
    pub fn new_asend(&mut self, agen: Value, value: Value) -> PyResult<Value> {
        let init = Value::small_int_const(awaitable_state::INIT);
        self.new_native_iter(kind::ASYNC_GEN_ASEND, &[agen, value, init])
    }

    /// `agen.athrow(exc)`, or `agen.aclose()` when `exc` is None.
    pub fn new_athrow(&mut self, agen: Value, exc: Value) -> PyResult<Value> {
        let init = Value::small_int_const(awaitable_state::INIT);
        self.new_native_iter(kind::ASYNC_GEN_ATHROW, &[agen, exc, init])
    }

    /// `coroutine.__await__()`.
    pub fn new_coroutine_wrapper(&mut self, coro: Value) -> PyResult<Value> {
        self.new_native_iter(kind::COROUTINE_WRAPPER, &[coro])
    }

    /// Whether `v` is one of the native awaitable iterators above.
    pub fn is_native_awaitable(&self, v: Value) -> bool {
        self.is_layout(v, layout::NATIVE_ITER)
            && matches!(
                self.heap
                    .raw(v.as_obj().expect("an iterator"), field::NATIVE_ITER::kind),
                kind::ASYNC_GEN_ASEND
                    | kind::ASYNC_GEN_ATHROW
                    | kind::COROUTINE_WRAPPER
                    | kind::ANEXT_DEFAULT
            )
    }

    /// One step of a native awaitable: `send(sent)`, or `throw(exc)`.
    /// `Returned(v)` stands for `StopIteration(v)` to the awaiter.
    pub fn awaitable_step(
        &mut self,
        aw: Value,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Resumed> {
        let k = self
            .heap
            .raw(aw.as_obj().expect("an awaitable"), field::NATIVE_ITER::kind);
        let target = self.native_state(aw, 0);
        if k == kind::COROUTINE_WRAPPER {
            return self.resume(target, sent, throw);
        }
        if k == kind::ANEXT_DEFAULT {
            return self.anext_default_step(aw, sent, throw);
        }
        let state = self.native_state(aw, 2).small_int_unchecked();
        let closing = k == kind::ASYNC_GEN_ATHROW && self.native_state(aw, 1) == Value::NONE;
        if state == awaitable_state::CLOSED {
            let msg = if k == kind::ASYNC_GEN_ASEND {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            };
            return Err(self.raise_msg(TypeId::RuntimeError, msg));
        }
        self.rooted(&[aw], |vm, base| {
            let (sent, throw) = if state == awaitable_state::INIT {
                let stored = vm.native_state(aw, 1);
                vm.set_native_state(aw, 2, Value::small_int_const(awaitable_state::ITERATING));
                if k == kind::ASYNC_GEN_ASEND {
                    (if sent == Value::NONE { stored } else { sent }, throw)
                } else if throw.is_some() {
                    (Value::NONE, throw)
                } else {
                    if sent != Value::NONE {
                        return Err(vm.raise_msg(
                            TypeId::RuntimeError,
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    let gstate = vm.gen_state(target);
                    if closing && matches!(gstate, gen_state::CREATED | gen_state::FINISHED) {
                        vm.finish_generator(target);
                        vm.set_native_state(aw, 2, Value::small_int_const(awaitable_state::CLOSED));
                        return Ok(Resumed::Returned(Value::NONE));
                    }
                    if gstate == gen_state::FINISHED {
                        vm.set_native_state(aw, 2, Value::small_int_const(awaitable_state::CLOSED));
                        return Err(vm.raise_args(TypeId::StopAsyncIteration, &[]));
                    }
                    let exc = if closing {
                        vm.new_exception(vm.ty(TypeId::GeneratorExit), &[])?
                    } else {
                        stored
                    };
                    (Value::NONE, Some(exc))
                }
            } else {
                (sent, throw)
            };
            let outcome = vm.resume(target, sent, throw);
            let aw = vm.stack[base];
            let target = vm.native_state(aw, 0);
            let closed = Value::small_int_const(awaitable_state::CLOSED);
            match outcome {
                Ok(Resumed::Yielded(v)) if vm.suspended_in_await(target) => Ok(Resumed::Yielded(v)),
                Ok(Resumed::Yielded(v)) => {
                    vm.set_native_state(aw, 2, closed);
                    if closing {
                        return Err(vm.raise_msg(
                            TypeId::RuntimeError,
                            "async generator ignored GeneratorExit",
                        ));
                    }
                    Ok(Resumed::Returned(v))
                }
                Ok(Resumed::Returned(_)) => {
                    vm.set_native_state(aw, 2, closed);
                    if closing {
                        return Ok(Resumed::Returned(Value::NONE));
                    }
                    Err(vm.raise_args(TypeId::StopAsyncIteration, &[]))
                }
                Err(_)
                    if closing
                        && (vm.exception_matches(TypeId::GeneratorExit)
                            || vm.exception_matches(TypeId::StopAsyncIteration)) =>
                {
                    vm.take_exception();
                    vm.set_native_state(aw, 2, closed);
                    Ok(Resumed::Returned(Value::NONE))
                }
                Err(e) => {
                    vm.set_native_state(aw, 2, closed);
                    Err(e)
                }
            }
        })
    }

    /// `close()` of a native awaitable.
    pub fn close_awaitable(&mut self, aw: Value) -> PyResult<()> {
        let k = self
            .heap
            .raw(aw.as_obj().expect("an awaitable"), field::NATIVE_ITER::kind);
        let target = self.native_state(aw, 0);
        match k {
            kind::COROUTINE_WRAPPER => self.gen_close(target),
            kind::ANEXT_DEFAULT if self.is_layout(target, layout::GENERATOR) => {
                self.gen_close(target)
            }
            kind::ANEXT_DEFAULT if self.is_native_awaitable(target) => self.close_awaitable(target),
            kind::ANEXT_DEFAULT => Ok(()),
            _ => {
                let closed = Value::small_int_const(awaitable_state::CLOSED);
                self.set_native_state(aw, 2, closed);
                Ok(())
            }
        }
    }

    /// One step of `anext(aiter, default)`'s awaitable.
    pub fn anext_default_step(
        &mut self,
        aw: Value,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Resumed> {
        let inner = self.native_state(aw, 0);
        let default = self.native_state(aw, 1);
        self.rooted(&[default], |vm, base| {
            let r = match throw {
                Some(exc) if vm.is_layout(inner, layout::GENERATOR) => {
                    vm.resume(inner, Value::NONE, Some(exc))
                }
                Some(exc) if vm.is_native_awaitable(inner) => {
                    vm.awaitable_step(inner, Value::NONE, Some(exc))
                }
                Some(exc) => {
                    let name = vm.intern_static("throw")?;
                    match vm.getattr_opt(inner, name)? {
                        Some(t) => vm.call(t, &[exc]).map(Resumed::Yielded),
                        None => Err(vm.raise(exc)),
                    }
                }
                None => vm.send_to(inner, sent),
            };
            match r {
                Err(_) if vm.exception_matches(TypeId::StopAsyncIteration) => {
                    vm.take_exception();
                    Ok(Resumed::Returned(vm.stack[base]))
                }
                other => other,
            }
        })
    }
}
