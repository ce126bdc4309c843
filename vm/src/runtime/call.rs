//! Calls. Every call site lays out `[callable, self_or_null, args..]` on
//! the VM stack (see `bytecode.rs`, "Calls"). `Vm::prepare_call` either
//! finishes the call (a native function, a class without Python
//! `__init__`, ...) or pushes a new frame whose local slots are the
//! argument slots themselves, so a Python-to-Python call copies nothing
//! and does not recurse on the Rust stack.

use std::rc::Rc;

use minnow_heap::Value;
use minnow_objects::{field, layout};

use super::natives::Args;
use super::types::{builtin_layout, type_name, type_raw, TypeId};
use super::{Frame, FrameExit, PyResult, Vm};
use crate::bytecode::Opcode;
use crate::code::{code_flags, CodeObject};

/// How `prepare_call` left things.
pub enum Called {
    /// The call finished with this result; the caller pops the call slots.
    Done(Value),
    /// A frame was pushed; running it produces the result.
    Frame,
}

impl Vm {
    /// Calls `callable` with positional `args` from native code.
    pub fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        let slot = self.stack.len();
        self.stack.push(callable);
        self.stack.push(Value::EMPTY);
        self.stack.extend_from_slice(args);
        let result = self.call_slots(slot, args.len(), Value::EMPTY);
        self.stack.truncate(slot);
        result
    }

    /// Calls with keywords: `kwnames` (a tuple of strs) names the last args.
    pub fn call_kw(&mut self, callable: Value, args: &[Value], kwnames: Value) -> PyResult<Value> {
        let slot = self.stack.len();
        self.stack.push(callable);
        self.stack.push(Value::EMPTY);
        self.stack.extend_from_slice(args);
        let result = self.call_slots(slot, args.len(), kwnames);
        self.stack.truncate(slot);
        result
    }

    /// Calls a method by name: `obj.name(*args)`.
    pub fn call_method(
        &mut self,
        obj: Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Value> {
        let name = self.intern_static(name)?;
        let method = self.getattr(obj, name)?;
        self.call(method, args)
    }

    /// Runs the call laid out at `slot`, to completion.
    pub fn call_slots(&mut self, slot: usize, argc: usize, kwnames: Value) -> PyResult<Value> {
        let called = self.prepare_call(slot, argc, kwnames)?;
        self.finish_call(called)
    }

    /// The result of a call `prepare_call` started, running its frame if
    /// it pushed one.
    pub fn finish_call(&mut self, called: Called) -> PyResult<Value> {
        match called {
            Called::Done(v) => Ok(v),
            Called::Frame => {
                self.frames.last_mut().expect("pushed").exit = FrameExit::ToNative;
                self.run_nested()
            }
        }
    }

    /// Starts the call at `slot`: `[callable, self_or_null, args..]` with
    /// `argc` args (not counting self), the last len(kwnames) by keyword.
    pub fn prepare_call(&mut self, slot: usize, argc: usize, kwnames: Value) -> PyResult<Called> {
        let callable = self.stack[slot];
        let (first, count) = if self.stack[slot + 1].is_empty() {
            (slot + 2, argc)
        } else {
            (slot + 1, argc + 1)
        };
        let Some(obj) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        match self.heap.layout_of(obj) {
            layout::FUNCTION => {
                self.push_function_frame(callable, first, count, kwnames, FrameExit::Inline)?;
                if self.frames.last().expect("pushed").code.is_generator() {
                    return Ok(Called::Done(self.suspend_new_generator()?));
                }
                Ok(Called::Frame)
            }
            layout::BUILTIN_FUNCTION => {
                let index = self.heap.raw(obj, field::BUILTIN_FUNCTION::index) as usize;
                let func = self.natives[index].func;
                let receiver = self.heap.field(obj, field::BUILTIN_FUNCTION::bound);
                let (first, count) = if receiver.is_empty() {
                    if self.natives[index].binds && count == self.kwnames_len(kwnames) {
                        return Err(self.missing_receiver(callable));
                    }
                    (first, count)
                } else if self.stack[slot + 1].is_empty() {
                    self.stack[slot + 1] = receiver;
                    (slot + 1, argc + 1)
                } else {
                    self.stack.insert(slot + 1, receiver);
                    (slot + 1, argc + 2)
                };
                let args = Args {
                    base: first,
                    count,
                    kwnames,
                };
                Ok(Called::Done(func(self, args)?))
            }
            layout::BOUND_METHOD => {
                let function = self.heap.field(obj, field::BOUND_METHOD::function);
                let receiver = self.heap.field(obj, field::BOUND_METHOD::receiver);
                self.bind_call(slot, argc, kwnames, function, receiver)
            }
            layout::STATICMETHOD => {
                self.stack[slot] = self.heap.field(obj, field::STATICMETHOD::function);
                self.prepare_call(slot, argc, kwnames)
            }
            layout::TYPE => self.call_type(slot, first, count, kwnames),
            _ => {
                let (mut callable, mut argc) = (callable, argc);
                // A `__call__` that is itself an object with a `__call__`
                // is followed here, so that a cycle of them ends in
                // RecursionError as in CPython.
                for _ in 0..self.recursion_limit {
                    let Some(call) = self.lookup_special(callable, "__call__")? else {
                        return Err(self.not_callable(callable));
                    };
                    if self.is_layout(call, layout::STATICMETHOD) {
                        self.stack[slot] = call;
                        return self.prepare_call(slot, argc, kwnames);
                    }
                    // callable(args) == type(callable).__call__(callable, args)
                    if self.stack[slot + 1].is_empty() {
                        self.stack[slot + 1] = callable;
                    } else {
                        self.stack.insert(slot + 1, callable);
                        argc += 1;
                    }
                    self.stack[slot] = call;
                    if self.is_plain_callable(call) {
                        return self.prepare_call(slot, argc, kwnames);
                    }
                    callable = call;
                }
                Err(self.raise_msg(
                    TypeId::RecursionError,
                    "maximum recursion depth exceeded while calling a Python object",
                ))
            }
        }
    }

    /// Whether calling `v` does not go through a `__call__` lookup.
    fn is_plain_callable(&self, v: Value) -> bool {
        matches!(
            self.layout_of(v),
            Some(
                layout::FUNCTION
                    | layout::BUILTIN_FUNCTION
                    | layout::BOUND_METHOD
                    | layout::STATICMETHOD
                    | layout::TYPE
            )
        )
    }

    /// Continues the call at `slot` as `function(receiver, args..)`.
    fn bind_call(
        &mut self,
        slot: usize,
        argc: usize,
        kwnames: Value,
        function: Value,
        receiver: Value,
    ) -> PyResult<Called> {
        if self.stack[slot + 1].is_empty() {
            self.stack[slot] = function;
            self.stack[slot + 1] = receiver;
            self.prepare_call(slot, argc, kwnames)
        } else {
            self.stack.insert(slot + 1, receiver);
            self.stack[slot] = function;
            self.prepare_call(slot, argc + 1, kwnames)
        }
    }

    #[cold]
    fn not_callable(&mut self, v: Value) -> super::Raised {
        let msg = format!("'{}' object is not callable", self.type_name_of(v));
        self.type_error(&msg)
    }

    /// A class call: `__new__` then `__init__`. A plain class with a
    /// Python `__init__` gets its instance allocated here and `__init__`
    /// pushed as a frame that returns the instance, so instantiation needs
    /// no Rust recursion.
    fn call_type(
        &mut self,
        slot: usize,
        first: usize,
        count: usize,
        kwnames: Value,
    ) -> PyResult<Called> {
        let class = self.stack[slot];
        let metaclass = self.type_of(class);
        if metaclass != self.ty(TypeId::Type) {
            let call_name = self.intern_static("__call__")?;
            if let Some(call) = self.lookup_in_type(metaclass, call_name) {
                if call != self.type_call_native() {
                    let mut full = vec![class];
                    full.extend_from_slice(&self.stack[first..first + count]);
                    return Ok(Called::Done(self.call_kw(call, &full, kwnames)?));
                }
            }
        }
        self.construct(slot, first, count, kwnames)
    }

    /// `type.__call__(class, args)`: `__new__`, then `__init__`, for the
    /// call laid out at `slot` (a metaclass's `__call__` is not consulted).
    pub fn construct(
        &mut self,
        slot: usize,
        first: usize,
        count: usize,
        kwnames: Value,
    ) -> PyResult<Called> {
        let class = self.stack[slot];
        if class == self.ty(TypeId::Type) && count == 1 && kwnames.is_empty() {
            let v = self.stack[first];
            return Ok(Called::Done(self.type_of(v)));
        }
        let new_name = self.intern_static("__new__")?;
        let init_name = self.intern_static("__init__")?;
        let new = self.lookup_in_type(class, new_name);
        let init = self.lookup_in_type(class, init_name);
        let object_new = self.object_new_native();
        let plain_new = new.is_none() || new == Some(object_new);
        let python_init = init.is_some_and(|i| self.is_layout(i, layout::FUNCTION));
        let native_new = new.filter(|&n| !plain_new && self.is_layout(n, layout::BUILTIN_FUNCTION));
        if python_init && (plain_new || (native_new.is_some() && kwnames.is_empty())) {
            let instance = match native_new {
                None => self.new_instance(class)?,
                Some(new) => {
                    let mut full = vec![class];
                    full.extend_from_slice(&self.stack[first..first + count]);
                    let instance = self.call(new, &full)?;
                    if !self.is_subtype(self.type_of(instance), self.stack[slot]) {
                        return Ok(Called::Done(instance));
                    }
                    instance
                }
            };
            // Looked up again: `__new__` may have run a collection.
            let init = self
                .lookup_in_type(self.stack[slot], init_name)
                .expect("the class's __init__");
            self.stack[slot] = init;
            if first == slot + 2 {
                self.stack[slot + 1] = instance;
            } else {
                self.stack.insert(slot + 1, instance);
            }
            self.push_function_frame(init, slot + 1, count + 1, kwnames, FrameExit::Inline)?;
            self.frames.last_mut().expect("pushed").instance = instance;
            return Ok(Called::Frame);
        }
        if new.is_none() || new == Some(object_new) {
            let object_init = self.object_native("__init__");
            if count > 0 && init.map_or(true, |i| i == object_init) {
                let msg = format!("{}() takes no arguments", type_name(self, class));
                return Err(self.type_error(&msg));
            }
        }
        let root = self.stack.len();
        self.stack.push(kwnames);
        let r = self.new_then_init(slot, first, count, root, new.filter(|&n| n != object_new));
        self.stack.truncate(root);
        r.map(Called::Done)
    }

    /// The general protocol, in Rust: obj = __new__(cls, *args); if
    /// isinstance(obj, cls): obj.__init__(*args). The class, the arguments
    /// and kwnames (at `stack[root]`) are re-read after each call.
    fn new_then_init(
        &mut self,
        slot: usize,
        first: usize,
        count: usize,
        root: usize,
        new: Option<Value>,
    ) -> PyResult<Value> {
        let arguments = |vm: &Vm, head: Value| {
            std::iter::once(head)
                .chain(vm.stack[first..first + count].iter().copied())
                .collect::<Vec<Value>>()
        };
        let instance = match new {
            Some(new) => {
                let new = self.unwrap_staticmethod(new);
                let full = arguments(self, self.stack[slot]);
                self.call_kw(new, &full, self.stack[root])?
            }
            None => self.new_instance(self.stack[slot])?,
        };
        let class = self.stack[slot];
        let init_name = self.intern_static("__init__")?;
        let Some(init) = self.lookup_in_type(class, init_name) else {
            return Ok(instance);
        };
        if !self.is_subtype(self.type_of(instance), class) {
            return Ok(instance);
        }
        // Under a `__new__` of the class's own, object.__init__ accepts and
        // ignores any arguments (CPython's rule), so it need not be called:
        // this is every `str(x)`, `int(x)`, `tuple(x)`, ...
        if new.is_some() && init == self.object_native("__init__") {
            return Ok(instance);
        }
        self.stack.push(instance);
        let r = if self.is_layout(init, layout::PROPERTY) {
            // A property's getter gives the method (or the error).
            self.descriptor_get(init, instance, class)
                .and_then(|method| {
                    let rest = self.stack[first..first + count].to_vec();
                    self.call_kw(method, &rest, self.stack[root])
                })
        } else {
            let full = arguments(self, instance);
            self.call_kw(init, &full, self.stack[root])
        };
        let instance = self.stack[root + 1];
        let r = r?;
        if r != Value::NONE {
            let msg = format!(
                "__init__() should return None, not '{}'",
                self.type_name_of(r)
            );
            return Err(self.type_error(&msg));
        }
        Ok(instance)
    }

    /// A first guess at how many attributes instances of `class` get: the
    /// distinct names stored by attribute in the `__init__` methods along
    /// its MRO (or a default when there are none). Instances that outgrow
    /// it teach the class a larger number.
    fn expected_attributes(&mut self, class: Value) -> PyResult<usize> {
        let init = self.intern_static("__init__")?;
        let mut names: Vec<&str> = Vec::new();
        let mut codes = Vec::new();
        for c in super::types::mro_of(self, class) {
            let dict = super::types::type_field(self, c, field::TYPE::dict);
            if let Some(f) = self.dict_get_str_key(dict, init) {
                if let Some(fobj) = self.obj_of(f, layout::FUNCTION) {
                    codes.push(self.code_of(self.heap.field(fobj, field::FUNCTION::code)));
                }
            }
        }
        for code in &codes {
            for pc in 0..code.instructions.len() {
                if let Some((Opcode::STORE_ATTR, arg)) = code.instruction(pc) {
                    let name = code.names[arg as usize].as_str();
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
        }
        Ok(match names.len() {
            0 => super::shape::DEFAULT_SLOTS,
            n => n.min(super::shape::MAX_SLOTS),
        })
    }

    fn unwrap_staticmethod(&self, v: Value) -> Value {
        match self.obj_of(v, layout::STATICMETHOD) {
            Some(obj) => self.heap.field(obj, field::STATICMETHOD::function),
            None => v,
        }
    }

    /// A new, empty instance of a user class (`object.__new__`).
    pub fn new_instance(&mut self, class: Value) -> PyResult<Value> {
        let builtin = builtin_layout(self, class);
        if builtin == layout::EXCEPTION {
            return self.new_exception(class, &[]);
        }
        let mut slots = type_raw(self, class, field::TYPE::instance_slots) as usize;
        if slots == 0 {
            let members = crate::builtins::member::member_count(self, class);
            let dict = self.intern_static("__dict__")?;
            slots = match self.slots_allow(class, dict) {
                true => self.expected_attributes(class)?.max(members),
                // Instances without a dict hold their members and nothing
                // else; at least one slot, as 0 means "not learned yet".
                false => members.max(1),
            };
            let t = class.as_obj().expect("a type");
            self.heap
                .set_raw(t, field::TYPE::instance_slots, slots as u64);
        }
        let obj = self.alloc(layout::INSTANCE, field::INSTANCE::COUNT + slots)?;
        self.heap.set_field(obj, field::INSTANCE::class, class);
        // A new object's raw fields are zero, the root shape already.
        let member_shape = type_raw(self, class, field::TYPE::member_shape);
        if member_shape != super::shape::ROOT {
            self.heap.set_raw(obj, field::INSTANCE::shape, member_shape);
        }
        if self.user_special(class, "__del__")?.is_some() {
            self.heap.register_finalizer(obj);
        }
        Ok(obj.value())
    }

    fn object_new_native(&mut self) -> Value {
        self.object_native("__new__")
    }

    /// `object.<name>`, the native method.
    pub(crate) fn object_native(&mut self, name: &'static str) -> Value {
        let object = self.ty(TypeId::Object);
        let dict = super::types::type_field(self, object, field::TYPE::dict);
        match self.intern_static(name) {
            Ok(key) => self.dict_get_str_key(dict, key).unwrap_or(Value::EMPTY),
            Err(_) => Value::EMPTY,
        }
    }

    fn type_call_native(&self) -> Value {
        let ty = self.ty(TypeId::Type);
        let dict = super::types::type_field(self, ty, field::TYPE::dict);
        crate::builtins::dict_get_str(self, dict, "__call__").unwrap_or(Value::EMPTY)
    }

    /// Binds `count` arguments starting at stack slot `first` to the
    /// parameters of `function` and pushes its frame there.
    pub fn push_function_frame(
        &mut self,
        function: Value,
        first: usize,
        count: usize,
        kwnames: Value,
        exit: FrameExit,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.raise_msg(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let fobj = function.as_obj().expect("a function");
        let code_obj = self.heap.field(fobj, field::FUNCTION::code);
        let code = self.code_of(code_obj);
        let simple = kwnames.is_empty()
            && count == code.arg_count as usize
            && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && code.kwonly_arg_count == 0;
        self.stack.truncate(first + count);
        if !simple {
            self.bind_arguments(function, &code, first, count, kwnames)?;
        }
        let nlocals = code.varnames.len();
        self.stack.resize(first + nlocals, Value::EMPTY);
        self.make_cells(function, &code, first)?;
        let globals = self.heap.field(fobj, field::FUNCTION::globals);
        let locals = if code.flags & code_flags::OPTIMIZED == 0 {
            self.new_dict()?
        } else {
            Value::EMPTY
        };
        let return_to = if first >= 2 && self.stack[first - 1].is_empty() {
            first - 2
        } else {
            first - 1
        };
        self.frames.push(Frame {
            code,
            code_obj,
            function,
            globals,
            locals,
            instance: Value::EMPTY,
            generator: Value::EMPTY,
            base: first,
            return_to,
            pc: 0,
            exit,
        });
        Ok(())
    }

    /// Creates the frame's cells after its locals: fresh cells for
    /// cellvars (holding the parameter they shadow, if any), then the
    /// function's closure cells.
    fn make_cells(&mut self, function: Value, code: &Rc<CodeObject>, base: usize) -> PyResult<()> {
        if code.cellvars.is_empty() && code.freevars.is_empty() {
            return Ok(());
        }
        for (i, arg) in code.cellvars.iter().enumerate() {
            let _ = arg;
            let cell = self.alloc(layout::CELL, field::CELL::COUNT)?;
            if let Some(k) = code.cellvar_args[i] {
                let v = self.stack[base + k as usize];
                self.heap.set_field(cell, field::CELL::contents, v);
            }
            self.stack.push(cell.value());
        }
        let closure = self.heap.field(
            function.as_obj().expect("a function"),
            field::FUNCTION::closure,
        );
        if closure.is_ptr() {
            let cells = self.tuple_items(closure);
            self.stack.extend_from_slice(&cells);
        }
        Ok(())
    }

    /// Arranges `count` arguments at `first` into the parameter slots,
    /// packing `*args`/`**kwargs`, applying defaults, and raising
    /// CPython's TypeErrors for any mismatch.
    fn bind_arguments(
        &mut self,
        function: Value,
        code: &CodeObject,
        first: usize,
        count: usize,
        kwnames: Value,
    ) -> PyResult<()> {
        let fobj = function.as_obj().expect("a function");
        let qualname = self.heap.field(fobj, field::FUNCTION::qualname);
        let fname = self.str_text(qualname).to_string();
        let kw_count = if kwnames.is_ptr() {
            self.tuple_len(kwnames)
        } else {
            0
        };
        let npos_given = count - kw_count;
        let given: Vec<Value> = self.stack[first..first + count].to_vec();
        let argcount = code.arg_count as usize;
        let posonly = code.posonly_arg_count as usize;
        let kwonly = code.kwonly_arg_count as usize;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let nparams = argcount + kwonly;
        let mut slots = vec![Value::EMPTY; code.varnames.len().max(nparams + 2)];
        let npos_bound = npos_given.min(argcount);
        slots[..npos_bound].copy_from_slice(&given[..npos_bound]);
        let mut index = nparams;
        if has_varargs {
            let rest = self.new_tuple(&given[npos_bound..npos_given])?;
            slots[index] = rest;
            index += 1;
        } else if npos_given > argcount {
            let defaults = self.heap.field(fobj, field::FUNCTION::defaults);
            let ndefaults = if defaults.is_ptr() {
                self.tuple_len(defaults)
            } else {
                0
            };
            let kw_given_for_kwonly = if kw_count > 0 {
                let names = self.tuple_items(kwnames);
                names
                    .iter()
                    .filter(|&&n| {
                        let t = self.str_text(n);
                        code.varnames[argcount..nparams].iter().any(|v| v == t)
                    })
                    .count()
            } else {
                0
            };
            let takes = if ndefaults > 0 {
                format!("from {} to {}", argcount - ndefaults, argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && ndefaults == 0 {
                ""
            } else {
                "s"
            };
            let msg = if kw_given_for_kwonly > 0 {
                format!(
                    "{fname}() takes {takes} positional argument{plural} but {npos_given} positional argument{} (and {kw_given_for_kwonly} keyword-only argument{}) were given",
                    if npos_given == 1 { "" } else { "s" },
                    if kw_given_for_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{fname}() takes {takes} positional argument{plural} but {npos_given} {} given",
                    if npos_given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(&msg));
        }
        let varkw_dict = if has_varkw {
            let d = self.new_dict()?;
            slots[index] = d;
            Some(d)
        } else {
            None
        };
        if kw_count > 0 {
            let names = self.tuple_items(kwnames);
            let mut posonly_as_kw = Vec::new();
            for (k, &name) in names.iter().enumerate() {
                let value = given[npos_given + k];
                let text = self.str_text(name).to_string();
                let position = code.varnames[..nparams].iter().position(|v| *v == text);
                match position {
                    Some(p) if p >= posonly => {
                        if !slots[p].is_empty() {
                            return Err(self.type_error(&format!(
                                "{fname}() got multiple values for argument '{text}'"
                            )));
                        }
                        slots[p] = value;
                    }
                    _ => match varkw_dict {
                        Some(d) => self.dict_set(d, name, value)?,
                        None if position.is_some() => posonly_as_kw.push(text),
                        None => {
                            return Err(self.type_error(&format!(
                                "{fname}() got an unexpected keyword argument '{text}'"
                            )))
                        }
                    },
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(self.type_error(&format!(
                    "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_as_kw.join(", ")
                )));
            }
        }
        let defaults = self.heap.field(fobj, field::FUNCTION::defaults);
        if npos_bound < argcount {
            let defaults = if defaults.is_ptr() {
                self.tuple_items(defaults)
            } else {
                vec![]
            };
            let first_default = argcount - defaults.len();
            let mut missing = Vec::new();
            for i in npos_bound..argcount {
                if slots[i].is_empty() {
                    if i >= first_default {
                        slots[i] = defaults[i - first_default];
                    } else {
                        missing.push(code.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(&fname, "positional", &missing));
            }
        }
        if kwonly > 0 {
            let kwdefaults = self.heap.field(fobj, field::FUNCTION::kwdefaults);
            let mut missing = Vec::new();
            for i in argcount..nparams {
                if slots[i].is_empty() {
                    let name = code.varnames[i].clone();
                    let default = if kwdefaults.is_ptr() {
                        crate::builtins::dict_get_str(self, kwdefaults, &name)
                    } else {
                        None
                    };
                    match default {
                        Some(d) => slots[i] = d,
                        None => missing.push(name),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(&fname, "keyword-only", &missing));
            }
        }
        self.stack.truncate(first);
        self.stack.extend_from_slice(&slots[..code.varnames.len()]);
        Ok(())
    }

    #[cold]
    fn missing_arguments(&mut self, fname: &str, kind: &str, missing: &[String]) -> super::Raised {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let msg = format!(
            "{fname}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        );
        self.type_error(&msg)
    }
}
