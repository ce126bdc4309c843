//! Creating and raising exceptions.
//!
//! An exception instance is an EXCEPTION object whatever its class (a user
//! subclass of `Exception` included): class, args, attribute dict,
//! traceback, `__cause__`, `__context__`, `__suppress_context__` and notes.

use minnow_heap::Value;
use minnow_objects::{field::EXCEPTION as F, layout};

use super::types::{type_name, TypeId};
use super::{PyResult, Raised, Static, Vm};

impl Vm {
    /// A new exception instance of class `class` with `args`.
    pub fn new_exception(&mut self, class: Value, args: &[Value]) -> PyResult<Value> {
        let args = self.new_tuple(args)?;
        let obj = self.alloc(layout::EXCEPTION, F::COUNT)?;
        let h = &mut self.heap;
        h.set_field(obj, F::class, class);
        h.set_field(obj, F::args, args);
        h.set_field(obj, F::traceback, Value::NONE);
        h.set_field(obj, F::cause, Value::NONE);
        h.set_field(obj, F::context, Value::NONE);
        h.set_field(obj, F::suppress_context, Value::FALSE);
        crate::builtins::exceptions::post_init(self, obj.value())?;
        Ok(obj.value())
    }

    /// Makes `exc` the raised exception, its `__context__` the exception
    /// being handled (as CPython's `_PyErr_SetObject`).
    pub fn raise(&mut self, exc: Value) -> Raised {
        self.chain_context(exc);
        self.exception = exc;
        Raised
    }

    /// Sets `exc.__context__` to the handled exception, first cutting
    /// `exc` out of that exception's context chain so no cycle forms.
    fn chain_context(&mut self, exc: Value) {
        let handled = self.handled_exception();
        if handled == exc
            || !self.is_exception_instance(handled)
            || !self.is_exception_instance(exc)
        {
            return;
        }
        // Floyd's cycle detection: a chain may already be circular.
        let mut o = handled;
        let mut slow = o;
        let mut advance_slow = false;
        loop {
            let context = self.exception_field(o, F::context);
            if !self.is_exception_instance(context) {
                break;
            }
            if context == exc {
                self.set_exception_field(o, F::context, Value::NONE);
                break;
            }
            o = context;
            if o == slow {
                break;
            }
            if advance_slow {
                slow = self.exception_field(slow, F::context);
            }
            advance_slow = !advance_slow;
        }
        self.set_exception_field(exc, F::context, handled);
    }

    /// Raises a new exception of a builtin class with a message.
    #[cold]
    pub fn raise_msg(&mut self, id: TypeId, msg: &str) -> Raised {
        let class = self.ty(id);
        self.raise_class_msg(class, msg)
    }

    #[cold]
    pub fn raise_class_msg(&mut self, class: Value, msg: &str) -> Raised {
        let exc = self
            .new_str(msg)
            .and_then(|m| self.new_exception(class, &[m]));
        match exc {
            Ok(exc) => self.raise(exc),
            Err(raised) => raised,
        }
    }

    /// Raises a new exception of a builtin class with these args.
    #[cold]
    pub fn raise_args(&mut self, id: TypeId, args: &[Value]) -> Raised {
        let class = self.ty(id);
        match self.new_exception(class, args) {
            Ok(exc) => self.raise(exc),
            Err(raised) => raised,
        }
    }

    /// Refuses, with `MemoryError`, a request for `bytes` that no object could
    /// hold, before native code builds a buffer of that size (a padded
    /// string, a repeated sequence, the items of an iterable).
    pub fn check_request(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > self.heap.max_object_bytes() {
            return Err(self.raise_memory_error());
        }
        Ok(())
    }

    /// `check_request` for `count` items of `item_bytes` each.
    pub fn check_items(&mut self, count: usize, item_bytes: usize) -> PyResult<()> {
        self.check_request(count.saturating_mul(item_bytes))
    }

    /// `warnings.warn(message, category)`: an error when the warning
    /// filters turn it into one.
    pub fn warn(&mut self, category: TypeId, message: &str) -> PyResult<()> {
        let warn = crate::modules::bundled_attribute(self, "warnings", "warn")?;
        self.rooted(&[warn], |vm, base| {
            let text = vm.new_str(message)?;
            let category = vm.ty(category);
            let warn = vm.stack[base];
            vm.call(warn, &[text, category]).map(|_| ())
        })
    }

    /// Raises the MemoryError made at startup: raising it must not allocate.
    #[cold]
    pub fn raise_memory_error(&mut self) -> Raised {
        let exc = self.stat(Static::MemoryErrorInstance);
        if exc.is_ptr() {
            self.heap.set_field(
                exc.as_obj().expect("an exception"),
                F::traceback,
                Value::NONE,
            );
        }
        self.raise(exc)
    }

    #[cold]
    pub fn type_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(TypeId::TypeError, msg)
    }

    #[cold]
    pub fn value_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(TypeId::ValueError, msg)
    }

    #[cold]
    pub fn attribute_error(&mut self, obj: Value, name: Value) -> Raised {
        let msg = if self.is_type(obj) {
            format!(
                "type object '{}' has no attribute '{}'",
                type_name(self, obj),
                self.str_text(name)
            )
        } else if self.is_layout(obj, layout::MODULE) {
            let module_name = self.heap.field(
                obj.as_obj().expect("a module"),
                minnow_objects::field::MODULE::name,
            );
            format!(
                "module '{}' has no attribute '{}'",
                self.str_text(module_name),
                self.str_text(name)
            )
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name_of(obj),
                self.str_text(name)
            )
        };
        self.rooted(&[obj, name], |vm, base| {
            let raised = vm.raise_msg(TypeId::AttributeError, &msg);
            let (obj, name) = (vm.stack[base], vm.stack[base + 1]);
            vm.set_raised_attributes(&[("name", name), ("obj", obj)]);
            raised
        })
    }

    /// Sets attributes of the exception just raised (NameError's and
    /// AttributeError's `name`, for the suggestions of the uncaught-exception
    /// printer). A failure to set them leaves the exception as it is.
    pub fn set_raised_attributes(&mut self, attributes: &[(&str, Value)]) {
        let exc = self.exception;
        if !self.is_exception_instance(exc) {
            return;
        }
        for &(key, value) in attributes {
            let set = self.instance_dict(exc, true).and_then(|d| {
                let key = self.intern(key)?;
                self.dict_set(d.expect("exceptions have dicts"), key, value)
            });
            if set.is_err() {
                self.exception = exc;
                return;
            }
        }
    }

    /// True when the raised exception is an instance of `id`.
    pub fn exception_matches(&self, id: TypeId) -> bool {
        self.exception.is_ptr() && self.isinstance_id(self.exception, id)
    }

    /// Takes the raised exception out (to handle it in Rust).
    pub fn take_exception(&mut self) -> Value {
        std::mem::replace(&mut self.exception, Value::EMPTY)
    }

    pub fn exception_field(&self, exc: Value, index: usize) -> Value {
        self.heap.field(exc.as_obj().expect("an exception"), index)
    }

    pub fn set_exception_field(&mut self, exc: Value, index: usize, v: Value) {
        self.heap
            .set_field(exc.as_obj().expect("an exception"), index, v);
    }

    pub fn is_exception_instance(&self, v: Value) -> bool {
        self.is_layout(v, layout::EXCEPTION)
    }

    /// True when `v` is an exception class.
    pub fn is_exception_class(&self, v: Value) -> bool {
        self.is_type(v) && self.is_subtype(v, self.ty(TypeId::BaseException))
    }
}
