//! The interpreter loop.
//!
//! `Vm::run` drives frames until the frame it was entered for returns (or
//! yields). `Vm::execute` runs the top frame with its hot state in locals
//! (pc, instructions; constants and names are re-read, as a collection
//! may move them). A Python call pushes a frame and `execute` reloads its
//! locals from it; a plain return pops the frame and reloads the caller's.
//! So Python-to-Python calls do not recurse on the Rust stack. `execute`
//! returns a `Flow` to `run` only for what needs more: returns to native
//! code or from `__init__` and generator frames, yields, and exceptions.
//!
//! Safepoints (where a collection may run): `JUMP_BACKWARD` and the entry
//! of every call (`CALL`, `CALL_KW`, `CALL_FUNCTION_EX`), plus wherever an
//! instruction runs Python code or native code that polls. Every live value
//! is then on the VM stack or in a frame.

use std::rc::Rc;

use minnow_heap::{ObjRef, Value};
use minnow_objects::{self as objects, field, layout};

use crate::bytecode::{BinaryOperator, CompareOperator, Opcode};
use crate::code::code_flags;
use crate::runtime::call::Called;
use crate::runtime::coro::gen_kind;
use crate::runtime::natives::{Args, NativeFn};
use crate::runtime::types::TypeId;
use crate::runtime::{FrameExit, PyResult, Raised, Static, Vm};

/// Why `execute` stopped running the top frame.
enum Flow {
    /// The top frame returned this value.
    Return(Value),
    /// The top generator frame yielded this value (already saved).
    Yield(Value),
    /// An exception was raised at the frame's `pc`; `false` for a re-raise,
    /// which adds no traceback entry for the frame (it has one already).
    Raise(bool),
}

impl Vm {
    /// Runs until the frame on top (entered from native code) finishes.
    pub fn run_nested(&mut self) -> PyResult<Value> {
        self.run(false)
    }

    /// As `run_nested`, raising `self.exception` at the top frame's pc first.
    pub fn run_raising(&mut self) -> PyResult<Value> {
        self.run(true)
    }

    fn run(&mut self, raising: bool) -> PyResult<Value> {
        let mut flow = if raising {
            Flow::Raise(true)
        } else {
            self.execute()
        };
        loop {
            flow = match flow {
                Flow::Return(value) => {
                    let frame = self.frames.pop().expect("a returning frame");
                    let result = if frame.instance.is_ptr() {
                        if value != Value::NONE {
                            let msg = format!(
                                "__init__() should return None, not '{}'",
                                self.type_name_of(value)
                            );
                            // The frame is gone: raise in the caller.
                            self.stack.truncate(frame.return_to);
                            let raised = self.type_error(&msg);
                            if frame.exit != FrameExit::Inline {
                                return Err(raised);
                            }
                            flow = Flow::Raise(true);
                            self.mark_raised_in_caller();
                            continue;
                        }
                        frame.instance
                    } else {
                        value
                    };
                    if frame.generator.is_ptr() {
                        self.finish_generator(frame.generator);
                    }
                    self.stack.truncate(frame.return_to);
                    if frame.exit != FrameExit::Inline {
                        self.last_run_yielded = false;
                        return Ok(result);
                    }
                    self.stack.push(result);
                    self.execute()
                }
                Flow::Yield(value) => {
                    self.last_run_yielded = true;
                    return Ok(value);
                }
                Flow::Raise(traceback) => match self.unwind(traceback) {
                    Some(()) => self.execute(),
                    None => return Err(Raised),
                },
            };
        }
    }

    fn mark_raised_in_caller(&mut self) {
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = frame.pc.saturating_sub(1);
        }
    }

    /// Finds a handler for the raised exception, popping frames (and adding
    /// traceback entries) as needed. `None` when it propagates out of a
    /// frame entered from native code.
    fn unwind(&mut self, mut traceback: bool) -> Option<()> {
        loop {
            let frame = self.frames.last().expect("a frame");
            let pc = frame.pc;
            let (code_obj, globals) = (frame.code_obj, frame.globals);
            let handler = frame.code.handler_for(pc as u32).copied();
            if traceback {
                self.add_traceback(code_obj, globals, pc);
            }
            traceback = true;
            if let Some(entry) = handler {
                let frame = self.frames.last_mut().expect("a frame");
                let depth_base = frame.base
                    + frame.code.varnames.len()
                    + frame.code.cellvars.len()
                    + frame.code.freevars.len();
                frame.pc = entry.target as usize;
                self.stack.truncate(depth_base + entry.depth as usize);
                if entry.push_lasti {
                    self.stack.push(Value::small_int_const(pc as i64));
                }
                let exc = self.exception;
                self.exception = Value::EMPTY;
                self.stack.push(exc);
                return Some(());
            }
            let frame = self.frames.pop().expect("a frame");
            if frame.generator.is_ptr() {
                self.finish_generator(frame.generator);
                let escaped = if self.exception_matches(TypeId::StopIteration) {
                    Some("StopIteration")
                } else if self.exception_matches(TypeId::StopAsyncIteration)
                    && self.gen_kind(frame.generator) == gen_kind::ASYNC_GENERATOR
                {
                    Some("StopAsyncIteration")
                } else {
                    None
                };
                if let Some(escaped) = escaped {
                    let cause = self.exception;
                    let msg = format!("{} raised {escaped}", self.gen_kind_name(frame.generator));
                    let _ = self.raise_msg(TypeId::RuntimeError, &msg);
                    let exc = self.exception;
                    self.set_exception_field(exc, field::EXCEPTION::cause, cause);
                    self.set_exception_field(exc, field::EXCEPTION::context, cause);
                    self.set_exception_field(exc, field::EXCEPTION::suppress_context, Value::TRUE);
                }
            }
            self.stack.truncate(frame.return_to);
            if frame.exit != FrameExit::Inline || self.frames.is_empty() {
                return None;
            }
            let caller = self.frames.last_mut().expect("a caller");
            caller.pc -= 1;
        }
    }

    /// Prepends a traceback entry for (code, pc) to the raised exception,
    /// unless the exception already starts with that entry (a re-raise).
    fn add_traceback(&mut self, code_obj: Value, globals: Value, pc: usize) {
        let exc = self.exception;
        if !self.is_exception_instance(exc) {
            return;
        }
        let head = self.exception_field(exc, field::EXCEPTION::traceback);
        if let Some(tb) = self.obj_of(head, layout::TRACEBACK) {
            if self.heap.field(tb, field::TRACEBACK::code) == code_obj
                && self.heap.raw(tb, field::TRACEBACK::pc) as usize == pc
            {
                return;
            }
        }
        let Ok(tb) = self.alloc(layout::TRACEBACK, field::TRACEBACK::COUNT) else {
            self.exception = exc;
            return;
        };
        self.heap.set_raw(tb, field::TRACEBACK::pc, pc as u64);
        self.heap.set_field(tb, field::TRACEBACK::code, code_obj);
        self.heap.set_field(tb, field::TRACEBACK::next, head);
        self.heap.set_field(tb, field::TRACEBACK::globals, globals);
        self.set_exception_field(exc, field::EXCEPTION::traceback, tb.value());
    }

    /// Runs the top frame, and the frames it calls and returns to inline,
    /// until a frame returns to native code, yields or raises.
    fn execute(&mut self) -> Flow {
        'frame: loop {
            let fi = self.frames.len() - 1;
            let code = Rc::clone(&self.frames[fi].code);
            let instrs: &[u32] = &code.instructions;
            let base = self.frames[fi].base;
            let cells = base + code.varnames.len();
            let mut pc = self.frames[fi].pc;

            macro_rules! raise {
                () => {{
                    self.frames[fi].pc = pc - 1;
                    return Flow::Raise(true);
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(Raised) => raise!(),
                    }
                };
            }
            macro_rules! pop {
                () => {
                    self.stack.pop().expect("the compiler balances the stack")
                };
            }
            macro_rules! top {
                () => {
                    *self.stack.last().expect("the compiler balances the stack")
                };
            }
            // Pushes the bool result of a test, or, when the next
            // instruction is a conditional jump on it (as it nearly always
            // is), takes that jump at once without the push and pop.
            macro_rules! test_result {
                ($r:expr) => {{
                    let r: Value = $r;
                    let next = instrs.get(pc).copied().unwrap_or(0);
                    let jump_when = match Opcode::from_u8(next as u8) {
                        Some(Opcode::POP_JUMP_IF_FALSE) => Value::FALSE,
                        Some(Opcode::POP_JUMP_IF_TRUE) => Value::TRUE,
                        _ => Value::EMPTY,
                    };
                    if jump_when.is_empty() || (r != Value::TRUE && r != Value::FALSE) {
                        self.stack.push(r);
                    } else if r == jump_when {
                        pc = (next >> 8) as usize;
                    } else {
                        pc += 1;
                    }
                }};
            }
            // The constants and names tuples of a code object are pretenured
            // (`Vm::code_object`), and the old and large spaces never move an
            // object, so they can be held across collections.
            let code_obj = self.frames[fi].code_obj.as_obj().expect("a code object");
            let consts = self
                .heap
                .field(code_obj, field::CODE::consts)
                .as_obj()
                .expect("a tuple");
            let names = self
                .heap
                .field(code_obj, field::CODE::names)
                .as_obj()
                .expect("a tuple");
            debug_assert!(!self.heap.is_young(consts) && !self.heap.is_young(names));
            macro_rules! name {
                ($i:expr) => {
                    self.heap.field(names, $i)
                };
            }
            macro_rules! local {
                ($local:expr) => {{
                    let local: usize = $local;
                    let v = self.stack[base + local];
                    if v.is_empty() {
                        let _ = self.unbound_local(&code.varnames[local]);
                        raise!();
                    }
                    v
                }};
            }
            macro_rules! load_fast {
                ($local:expr) => {{
                    let v = local!($local);
                    self.stack.push(v);
                }};
            }
            // The argument of the instruction a superinstruction runs as its
            // second half; steps past it, so that an error in that half is
            // reported at its own pc.
            macro_rules! fused_arg {
                () => {{
                    let word = instrs[pc];
                    pc += 1;
                    (word >> 8) as usize
                }};
            }

            // `obj.names[arg]`, pushed; through the instance-slot cache.
            macro_rules! load_attr {
                ($obj:expr, $arg:expr) => {{
                    let obj: Value = $obj;
                    let arg: usize = $arg;
                    if let Some((o, class, shape)) = self.shaped_instance(obj) {
                        if let Some(slot) = code.caches.load_attr.get(arg, class, shape) {
                            let v = self.heap.field(
                                o,
                                field::INSTANCE::slots + slot.small_int_unchecked() as usize,
                            );
                            self.stack.push(v);
                            continue;
                        }
                    }
                    let name = name!(arg);
                    let v = match self.instance_getattr_fast(obj, name) {
                        Some(r) => {
                            let v = tri!(r);
                            if let Some((_, class, shape)) = self.shaped_instance(obj) {
                                if let Some(slot) = self.shapes.slot(shape, name) {
                                    code.caches.load_attr.put(
                                        arg,
                                        class,
                                        shape,
                                        Value::small_int_const(slot as i64),
                                    );
                                }
                            }
                            v
                        }
                        None => tri!(self.getattr(obj, name)),
                    };
                    self.stack.push(v);
                }};
            }
            // `[] -> [method, receiver]` or `[function, EMPTY]` for
            // `obj.names[arg]`; through the method cache.
            macro_rules! load_method {
                ($obj:expr, $arg:expr) => {{
                    let obj: Value = $obj;
                    let arg: usize = $arg;
                    let key = self
                        .shaped_instance(obj)
                        .map(|(_, class, shape)| (class, shape))
                        .or_else(|| {
                            self.plain_builtin_type(obj)
                                .map(|ty| (ty, crate::runtime::shape::BUILTIN_RECEIVER))
                        });
                    if let Some((class, shape)) = key {
                        if let Some(m) = code.caches.load_method.get(arg, class, shape) {
                            self.stack.push(m);
                            self.stack.push(obj);
                            continue;
                        }
                    }
                    let (m, receiver) = tri!(self.load_method(obj, name!(arg)));
                    if receiver.is_ptr() {
                        if let Some((class, shape)) = key {
                            code.caches.load_method.put(arg, class, shape, m);
                        }
                    }
                    self.stack.push(m);
                    self.stack.push(receiver);
                }};
            }
            // Pushes `a <op> b`, `op` being the `BinaryOperator` of `arg`.
            macro_rules! binary_op {
                ($a:expr, $b:expr, $arg:expr) => {{
                    let (a, b): (Value, Value) = ($a, $b);
                    let arg: usize = $arg;
                    let op = BinaryOperator::from_arg(arg as u32).expect("a valid operator");
                    let r = if a.is_small_int() && b.is_small_int() {
                        match crate::runtime::ops::small_int_op(a, b, op.without_inplace()) {
                            Some(r) => r,
                            None => tri!(self.binary_op(a, b, op)),
                        }
                    } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                        match float_fast(x, y, op.without_inplace()) {
                            Some(r) => r,
                            None => tri!(self.binary_op(a, b, op)),
                        }
                    } else if op.without_inplace() == BinaryOperator::Add
                        && self.is_layout(a, layout::STR)
                        && self.is_layout(b, layout::STR)
                    {
                        // Exact strs: no dunder of a subclass can intervene.
                        let r = crate::builtins::str::binary(self, a, b, BinaryOperator::Add);
                        tri!(r).expect("str + str is defined")
                    } else {
                        tri!(self.binary_op(a, b, op))
                    };
                    self.stack.push(r);
                }};
            }
            // One step of the iterator on top of the stack (see "Loops" in
            // `bytecode`), for FOR_ITER and FOR_ITER_STORE_FAST at `pc - 1`.
            macro_rules! for_iter {
                ($op:expr, $arg:expr) => {{
                    let op: Opcode = $op;
                    let arg: usize = $arg;
                    let it = top!();
                    let fast = match self.layout_of(it) {
                        Some(layout::SEQ_ITER) => self.sequence_next(it),
                        Some(layout::NATIVE_ITER) => crate::builtins::range::fast_next(self, it),
                        _ => None,
                    };
                    let next = match fast {
                        Some(step) => Ok(step),
                        None => {
                            self.frames[fi].pc = pc;
                            if tri!(self.enter_generator_inline(it)) {
                                continue 'frame;
                            }
                            self.next(it)
                        }
                    };
                    match tri!(next) {
                        Some(v) if op == Opcode::FOR_ITER_STORE_FAST => {
                            let local = fused_arg!();
                            self.stack[base + local] = v;
                        }
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            pc = arg;
                        }
                    }
                }};
            }
            loop {
                let word = instrs[pc];
                pc += 1;
                let arg = (word >> 8) as usize;
                let Some(op) = Opcode::from_u8(word as u8) else {
                    let _ = self.raise_msg(TypeId::SystemError, "unknown opcode");
                    raise!();
                };
                match op {
                    Opcode::NOP => {}
                    Opcode::POP_TOP => {
                        self.stack.pop();
                    }
                    Opcode::PUSH_NULL => self.stack.push(Value::EMPTY),
                    Opcode::COPY => {
                        let v = self.stack[self.stack.len() - arg];
                        self.stack.push(v);
                    }
                    Opcode::SWAP => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg);
                    }
                    Opcode::LOAD_CONST => {
                        let v = self.heap.field(consts, arg);
                        self.stack.push(v);
                    }
                    Opcode::LOAD_FAST => load_fast!(arg),
                    Opcode::STORE_FAST => {
                        let v = pop!();
                        self.stack[base + arg] = v;
                    }
                    Opcode::LOAD_FAST_LOAD_FAST => {
                        load_fast!(arg);
                        load_fast!(fused_arg!());
                    }
                    Opcode::STORE_FAST_LOAD_FAST => {
                        let v = pop!();
                        self.stack[base + arg] = v;
                        load_fast!(fused_arg!());
                    }
                    Opcode::LOAD_FAST_LOAD_CONST => {
                        load_fast!(arg);
                        let v = self.heap.field(consts, fused_arg!());
                        self.stack.push(v);
                    }
                    Opcode::DELETE_FAST => {
                        if self.stack[base + arg].is_empty() {
                            let _ = self.unbound_local(&code.varnames[arg]);
                            raise!();
                        }
                        self.stack[base + arg] = Value::EMPTY;
                    }
                    Opcode::LOAD_DEREF => {
                        let cell = self.stack[cells + arg].as_obj().expect("a cell");
                        let v = self.heap.field(cell, field::CELL::contents);
                        if v.is_empty() {
                            tri!(Err(self.unbound_cell(&code, arg)));
                        }
                        self.stack.push(v);
                    }
                    Opcode::STORE_DEREF => {
                        let v = pop!();
                        let cell = self.stack[cells + arg].as_obj().expect("a cell");
                        self.heap.set_field(cell, field::CELL::contents, v);
                    }
                    Opcode::DELETE_DEREF => {
                        let cell = self.stack[cells + arg].as_obj().expect("a cell");
                        if self.heap.field(cell, field::CELL::contents).is_empty() {
                            tri!(Err(self.unbound_cell(&code, arg)));
                        }
                        self.heap
                            .set_field(cell, field::CELL::contents, Value::EMPTY);
                    }
                    Opcode::LOAD_CLOSURE => self.stack.push(self.stack[cells + arg]),
                    Opcode::LOAD_CLASSDEREF => {
                        let name = code.cell_name(arg).unwrap_or_default().to_string();
                        let locals = self.frames[fi].locals;
                        let key = tri!(self.intern(&name));
                        self.frames[fi].pc = pc;
                        let found = if locals.is_ptr() {
                            tri!(self.mapping_get(locals, key))
                        } else {
                            None
                        };
                        let v = match found {
                            Some(v) => v,
                            None => {
                                let cell = self.stack[cells + arg].as_obj().expect("a cell");
                                let v = self.heap.field(cell, field::CELL::contents);
                                if v.is_empty() {
                                    tri!(Err(self.unbound_cell(&code, arg)));
                                }
                                v
                            }
                        };
                        self.stack.push(v);
                    }
                    Opcode::LOAD_GLOBAL => {
                        let globals = self.frames[fi].globals;
                        let builtins = self.stat(Static::BuiltinsDict);
                        let versions = (self.dict_version(globals), self.dict_version(builtins));
                        let v = match code.caches.globals.get(arg, versions.0, versions.1) {
                            Some(v) if !self.has_other_builtins(fi, builtins) => v,
                            _ => {
                                // The cache keeps values: a new value in
                                // either dict must change its version.
                                for dict in [globals, builtins] {
                                    objects::dict::guard(
                                        &mut self.heap,
                                        dict.as_obj().expect("a dict"),
                                    );
                                }
                                let versions =
                                    (self.dict_version(globals), self.dict_version(builtins));
                                let (v, standard) = tri!(self.load_global_from(fi, name!(arg)));
                                if standard {
                                    code.caches.globals.put(arg, versions.0, versions.1, v);
                                }
                                v
                            }
                        };
                        self.stack.push(v);
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = pop!();
                        let globals = self.frames[fi].globals;
                        tri!(self.dict_set(globals, name!(arg), v));
                    }
                    Opcode::DELETE_GLOBAL => {
                        let globals = self.frames[fi].globals;
                        let name = name!(arg);
                        if tri!(self.dict_del(globals, name)).is_none() {
                            tri!(Err(self.name_error(name)));
                        }
                    }
                    Opcode::LOAD_NAME => {
                        let name = name!(arg);
                        let locals = self.frames[fi].locals;
                        let found = if locals.is_ptr() {
                            tri!(self.mapping_get(locals, name))
                        } else {
                            None
                        };
                        let v = match found {
                            Some(v) => v,
                            None => tri!(self.load_global(fi, name)),
                        };
                        self.stack.push(v);
                    }
                    Opcode::STORE_NAME => {
                        let v = pop!();
                        let locals = self.frames[fi].locals;
                        tri!(self.mapping_set(locals, name!(arg), v));
                    }
                    Opcode::DELETE_NAME => {
                        let locals = self.frames[fi].locals;
                        let name = name!(arg);
                        self.frames[fi].pc = pc;
                        if !tri!(self.mapping_del(locals, name)) {
                            tri!(Err(self.name_error(name)));
                        }
                    }
                    Opcode::LOAD_ATTR => {
                        let obj = pop!();
                        load_attr!(obj, arg);
                    }
                    Opcode::LOAD_FAST_LOAD_ATTR => {
                        let obj = local!(arg);
                        load_attr!(obj, fused_arg!());
                    }
                    Opcode::LOAD_METHOD => {
                        let obj = pop!();
                        load_method!(obj, arg);
                    }
                    Opcode::LOAD_FAST_LOAD_METHOD => {
                        let obj = local!(arg);
                        load_method!(obj, fused_arg!());
                    }
                    Opcode::STORE_ATTR => {
                        let obj = pop!();
                        let v = pop!();
                        let before = self.shaped_instance(obj);
                        if let Some((o, class, shape)) = before {
                            if let Some(slot) = code.caches.store_attr.get(arg, class, shape) {
                                self.heap.set_field(
                                    o,
                                    field::INSTANCE::slots + slot.small_int_unchecked() as usize,
                                    v,
                                );
                                continue;
                            }
                            if let Some(next) = code.caches.add_attr.get(arg, class, shape) {
                                let next = next.small_int_unchecked() as u64;
                                let slot = self.shapes.names(next).len() - 1;
                                if field::INSTANCE::slots + slot < self.heap.field_count(o) {
                                    self.heap.set_raw(o, field::INSTANCE::shape, next);
                                    self.heap.set_field(o, field::INSTANCE::slots + slot, v);
                                    continue;
                                }
                            }
                        }
                        let name = name!(arg);
                        match self.instance_setattr_fast(obj, name, v) {
                            Some(r) => {
                                tri!(r);
                                if let (Some((_, class, shape)), Some((_, _, after))) =
                                    (before, self.shaped_instance(obj))
                                {
                                    if after == shape {
                                        let slot =
                                            self.shapes.slot(shape, name).expect("just stored");
                                        code.caches.store_attr.put(
                                            arg,
                                            class,
                                            shape,
                                            Value::small_int_const(slot as i64),
                                        );
                                    } else {
                                        code.caches.add_attr.put(
                                            arg,
                                            class,
                                            shape,
                                            Value::small_int_const(after as i64),
                                        );
                                    }
                                }
                            }
                            None => tri!(self.setattr(obj, name, v)),
                        }
                    }
                    Opcode::DELETE_ATTR => {
                        let obj = pop!();
                        tri!(self.delattr(obj, name!(arg)));
                    }
                    Opcode::BINARY_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        let v = match self.item_fast(container, key) {
                            Some(v) => v,
                            None => tri!(self.getitem(container, key)),
                        };
                        self.stack.push(v);
                    }
                    Opcode::STORE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        if !self.store_item_fast(container, key, v) {
                            tri!(self.setitem(container, key, v));
                        }
                    }
                    Opcode::DELETE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        tri!(self.delitem(container, key));
                    }
                    Opcode::UNARY_POSITIVE => {
                        let v = pop!();
                        let r = tri!(self.unary_op(v, "__pos__"));
                        self.stack.push(r);
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let v = pop!();
                        let r = match v.as_small_int().and_then(|_| v.int_neg()) {
                            Some(r) => r,
                            None => tri!(self.unary_op(v, "__neg__")),
                        };
                        self.stack.push(r);
                    }
                    Opcode::UNARY_NOT => {
                        let v = pop!();
                        let t = tri!(self.truthy(v));
                        self.stack.push(Value::from_bool(!t));
                    }
                    Opcode::UNARY_INVERT => {
                        let v = pop!();
                        let r = tri!(self.unary_op(v, "__invert__"));
                        self.stack.push(r);
                    }
                    Opcode::BINARY_OP => {
                        let b = pop!();
                        let a = pop!();
                        binary_op!(a, b, arg);
                    }
                    Opcode::LOAD_CONST_BINARY_OP => {
                        let b = self.heap.field(consts, arg);
                        let a = pop!();
                        binary_op!(a, b, fused_arg!());
                    }
                    Opcode::COMPARE_OP => {
                        let b = pop!();
                        let a = pop!();
                        let op = CompareOperator::from_arg(arg as u32).expect("a valid comparison");
                        let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                            Value::from_bool(crate::runtime::ops::apply(op, x.cmp(&y)))
                        } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                            Value::from_bool(match x.partial_cmp(&y) {
                                Some(order) => crate::runtime::ops::apply(op, order),
                                None => op == CompareOperator::NotEqual,
                            })
                        } else {
                            tri!(self.compare(a, b, op))
                        };
                        test_result!(r);
                    }
                    Opcode::IS_OP => {
                        let b = pop!();
                        let a = pop!();
                        test_result!(Value::from_bool((a == b) != (arg == 1)));
                    }
                    Opcode::CONTAINS_OP => {
                        let container = pop!();
                        let item = pop!();
                        let found = if self.is_layout(container, layout::DICT) {
                            self.dict_lookup_str(container, item).map(|e| e.is_some())
                        } else {
                            None
                        };
                        let r = match found {
                            Some(r) => r,
                            None => tri!(self.contains(container, item)),
                        };
                        test_result!(Value::from_bool(r != (arg == 1)));
                    }
                    Opcode::BUILD_TUPLE => {
                        let start = self.stack.len() - arg;
                        let t = if arg == 0 {
                            self.stat(Static::EmptyTuple)
                        } else {
                            let t = tri!(self.alloc(layout::TUPLE, arg));
                            self.heap.set_fields(t, 0, &self.stack[start..]);
                            t.value()
                        };
                        self.stack.truncate(start);
                        self.stack.push(t);
                    }
                    Opcode::BUILD_LIST => {
                        let start = self.stack.len() - arg;
                        let r = objects::list::from_slice(&mut self.heap, &self.stack[start..]);
                        let l = tri!(self.heap_ok(r)).value();
                        self.stack.truncate(start);
                        self.stack.push(l);
                    }
                    Opcode::BUILD_SET => {
                        let start = self.stack.len() - arg;
                        let s = tri!(crate::builtins::set::new_set(self, false));
                        self.stack.push(s);
                        for i in 0..arg {
                            let item = self.stack[start + i];
                            let s = self.stack[start + arg];
                            tri!(crate::builtins::set::add(self, s, item));
                        }
                        let s = pop!();
                        self.stack.truncate(start);
                        self.stack.push(s);
                    }
                    Opcode::BUILD_MAP => {
                        let start = self.stack.len() - 2 * arg;
                        let d = tri!(self.new_dict());
                        self.stack.push(d);
                        for i in 0..arg {
                            let (k, v) = (self.stack[start + 2 * i], self.stack[start + 2 * i + 1]);
                            let d = self.stack[start + 2 * arg];
                            tri!(self.dict_set(d, k, v));
                        }
                        let d = pop!();
                        self.stack.truncate(start);
                        self.stack.push(d);
                    }
                    Opcode::BUILD_CONST_KEY_MAP => {
                        let keys = pop!();
                        let start = self.stack.len() - arg;
                        let d = tri!(self.new_dict());
                        self.stack.push(d);
                        self.stack.push(keys);
                        for i in 0..arg {
                            let keys = self.stack[start + arg + 1];
                            let k = self.heap.field(keys.as_obj().expect("a tuple"), i);
                            let v = self.stack[start + i];
                            let d = self.stack[start + arg];
                            tri!(self.dict_set(d, k, v));
                        }
                        self.stack.pop();
                        let d = pop!();
                        self.stack.truncate(start);
                        self.stack.push(d);
                    }
                    Opcode::BUILD_STRING => {
                        let start = self.stack.len() - arg;
                        let joined = objects::str::join(&mut self.heap, None, &self.stack[start..]);
                        let s = tri!(self.heap_ok(joined)).value();
                        self.stack.truncate(start);
                        self.stack.push(s);
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if arg == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = pop!();
                        let s = tri!(crate::builtins::slice::new_slice(self, start, stop, step));
                        self.stack.push(s);
                    }
                    Opcode::LIST_APPEND => {
                        let v = pop!();
                        let list = self.stack[self.stack.len() - arg];
                        let r =
                            objects::list::push(&mut self.heap, list.as_obj().expect("a list"), v);
                        tri!(self.heap_ok(r));
                    }
                    Opcode::SET_ADD => {
                        let v = pop!();
                        let set = self.stack[self.stack.len() - arg];
                        tri!(crate::builtins::set::add(self, set, v));
                    }
                    Opcode::MAP_ADD => {
                        let v = pop!();
                        let k = pop!();
                        let d = self.stack[self.stack.len() - arg];
                        tri!(self.dict_set(d, k, v));
                    }
                    Opcode::LIST_EXTEND => {
                        let iterable = top!();
                        let list = self.stack[self.stack.len() - 1 - arg];
                        tri!(crate::builtins::list::extend(self, list, iterable));
                        self.stack.pop();
                    }
                    Opcode::SET_UPDATE => {
                        let iterable = top!();
                        let set = self.stack[self.stack.len() - 1 - arg];
                        tri!(crate::builtins::set::update(self, set, iterable));
                        self.stack.pop();
                    }
                    Opcode::DICT_UPDATE => {
                        let mapping = top!();
                        let d = self.stack[self.stack.len() - 1 - arg];
                        if !self.is_layout(mapping, layout::DICT)
                            && tri!(self.lookup_special(mapping, "keys")).is_none()
                        {
                            let msg =
                                format!("'{}' object is not a mapping", self.type_name_of(mapping));
                            tri!(Err(self.type_error(&msg)));
                        }
                        tri!(crate::builtins::dict::update_from(self, d, mapping));
                        self.stack.pop();
                    }
                    Opcode::DICT_MERGE => {
                        let mapping = top!();
                        let d = self.stack[self.stack.len() - 1 - arg];
                        let callable = self.stack[self.stack.len() - 1 - arg - 3];
                        tri!(crate::builtins::dict::merge_kwargs(
                            self, d, mapping, callable
                        ));
                        self.stack.pop();
                    }
                    Opcode::LIST_TO_TUPLE => {
                        let list = pop!();
                        let items =
                            objects::list::items(&self.heap, list.as_obj().expect("a list"))
                                .to_vec();
                        let t = tri!(self.new_tuple(&items));
                        self.stack.push(t);
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        let seq = pop!();
                        let items = match self.layout_of(seq) {
                            Some(layout::TUPLE) => self.heap.fields(seq.as_obj().expect("a tuple")),
                            Some(layout::LIST) => {
                                objects::list::items(&self.heap, seq.as_obj().expect("a list"))
                            }
                            _ => &[],
                        };
                        if items.len() == arg && arg > 0 {
                            self.stack.extend(items.iter().rev());
                        } else {
                            let items = tri!(self.unpack(seq, arg, None));
                            self.stack.extend(items.iter().rev());
                        }
                    }
                    Opcode::UNPACK_EX => {
                        let seq = pop!();
                        let (before, after) = (arg & 0xff, arg >> 8);
                        let items = tri!(self.unpack(seq, before, Some(after)));
                        self.stack.extend(items.iter().rev());
                    }
                    Opcode::FORMAT_VALUE => {
                        let spec = if arg & crate::bytecode::format_flags::HAS_SPEC as usize != 0 {
                            pop!()
                        } else {
                            Value::EMPTY
                        };
                        let v = pop!();
                        let converted =
                            match arg as u32 & crate::bytecode::format_flags::CONVERSION_MASK {
                                crate::bytecode::format_flags::CONVERT_STR => tri!(self.to_str(v)),
                                crate::bytecode::format_flags::CONVERT_REPR => tri!(self.repr(v)),
                                crate::bytecode::format_flags::CONVERT_ASCII => {
                                    tri!(crate::builtins::ascii(self, v))
                                }
                                _ => v,
                            };
                        let r = if spec.is_empty() && self.is_layout(converted, layout::STR) {
                            converted
                        } else {
                            let spec = if spec.is_empty() {
                                tri!(self.new_str(""))
                            } else {
                                spec
                            };
                            tri!(crate::builtins::format::format_value(self, converted, spec))
                        };
                        self.stack.push(r);
                    }
                    Opcode::GET_ITER => {
                        let v = pop!();
                        let it = tri!(self.get_iter(v));
                        self.stack.push(it);
                    }
                    Opcode::FOR_ITER | Opcode::FOR_ITER_STORE_FAST => for_iter!(op, arg),
                    Opcode::JUMP => pc = arg,
                    Opcode::JUMP_BACKWARD => {
                        // The safepoint comes before the jump, so that a
                        // MemoryError it raises belongs to this instruction
                        // (inside the loop's try blocks), not to the one
                        // before the loop's first.
                        if self.heap.collection_requested() {
                            self.frames[fi].pc = pc;
                            tri!(self.safepoint());
                        }
                        pc = arg;
                        // Nearly every backward jump closes a `for` loop:
                        // its FOR_ITER runs here without a dispatch.
                        let word = instrs[pc];
                        if word as u8 == Opcode::FOR_ITER_STORE_FAST as u8 {
                            pc += 1;
                            for_iter!(Opcode::FOR_ITER_STORE_FAST, (word >> 8) as usize);
                        }
                    }
                    Opcode::POP_JUMP_IF_FALSE => {
                        let v = pop!();
                        let t = match v {
                            Value::TRUE => true,
                            Value::FALSE => false,
                            _ => tri!(self.truthy(v)),
                        };
                        if !t {
                            pc = arg;
                        }
                    }
                    Opcode::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let t = match v {
                            Value::TRUE => true,
                            Value::FALSE => false,
                            _ => tri!(self.truthy(v)),
                        };
                        if t {
                            pc = arg;
                        }
                    }
                    Opcode::POP_JUMP_IF_NONE => {
                        if pop!() == Value::NONE {
                            pc = arg;
                        }
                    }
                    Opcode::POP_JUMP_IF_NOT_NONE => {
                        if pop!() != Value::NONE {
                            pc = arg;
                        }
                    }
                    Opcode::JUMP_IF_FALSE_OR_POP => {
                        let v = top!();
                        if tri!(self.truthy(v)) {
                            self.stack.pop();
                        } else {
                            pc = arg;
                        }
                    }
                    Opcode::JUMP_IF_TRUE_OR_POP => {
                        let v = top!();
                        if tri!(self.truthy(v)) {
                            pc = arg;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Opcode::CALL | Opcode::CALL_KW => {
                        self.frames[fi].pc = pc;
                        tri!(self.safepoint());
                        if op == Opcode::CALL {
                            let slot = self.stack.len() - arg - 2;
                            if let Some((func, args)) = self.direct_native_call(slot, arg) {
                                let v = tri!(func(self, args));
                                self.stack.truncate(slot);
                                self.stack.push(v);
                                continue;
                            }
                            if self.push_plain_frame(slot, arg) {
                                continue 'frame;
                            }
                        }
                        let kwnames = if op == Opcode::CALL_KW {
                            pop!()
                        } else {
                            Value::EMPTY
                        };
                        let slot = self.stack.len() - arg - 2;
                        match tri!(self.prepare_call(slot, arg, kwnames)) {
                            Called::Done(v) => {
                                self.stack.truncate(slot);
                                self.stack.push(v);
                            }
                            Called::Frame => continue 'frame,
                        }
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        self.frames[fi].pc = pc;
                        tri!(self.safepoint());
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::EMPTY };
                        let args = pop!();
                        let slot = self.stack.len() - 2;
                        let positional = self.tuple_items(args);
                        self.stack.extend_from_slice(&positional);
                        let mut argc = positional.len();
                        let mut kwnames = Value::EMPTY;
                        if kwargs.is_ptr() {
                            let items =
                                objects::dict::items(&self.heap, kwargs.as_obj().expect("a dict"));
                            if !items.is_empty() {
                                let names: Vec<Value> = items.iter().map(|p| p.0).collect();
                                kwnames = tri!(self.new_tuple(&names));
                                self.stack.extend(items.iter().map(|p| p.1));
                                argc += items.len();
                            }
                        }
                        match tri!(self.prepare_call(slot, argc, kwnames)) {
                            Called::Done(v) => {
                                self.stack.truncate(slot);
                                self.stack.push(v);
                            }
                            Called::Frame => continue 'frame,
                        }
                    }
                    Opcode::MAKE_FUNCTION => {
                        let code_value = pop!();
                        let closure = if arg & 0x08 != 0 {
                            pop!()
                        } else {
                            Value::EMPTY
                        };
                        let annotations = if arg & 0x04 != 0 {
                            pop!()
                        } else {
                            Value::EMPTY
                        };
                        let kwdefaults = if arg & 0x02 != 0 {
                            pop!()
                        } else {
                            Value::EMPTY
                        };
                        let defaults = if arg & 0x01 != 0 {
                            pop!()
                        } else {
                            Value::EMPTY
                        };
                        let globals = self.frames[fi].globals;
                        let f = tri!(crate::builtins::function::make_function(
                            self,
                            code_value,
                            globals,
                            defaults,
                            kwdefaults,
                            annotations,
                            closure
                        ));
                        self.stack.push(f);
                    }
                    Opcode::LOAD_BUILD_CLASS => {
                        let builtins = self.builtins_for(self.frames[fi].globals);
                        let found = if self.is_layout(builtins, layout::DICT) {
                            crate::builtins::dict_get_str(self, builtins, "__build_class__")
                        } else {
                            None
                        };
                        let f = tri!(found.ok_or_else(|| {
                            self.raise_msg(TypeId::NameError, "__build_class__ not found")
                        }));
                        self.stack.push(f);
                    }
                    Opcode::RETURN_VALUE => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let frame = &self.frames[fi];
                        if frame.exit == FrameExit::Inline && !frame.instance.is_ptr() && fi > 0 {
                            let (return_to, generator) = (frame.return_to, frame.generator);
                            self.frames.truncate(fi);
                            self.stack.truncate(return_to);
                            if generator.is_ptr() {
                                // A generator run by the caller's FOR_ITER is exhausted:
                                // the loop ends.
                                self.finish_generator(generator);
                                self.stack.pop();
                                let caller = self.frames.last_mut().expect("the caller");
                                caller.pc = for_iter_target(&caller.code, caller.pc);
                            } else {
                                self.stack.push(v);
                            }
                            continue 'frame;
                        }
                        return Flow::Return(v);
                    }
                    Opcode::YIELD_VALUE => {
                        let v = pop!();
                        match self.frames[fi].exit {
                            FrameExit::Parked => {
                                self.frames[fi].pc = pc;
                                tri!(self.park_generator_frame());
                            }
                            FrameExit::Inline => {
                                tri!(self.save_generator_frame(pc));
                                self.stack.push(v);
                                continue 'frame;
                            }
                            FrameExit::ToNative => tri!(self.save_generator_frame(pc)),
                        }
                        return Flow::Yield(v);
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        let v = pop!();
                        let it = if self.is_layout(v, layout::GENERATOR) {
                            if self.gen_kind(v) == gen_kind::COROUTINE
                                && self.frames[fi].code.flags & code_flags::COROUTINE == 0
                            {
                                self.frames[fi].pc = pc;
                                tri!(Err(self.type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator"
                                )));
                            }
                            v
                        } else {
                            tri!(self.get_iter(v))
                        };
                        self.stack.push(it);
                    }
                    Opcode::SEND => {
                        let v = pop!();
                        let receiver = top!();
                        self.frames[fi].pc = pc;
                        match tri!(self.send_to(receiver, v)) {
                            crate::runtime::iter::Resumed::Yielded(x) => self.stack.push(x),
                            crate::runtime::iter::Resumed::Returned(r) => {
                                self.stack.pop();
                                self.stack.push(r);
                                pc = arg;
                            }
                        }
                    }
                    Opcode::RAISE_VARARGS => {
                        let r = match arg {
                            0 => {
                                let handled = self.handled_exception();
                                if handled.is_ptr() {
                                    self.exception = handled;
                                    self.frames[fi].pc = pc - 1;
                                    return Flow::Raise(false);
                                } else {
                                    Err(self.raise_msg(
                                        TypeId::RuntimeError,
                                        "No active exception to reraise",
                                    ))
                                }
                            }
                            1 => {
                                let exc = pop!();
                                self.do_raise(exc, None)
                            }
                            _ => {
                                let cause = pop!();
                                let exc = pop!();
                                self.do_raise(exc, Some(cause))
                            }
                        };
                        tri!(r);
                    }
                    Opcode::RERAISE => {
                        // The handler is looked up at this instruction; the
                        // lasti operand (arg > 0) only matters for line numbers,
                        // which the exception's traceback already holds.
                        self.exception = pop!();
                        self.frames[fi].pc = pc - 1;
                        return Flow::Raise(false);
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let exc = pop!();
                        let prev = self.handled;
                        self.stack.push(prev);
                        self.stack.push(exc);
                        self.handled = exc;
                    }
                    Opcode::POP_EXCEPT => {
                        self.handled = pop!();
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let class = pop!();
                        let exc = top!();
                        let r = tri!(self.exception_match(exc, class));
                        self.stack.push(Value::from_bool(r));
                    }
                    Opcode::BEFORE_WITH => {
                        let mgr = pop!();
                        let (exit, enter) = tri!(self.with_methods(mgr));
                        self.stack.push(exit);
                        let entered = tri!(self.call(enter, &[]));
                        self.stack.push(entered);
                    }
                    Opcode::GET_AWAITABLE => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let it = tri!(self.get_awaitable(v, arg as u32));
                        self.stack.push(it);
                    }
                    Opcode::GET_AITER => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let it = tri!(self.get_aiter(v));
                        self.stack.push(it);
                    }
                    Opcode::GET_ANEXT => {
                        let aiter = top!();
                        self.frames[fi].pc = pc;
                        let it = tri!(self.get_anext(aiter));
                        self.stack.push(it);
                    }
                    Opcode::END_ASYNC_FOR => {
                        let exc = pop!();
                        if self.isinstance_id(exc, TypeId::StopAsyncIteration) {
                            pop!();
                        } else {
                            self.exception = exc;
                            self.frames[fi].pc = pc - 1;
                            return Flow::Raise(false);
                        }
                    }
                    Opcode::CHECK_EG_MATCH => {
                        let ty = pop!();
                        let exc = pop!();
                        self.frames[fi].pc = pc;
                        let pair = tri!(self.except_star_step("_except_star_match", exc, ty));
                        let items = self.tuple_items(pair);
                        self.stack.extend_from_slice(&items);
                    }
                    Opcode::PREP_RERAISE_STAR => {
                        let raised = pop!();
                        let orig = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.except_star_step("_prep_reraise_star", orig, raised));
                        self.stack.push(r);
                    }
                    Opcode::BEFORE_ASYNC_WITH => {
                        let mgr = pop!();
                        self.frames[fi].pc = pc;
                        let (exit, entered) = tri!(self.before_async_with(mgr));
                        self.stack.push(exit);
                        self.stack.push(entered);
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let n = self.stack.len();
                        let exc = self.stack[n - 1];
                        let exit = self.stack[n - 4];
                        let ty = self.type_of(exc);
                        let tb = self.exception_field(exc, field::EXCEPTION::traceback);
                        let r = tri!(self.call(exit, &[ty, exc, tb]));
                        self.stack.push(r);
                    }
                    Opcode::LOAD_ASSERTION_ERROR => {
                        self.stack.push(self.ty(TypeId::AssertionError))
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = pop!();
                        let level = pop!();
                        let globals = self.frames[fi].globals;
                        self.frames[fi].pc = pc;
                        let m = tri!(crate::import::import_name(
                            self,
                            name!(arg),
                            globals,
                            fromlist,
                            level
                        ));
                        self.stack.push(m);
                    }
                    Opcode::IMPORT_FROM => {
                        let module = top!();
                        let v = tri!(crate::import::import_from(self, module, name!(arg)));
                        self.stack.push(v);
                    }
                    Opcode::IMPORT_STAR => {
                        let module = pop!();
                        let locals = self.frames[fi].locals;
                        let target = if locals.is_ptr() {
                            locals
                        } else {
                            self.frames[fi].globals
                        };
                        tri!(crate::import::import_star(self, module, target));
                    }
                    Opcode::SETUP_ANNOTATIONS => {
                        self.frames[fi].pc = pc;
                        tri!(self.setup_annotations(fi));
                    }
                    Opcode::PRINT_EXPR => {
                        let v = pop!();
                        if v != Value::NONE {
                            let r = tri!(self.repr(v));
                            let text = format!("{}\n", self.str_text(r));
                            tri!(crate::builtins::write_stdout(self, &text));
                            let builtins = self.stat(Static::BuiltinsDict);
                            let key = tri!(self.intern_static("_"));
                            tri!(self.dict_set(builtins, key, v));
                        }
                    }
                }
            }
        }
    }

    #[cold]
    fn unbound_local(&mut self, name: &str) -> Raised {
        let msg = format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        self.raise_msg(TypeId::UnboundLocalError, &msg)
    }

    #[cold]
    fn unbound_cell(&mut self, code: &crate::code::CodeObject, index: usize) -> Raised {
        let name = code.cell_name(index).unwrap_or("?").to_string();
        if index < code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            let msg = format!(
                "cannot access free variable '{name}' where it is not associated with a value \
                 in enclosing scope"
            );
            let raised = self.raise_msg(TypeId::NameError, &msg);
            if let Ok(name) = self.new_str(&name) {
                self.set_raised_attributes(&[("name", name)]);
            }
            raised
        }
    }

    #[cold]
    pub fn name_error(&mut self, name: Value) -> Raised {
        let msg = format!("name '{}' is not defined", self.str_text(name));
        self.rooted(&[name], |vm, base| {
            let raised = vm.raise_msg(TypeId::NameError, &msg);
            vm.set_raised_attributes(&[("name", vm.stack[base])]);
            raised
        })
    }

    /// A global by name for frame `fi`: its globals, then its builtins.
    fn load_global(&mut self, fi: usize, name: Value) -> PyResult<Value> {
        Ok(self.load_global_from(fi, name)?.0)
    }

    /// Whether frame `fi` runs a function made with builtins other than
    /// `standard` (a cached global may then not apply).
    #[inline]
    fn has_other_builtins(&self, fi: usize, standard: Value) -> bool {
        self.obj_of(self.frames[fi].function, layout::FUNCTION)
            .map(|f| self.heap.field(f, field::FUNCTION::builtins))
            .is_some_and(|captured| captured.is_ptr() && captured != standard)
    }

    /// The builtins frame `fi` sees: those its function was made with, or
    /// for module code those of its globals.
    pub(crate) fn frame_builtins(&self, fi: usize) -> Value {
        let frame = &self.frames[fi];
        if let Some(f) = self.obj_of(frame.function, layout::FUNCTION) {
            let captured = self.heap.field(f, field::FUNCTION::builtins);
            if captured.is_ptr() {
                return captured;
            }
        }
        self.builtins_for(frame.globals)
    }

    /// A global by name for frame `fi`, and whether it was found in the
    /// globals or the standard builtins (so it may be cached by the dicts'
    /// versions).
    fn load_global_from(&mut self, fi: usize, name: Value) -> PyResult<(Value, bool)> {
        let globals = self.frames[fi].globals;
        if let Some(v) = self.dict_get_str_key(globals, name) {
            return Ok((v, true));
        }
        let builtins = self.frame_builtins(fi);
        if builtins == self.stat(Static::BuiltinsDict) {
            if let Some(v) = self.dict_get_str_key(builtins, name) {
                return Ok((v, true));
            }
            return match crate::modules::lazy_builtin(self, name)? {
                Some(v) => Ok((v, true)),
                None => Err(self.name_error(name)),
            };
        }
        let found = if self.is_layout(builtins, layout::DICT) {
            self.dict_get(builtins, name)?
        } else {
            match self.getitem(builtins, name) {
                Ok(v) => Some(v),
                Err(_) if self.exception_matches(TypeId::KeyError) => {
                    self.take_exception();
                    None
                }
                Err(e) => return Err(e),
            }
        };
        match found {
            Some(v) => Ok((v, false)),
            None => Err(self.name_error(name)),
        }
    }

    /// The builtins code running with `globals` sees: its `__builtins__`
    /// (a mapping, or a module standing for its dict), else the builtins
    /// module's dict.
    pub fn builtins_for(&self, globals: Value) -> Value {
        match crate::builtins::dict_get_str(self, globals, "__builtins__") {
            None => self.stat(Static::BuiltinsDict),
            Some(b) => match self.obj_of(b, layout::MODULE) {
                Some(m) => self.heap.field(m, field::MODULE::dict),
                None => b,
            },
        }
    }

    /// Pushes the frame of a call laid out at `slot` when the callable is a
    /// plain Python function: positional arguments matching its parameters,
    /// no cells of its own (a closure's free variables are fine), not a
    /// generator. False, having done nothing, for any other call (which
    /// `prepare_call` handles, errors included).
    #[inline]
    fn push_plain_frame(&mut self, slot: usize, argc: usize) -> bool {
        let callable = self.stack[slot];
        let Some(fobj) = self.obj_of(callable, layout::FUNCTION) else {
            return false;
        };
        let (first, count) = if self.stack[slot + 1].is_empty() {
            (slot + 2, argc)
        } else {
            (slot + 1, argc + 1)
        };
        let code_obj = self.heap.field(fobj, field::FUNCTION::code);
        let index = self.heap.raw(
            code_obj.as_obj().expect("a code object"),
            field::CODE::index,
        );
        let code = &self.codes[index as usize];
        if code.plain_arity != Some(count as u32) || self.frames.len() >= self.recursion_limit {
            return false;
        }
        let code = Rc::clone(code);
        let globals = self.heap.field(fobj, field::FUNCTION::globals);
        // The arguments fill the first local slots; the others start unbound.
        if code.varnames.len() > count {
            self.stack.resize(first + code.varnames.len(), Value::EMPTY);
        }
        if !code.freevars.is_empty() {
            let closure = self.heap.field(fobj, field::FUNCTION::closure);
            let cells = self.heap.fields(closure.as_obj().expect("a closure tuple"));
            self.stack.extend_from_slice(cells);
        }
        self.frames.push(crate::runtime::Frame {
            code,
            code_obj,
            function: callable,
            globals,
            locals: Value::EMPTY,
            instance: Value::EMPTY,
            generator: Value::EMPTY,
            base: first,
            return_to: slot,
            pc: 0,
            exit: FrameExit::Inline,
        });
        true
    }

    /// Resumes generator `it` as a frame of this loop, for FOR_ITER: its
    /// yields come back to the caller's stack, and its return ends the
    /// caller's loop. False for anything else, which `next` handles.
    fn enter_generator_inline(&mut self, it: Value) -> PyResult<bool> {
        use crate::runtime::iter::gen_state;
        if !self.is_layout(it, layout::GENERATOR) {
            return Ok(false);
        }
        let sent = match self.gen_state(it) {
            gen_state::CREATED => None,
            gen_state::SUSPENDED => Some(Value::NONE),
            _ => return Ok(false),
        };
        self.push_generator_frame(it, sent)?;
        self.frames.last_mut().expect("pushed").exit = FrameExit::Inline;
        Ok(true)
    }

    /// The type of a builtin container whose methods are all its type's:
    /// no instance dict, no `__getattribute__` of its own.
    #[inline]
    fn plain_builtin_type(&self, obj: Value) -> Option<Value> {
        let o = obj.as_obj()?;
        let id = match self.heap.layout_of(o) {
            layout::DICT => TypeId::Dict,
            layout::LIST => TypeId::List,
            layout::STR => TypeId::Str,
            layout::TUPLE => TypeId::Tuple,
            layout::SET => TypeId::Set,
            layout::BYTES => TypeId::Bytes,
            layout::BYTEARRAY => TypeId::ByteArray,
            _ => return None,
        };
        Some(self.ty(id))
    }

    /// An instance keeping its attributes in slots, with its class and
    /// shape: the key of the attribute inline caches.
    #[inline]
    fn shaped_instance(&self, obj: Value) -> Option<(minnow_heap::ObjRef, Value, u64)> {
        let o = self.obj_of(obj, layout::INSTANCE)?;
        let shape = self.heap.raw(o, field::INSTANCE::shape);
        (shape != crate::runtime::shape::DICT_MODE)
            .then(|| (o, self.heap.field(o, field::INSTANCE::class), shape))
    }

    /// `container[key]` for a list, tuple, bytes or bytearray and a small int
    /// index in range, or a dict and a str key it holds: the reads that run
    /// no Python code. `None` for anything else.
    #[inline]
    fn item_fast(&mut self, container: Value, key: Value) -> Option<Value> {
        let obj = container.as_obj()?;
        if self.heap.layout_of(obj) == layout::DICT {
            return self.dict_lookup_str(container, key)?.map(|(_, v)| v);
        }
        let index = key.as_small_int()?;
        let items = match self.heap.layout_of(obj) {
            layout::LIST => objects::list::items(&self.heap, obj),
            layout::TUPLE => self.heap.fields(obj),
            layout::BYTES | layout::BYTEARRAY => {
                let data = crate::builtins::bytes::bytes_of(self, container);
                let i = if index < 0 {
                    index + data.len() as i64
                } else {
                    index
                };
                let byte = usize::try_from(i).ok().and_then(|i| data.get(i))?;
                return Some(Value::small_int_const(i64::from(*byte)));
            }
            _ => return None,
        };
        let i = if index < 0 {
            index + items.len() as i64
        } else {
            index
        };
        usize::try_from(i).ok().and_then(|i| items.get(i)).copied()
    }

    /// For a `CALL` of a builtin function or of a builtin type's method
    /// loaded by `LOAD_METHOD` (its receiver in the slot after it): the
    /// native and its arguments, so that the call skips `prepare_call`.
    /// `None` for other callables and for a method called without a receiver.
    #[inline]
    fn direct_native_call(&self, slot: usize, argc: usize) -> Option<(NativeFn, Args)> {
        let f = self.obj_of(self.stack[slot], layout::BUILTIN_FUNCTION)?;
        if !self
            .heap
            .field(f, field::BUILTIN_FUNCTION::bound)
            .is_empty()
        {
            return None;
        }
        let native = &self.natives[self.heap.raw(f, field::BUILTIN_FUNCTION::index) as usize];
        let (base, count) = if !self.stack[slot + 1].is_empty() {
            (slot + 1, argc + 1)
        } else if !native.binds {
            (slot + 2, argc)
        } else {
            return None;
        };
        Some((
            native.func,
            Args {
                base,
                count,
                kwnames: Value::EMPTY,
            },
        ))
    }

    /// `container[key] = v` for a list and a small int index in range, or
    /// a dict and a str key it holds: the stores that run no Python code
    /// and allocate nothing. False (nothing stored) for anything else.
    #[inline]
    fn store_item_fast(&mut self, container: Value, key: Value, v: Value) -> bool {
        let Some(obj) = container.as_obj() else {
            return false;
        };
        match self.heap.layout_of(obj) {
            layout::LIST => self.store_list_item(obj, key, v),
            layout::DICT => match self.dict_lookup_str(container, key) {
                Some(Some((entry, _))) => {
                    objects::dict::set_entry_value(&mut self.heap, obj, entry, v);
                    true
                }
                _ => false,
            },
            _ => false,
        }
    }

    #[inline]
    fn store_list_item(&mut self, list: ObjRef, key: Value, v: Value) -> bool {
        let Some(index) = key.as_small_int() else {
            return false;
        };
        let len = objects::list::len(&self.heap, list) as i64;
        let i = if index < 0 { index + len } else { index };
        if !(0..len).contains(&i) {
            return false;
        }
        objects::list::set(&mut self.heap, list, i as usize, v);
        true
    }

    /// One step of an iterator over a list, a tuple or an ASCII str (once its
    /// characters are cached), without a call; `None` for other iterators.
    #[inline(always)]
    pub(crate) fn sequence_next(&mut self, it: Value) -> Option<Option<Value>> {
        let obj = self.obj_of(it, layout::SEQ_ITER)?;
        let state = self.heap.fields(obj);
        let seq = state[field::SEQ_ITER::seq].as_obj()?;
        let index = state[field::SEQ_ITER::index].small_int_unchecked();
        let i = index as usize;
        let next = match self.heap.layout_of(seq) {
            layout::LIST => objects::list::items(&self.heap, seq).get(i).copied(),
            layout::TUPLE => self.heap.fields(seq).get(i).copied(),
            layout::STR => match objects::str::ascii_byte(&self.heap, seq, i)? {
                Some(c) => Some(self.cached_ascii_char(c)?),
                None => None,
            },
            _ => return None,
        };
        match next {
            Some(v) => {
                self.heap.set_field(
                    obj,
                    field::SEQ_ITER::index,
                    Value::small_int_const(index + 1),
                );
                Some(Some(v))
            }
            None => {
                self.heap.set_field(obj, field::SEQ_ITER::seq, Value::EMPTY);
                Some(None)
            }
        }
    }

    #[inline]
    fn dict_version(&self, dict: Value) -> u64 {
        objects::dict::version(&self.heap, dict.as_obj().expect("a dict"))
    }

    /// A dict lookup by an interned str key (no Python code can run).
    pub fn dict_get_str_key(&self, dict: Value, key: Value) -> Option<Value> {
        let d = dict.as_obj().expect("a dict");
        let k = key.as_obj().expect("a str");
        let hash = objects::str::hash_of(&self.heap, k);
        match objects::dict::lookup_fast(&self.heap, d, hash, key) {
            Ok(Some((_, v))) => Some(v),
            _ => None,
        }
    }

    fn mapping_get(&mut self, mapping: Value, key: Value) -> PyResult<Option<Value>> {
        if self.is_layout(mapping, layout::DICT) {
            return self.dict_get(mapping, key);
        }
        match self.getitem(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(_) if self.exception_matches(TypeId::KeyError) => {
                self.take_exception();
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `del mapping[key]`; false on KeyError.
    fn mapping_del(&mut self, mapping: Value, key: Value) -> PyResult<bool> {
        if self.is_layout(mapping, layout::DICT) {
            return Ok(self.dict_del(mapping, key)?.is_some());
        }
        match self.delitem(mapping, key) {
            Ok(()) => Ok(true),
            Err(_) if self.exception_matches(TypeId::KeyError) => {
                self.take_exception();
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    fn mapping_set(&mut self, mapping: Value, key: Value, value: Value) -> PyResult<()> {
        if self.is_layout(mapping, layout::DICT) {
            return self.dict_set(mapping, key, value);
        }
        self.setitem(mapping, key, value)
    }

    /// `raise exc [from cause]`.
    fn do_raise(&mut self, exc: Value, cause: Option<Value>) -> PyResult<()> {
        let exc = if self.is_exception_class(exc) {
            let made = self.call(exc, &[])?;
            if !self.is_exception_instance(made) {
                let msg = format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_string(exc)?,
                    self.repr_string(self.type_of(made))?
                );
                return Err(self.type_error(&msg));
            }
            made
        } else {
            exc
        };
        if !self.is_exception_instance(exc) {
            return Err(self.type_error("exceptions must derive from BaseException"));
        }
        if let Some(cause) = cause {
            let cause = if self.is_exception_class(cause) {
                self.call(cause, &[])?
            } else {
                cause
            };
            if cause != Value::NONE && !self.is_exception_instance(cause) {
                return Err(self.type_error("exception causes must derive from BaseException"));
            }
            self.set_exception_field(exc, field::EXCEPTION::cause, cause);
            self.set_exception_field(exc, field::EXCEPTION::suppress_context, Value::TRUE);
        }
        Err(self.raise(exc))
    }

    /// `isinstance(exc, class)` for an except clause, with its TypeError.
    fn exception_match(&mut self, exc: Value, class: Value) -> PyResult<bool> {
        let classes = if self.is_layout(class, layout::TUPLE) {
            self.tuple_items(class)
        } else {
            vec![class]
        };
        for c in &classes {
            if !self.is_exception_class(*c) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        let ty = self.type_of(exc);
        Ok(classes.iter().any(|&c| self.is_subtype(ty, c)))
    }

    /// `__exit__` (bound) and `__enter__` (bound) of a context manager.
    fn with_methods(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let enter_name = self.intern_static("__enter__")?;
        let exit_name = self.intern_static("__exit__")?;
        let ty = self.type_of(mgr);
        let enter = self.lookup_in_type(ty, enter_name);
        let exit = self.lookup_in_type(ty, exit_name);
        match (enter, exit) {
            (Some(enter), Some(exit)) => {
                let base = self.stack.len();
                self.stack.extend_from_slice(&[mgr, enter]);
                let bound = self.call_bind(exit, mgr).and_then(|exit| {
                    self.stack.push(exit);
                    let enter = self.call_bind(self.stack[base + 1], self.stack[base])?;
                    Ok((self.stack[base + 2], enter))
                });
                self.stack.truncate(base);
                bound
            }
            (None, _) => {
                let msg = format!(
                    "'{}' object does not support the context manager protocol",
                    self.type_name_of(mgr)
                );
                Err(self.type_error(&msg))
            }
            (Some(_), None) => {
                let msg = format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    self.type_name_of(mgr)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `method` found on the type of `obj`, bound to it as attribute
    /// access would (functions and any other descriptor).
    pub(crate) fn call_bind(&mut self, method: Value, obj: Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        self.descriptor_get(method, obj, ty)
    }

    /// `SEND`: one step of `yield from`.
    /// `SETUP_ANNOTATIONS`: `__annotations__ = {}` in the frame's locals
    /// unless there is one; the locals may be any mapping (a metaclass's
    /// `__prepare__` chooses it).
    #[cold]
    fn setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let locals = self.frames[fi].locals;
        let key = self.intern_static("__annotations__")?;
        self.rooted(&[locals], |vm, base| {
            if vm.mapping_get(vm.stack[base], key)?.is_none() {
                let d = vm.new_dict()?;
                vm.mapping_set(vm.stack[base], key, d)?;
            }
            Ok(())
        })
    }

    /// Calls helper `name` of the bundled `_exceptiongroup` module, which
    /// carries out the `except*` instructions.
    #[cold]
    fn except_star_step(&mut self, name: &str, a: Value, b: Value) -> PyResult<Value> {
        self.rooted(&[a, b], |vm, base| {
            let helper = crate::modules::bundled_attribute(vm, "_exceptiongroup", name)?;
            let (a, b) = (vm.stack[base], vm.stack[base + 1]);
            vm.call(helper, &[a, b])
        })
    }

    /// `receiver.send(v)` (`__next__()` when v is None) for `SEND`; a
    /// StopIteration ends the delegation with its value.
    pub(crate) fn send_to(
        &mut self,
        receiver: Value,
        v: Value,
    ) -> PyResult<crate::runtime::iter::Resumed> {
        use crate::runtime::iter::Resumed;
        if self.is_layout(receiver, layout::GENERATOR) {
            return self.resume(receiver, v, None);
        }
        if self.is_native_awaitable(receiver) {
            return self.awaitable_step(receiver, v, None);
        }
        let method = if v != Value::NONE {
            let name = self.intern_static("send")?;
            Some(self.getattr(receiver, name)?)
        } else if self.is_layout(receiver, layout::INSTANCE) {
            self.lookup_special(receiver, "__next__")?
                .map(|m| self.call_bind(m, receiver))
                .transpose()?
        } else {
            None
        };
        let Some(method) = method else {
            return Ok(match self.next(receiver)? {
                Some(x) => Resumed::Yielded(x),
                None => Resumed::Returned(Value::NONE),
            });
        };
        match self.call(
            method,
            if v == Value::NONE {
                &[]
            } else {
                std::slice::from_ref(&v)
            },
        ) {
            Ok(x) => Ok(Resumed::Yielded(x)),
            Err(_) if self.exception_matches(TypeId::StopIteration) => {
                let stop = self.take_exception();
                let args = self.exception_field(stop, field::EXCEPTION::args);
                Ok(Resumed::Returned(
                    self.tuple_items(args)
                        .first()
                        .copied()
                        .unwrap_or(Value::NONE),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// Unpacks exactly `before` items, or with `after` a starred target:
    /// `before` items, a list of the rest, `after` items.
    fn unpack(&mut self, seq: Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match self.layout_of(seq) {
            Some(layout::TUPLE) => self.tuple_items(seq),
            Some(layout::LIST) => {
                objects::list::items(&self.heap, seq.as_obj().expect("a list")).to_vec()
            }
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(_) if self.exception_matches(TypeId::TypeError) => {
                        self.take_exception();
                        let msg = format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name_of(seq)
                        );
                        return Err(self.type_error(&msg));
                    }
                    Err(e) => return Err(e),
                };
                let base = self.stack.len();
                self.stack.push(it);
                let result = (|| {
                    let mut n = 0;
                    loop {
                        let it = self.stack[base];
                        match self.next(it)? {
                            Some(v) => {
                                self.stack.push(v);
                                n += 1;
                                if after.is_none() && n > before {
                                    break;
                                }
                            }
                            None => break,
                        }
                    }
                    Ok(())
                })();
                let items = self.stack[base + 1..].to_vec();
                self.stack.truncate(base);
                result?;
                items
            }
        };
        match after {
            None => {
                if items.len() != before {
                    let msg = if items.len() > before {
                        format!("too many values to unpack (expected {before})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        )
                    };
                    return Err(self.value_error(&msg));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    let msg = format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    );
                    return Err(self.value_error(&msg));
                }
                let mut out = items[..before].to_vec();
                let rest = self.new_list(&items[before..items.len() - after])?;
                out.push(rest);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }
}

/// Float arithmetic that needs no error checks.
#[inline(always)]
fn float_fast(x: f64, y: f64, op: BinaryOperator) -> Option<Value> {
    let r = match op {
        BinaryOperator::Add => x + y,
        BinaryOperator::Subtract => x - y,
        BinaryOperator::Multiply => x * y,
        BinaryOperator::TrueDivide if y != 0.0 => x / y,
        // A positive finite base has a real power; overflow takes the slow
        // path for its OverflowError.
        BinaryOperator::Power if x > 0.0 && x.is_finite() && y.is_finite() => {
            Some(x.powf(y)).filter(|r| r.is_finite())?
        }
        _ => return None,
    };
    Value::float(r)
}

/// Where the FOR_ITER just before `pc` jumps when its iterator is done.
fn for_iter_target(code: &crate::code::CodeObject, pc: usize) -> usize {
    match code.instruction(pc - 1) {
        Some((Opcode::FOR_ITER | Opcode::FOR_ITER_STORE_FAST, target)) => target as usize,
        other => unreachable!("a generator run inline returns to a FOR_ITER, not {other:?}"),
    }
}
