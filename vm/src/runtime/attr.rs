//! Attribute access: `getattr`, `setattr`, `delattr` and the method lookup
//! behind `LOAD_METHOD`, following CPython's `object.__getattribute__`:
//! data descriptors on the type, then the instance's dict, then other
//! descriptors and class attributes, then `__getattr__`.

use minnow_heap::Value;
use minnow_objects::{self as objects, field, layout};

use super::types::{type_field, type_flags, type_flags_of, TypeId};
use super::{shape, PyResult, Raised, Static, Vm};

/// Where an object keeps its attribute dict, if it has one.
fn dict_field(l: minnow_heap::LayoutId) -> Option<usize> {
    match l {
        layout::INSTANCE => Some(field::INSTANCE::dict),
        layout::EXCEPTION => Some(field::EXCEPTION::dict),
        layout::FUNCTION => Some(field::FUNCTION::dict),
        layout::STATICMETHOD => Some(field::STATICMETHOD::dict),
        layout::CLASSMETHOD => Some(field::CLASSMETHOD::dict),
        layout::TYPE => Some(field::TYPE::dict),
        layout::MODULE => Some(field::MODULE::dict),
        _ => None,
    }
}

impl Vm {
    /// The object's attribute dict, if it has one (created on demand).
    /// An instance keeping its attributes in slots gets its dict made now
    /// and keeps using it (see `shape.rs`).
    pub fn instance_dict(&mut self, obj: Value, create: bool) -> PyResult<Option<Value>> {
        let Some(o) = obj.as_obj() else {
            return Ok(None);
        };
        let l = self.heap.layout_of(o);
        if l == layout::INSTANCE {
            let shape = self.heap.raw(o, field::INSTANCE::shape);
            if shape != shape::DICT_MODE {
                let class = self.heap.field(o, field::INSTANCE::class);
                let members = crate::builtins::member::member_count(self, class);
                if create || self.shapes.names(shape).len() > members {
                    return self.materialize_dict(obj).map(Some);
                }
            }
        }
        let Some(index) = dict_field(l) else {
            return Ok(None);
        };
        let d = self.heap.field(o, index);
        if d.is_ptr() || !create {
            return Ok(d.is_ptr().then_some(d));
        }
        let d = self.new_dict()?;
        let o = obj.as_obj().expect("an object");
        self.heap.set_field(o, index, d);
        Ok(Some(d))
    }

    /// Moves a shaped instance's attributes into a new dict, which from
    /// now on is the instance's only store of attributes but for its
    /// `__slots__` members, which keep their slots.
    fn materialize_dict(&mut self, obj: Value) -> PyResult<Value> {
        let d = self.new_dict()?;
        let o = obj.as_obj().expect("an instance");
        let shape = self.heap.raw(o, field::INSTANCE::shape);
        let class = self.heap.field(o, field::INSTANCE::class);
        let members = crate::builtins::member::member_count(self, class);
        let names = self.shapes.names(shape).to_vec();
        let (obj, d) = self.rooted(&[obj, d], |vm, base| {
            for (i, &name) in names.iter().enumerate().skip(members) {
                let o = vm.stack[base].as_obj().expect("an instance");
                let v = vm.heap.field(o, field::INSTANCE::slots + i);
                vm.dict_set(vm.stack[base + 1], name, v)?;
            }
            Ok((vm.stack[base], vm.stack[base + 1]))
        })?;
        let o = obj.as_obj().expect("an instance");
        self.heap
            .set_raw(o, field::INSTANCE::shape, shape::DICT_MODE);
        for i in field::INSTANCE::slots + members..self.heap.field_count(o) {
            self.heap.set_field(o, i, Value::EMPTY);
        }
        self.heap.set_field(o, field::INSTANCE::dict, d);
        Ok(d)
    }

    /// Attribute `name` of the object itself (its slots or its dict), not
    /// of its class.
    fn own_attribute(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(o) = self.obj_of(obj, layout::INSTANCE) {
            let shape = self.heap.raw(o, field::INSTANCE::shape);
            if shape != shape::DICT_MODE {
                if let Some(n) = self.obj_of(name, layout::STR) {
                    // Shapes hold interned names only: an equal str that was
                    // never interned names no slot.
                    let text = objects::str::as_str(&self.heap, n);
                    let slot = match self.interned.get(text) {
                        Some(&interned) => self.shapes.slot(shape, interned),
                        None => None,
                    };
                    return Ok(slot
                        .map(|i| self.heap.field(o, field::INSTANCE::slots + i))
                        .filter(|v| !v.is_empty()));
                }
            }
        }
        match self.instance_dict(obj, false)? {
            Some(dict) => self.dict_get(dict, name),
            None => Ok(None),
        }
    }

    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        self.rooted(&[obj, name], |vm, base| {
            let found = vm.getattr_opt(obj, name);
            let (obj, name) = (vm.stack[base], vm.stack[base + 1]);
            match found {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(vm.attribute_error(obj, name)),
                Err(e) => {
                    vm.add_attribute_error_context(obj, name);
                    Err(e)
                }
            }
        })
    }

    /// Gives an AttributeError raised by Python code during the lookup of
    /// `obj.name` that names neither an attribute nor an object those two,
    /// as CPython does for the "Did you mean" of the uncaught-exception
    /// printer.
    #[cold]
    fn add_attribute_error_context(&mut self, obj: Value, name: Value) {
        let exc = self.exception;
        if !self.is_exception_instance(exc) || !self.isinstance_id(exc, TypeId::AttributeError) {
            return;
        }
        if let Ok(Some(dict)) = self.instance_dict(exc, false) {
            let named = |key| crate::builtins::dict_get_str(self, dict, key).is_some();
            if named("name") || named("obj") {
                return;
            }
        }
        self.set_raised_attributes(&[("name", name), ("obj", obj)]);
    }

    pub fn getattr_str(&mut self, obj: Value, name: &'static str) -> PyResult<Value> {
        let name = self.intern_static(name)?;
        self.getattr(obj, name)
    }

    /// `getattr(obj, name)`, with `None` for a missing attribute (an
    /// AttributeError raised by Python code is caught the same way).
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if self.is_layout(obj, layout::SUPER) {
            return match crate::builtins::function::super_lookup(self, obj, name) {
                Ok(v) => Ok(Some(v)),
                Err(_) if self.exception_matches(TypeId::AttributeError) => {
                    self.take_exception();
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        let ty = self.type_of(obj);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE != 0 {
            if let Some(getattribute) = self.user_special(ty, "__getattribute__")? {
                let base = self.stack.len();
                self.stack.extend_from_slice(&[obj, name]);
                let r = self.call(getattribute, &[obj, name]);
                let (obj, name) = (self.stack[base], self.stack[base + 1]);
                self.stack.truncate(base);
                return match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exception_matches(TypeId::AttributeError) => {
                        let ty = self.type_of(obj);
                        let getattr_name = self.intern_static("__getattr__")?;
                        if self.lookup_in_type(ty, getattr_name).is_none() {
                            return Err(e);
                        }
                        self.take_exception();
                        self.getattr_fallback(obj, name)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        let base = self.stack.len();
        self.stack.extend_from_slice(&[obj, name]);
        let found = self.generic_getattr(obj, name);
        let (obj, name) = (self.stack[base], self.stack[base + 1]);
        self.stack.truncate(base);
        match found {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => {}
            // An AttributeError from a property or descriptor also falls
            // back to `__getattr__`.
            Err(e) if self.exception_matches(TypeId::AttributeError) => {
                let ty = self.type_of(obj);
                let getattr_name = self.intern_static("__getattr__")?;
                if !self.is_user_instance(obj) || self.lookup_in_type(ty, getattr_name).is_none() {
                    return Err(e);
                }
                self.take_exception();
            }
            Err(e) => return Err(e),
        }
        self.getattr_fallback(obj, name)
    }

    /// `obj.name` for an instance of a class that does not customize
    /// attribute reads, when the answer is the instance dict's entry, a
    /// method, or a plain class attribute; `None` when the general path
    /// must decide (descriptors, `__getattr__`, special names, errors).
    #[inline]
    pub fn instance_getattr_fast(&mut self, obj: Value, name: Value) -> Option<PyResult<Value>> {
        let o = self.obj_of(obj, layout::INSTANCE)?;
        let ty = self.heap.field(o, field::INSTANCE::class);
        if self.user_special(ty, "__getattribute__").ok()?.is_some() {
            return None;
        }
        let descr = self.lookup_in_type(ty, name);
        let is_function = descr.is_some_and(|d| self.is_layout(d, layout::FUNCTION));
        if descr.is_some_and(|d| !is_function && !self.is_plain_class_attribute(d)) {
            return None;
        }
        if let Some(v) = self.instance_dict_entry(o, name)? {
            return Some(Ok(v));
        }
        match descr {
            Some(d) if is_function => Some(self.bound_method(d, obj)),
            Some(d) => Some(Ok(d)),
            None => None,
        }
    }

    /// `obj.name = value` for an instance of a class that does not
    /// customize attribute stores, when the store goes to the instance
    /// dict; `None` when the general path must decide.
    #[inline]
    pub fn instance_setattr_fast(
        &mut self,
        obj: Value,
        name: Value,
        value: Value,
    ) -> Option<PyResult<()>> {
        let o = self.obj_of(obj, layout::INSTANCE)?;
        let ty = self.heap.field(o, field::INSTANCE::class);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE == 0
            || self.user_special(ty, "__setattr__").ok()?.is_some()
        {
            return None;
        }
        let name_obj = self.obj_of(name, layout::STR)?;
        if objects::str::bytes(&self.heap, name_obj).starts_with(b"__") {
            return None;
        }
        if let Some(d) = self.lookup_in_type(ty, name) {
            if !self.is_layout(d, layout::FUNCTION) && !self.is_plain_class_attribute(d) {
                return None;
            }
        }
        let slots = self.intern_static("__slots__").ok()?;
        if self.lookup_in_type(ty, slots).is_some() {
            return None;
        }
        let shape = self.heap.raw(o, field::INSTANCE::shape);
        if shape != shape::DICT_MODE {
            let capacity = self.heap.field_count(o) - field::INSTANCE::slots;
            if let Some(i) = self.shapes.slot(shape, name) {
                self.heap.set_field(o, field::INSTANCE::slots + i, value);
                return Some(Ok(()));
            }
            let next = self.shapes.with(shape, name);
            let wanted = self.shapes.names(shape).len() + 1;
            if let Some(next) = next.filter(|_| wanted <= capacity) {
                self.heap.set_raw(o, field::INSTANCE::shape, next);
                self.heap
                    .set_field(o, field::INSTANCE::slots + wanted - 1, value);
                return Some(Ok(()));
            }
            // Out of slots: later instances of the class get more.
            let t = ty.as_obj().expect("a type");
            let learned = self.heap.raw(t, field::TYPE::instance_slots) as usize;
            let grown = wanted.max(learned).min(shape::MAX_SLOTS);
            self.heap
                .set_raw(t, field::TYPE::instance_slots, grown as u64);
        }
        let dict = match self.instance_dict(obj, true) {
            Ok(dict) => dict?,
            Err(e) => return Some(Err(e)),
        };
        if !self.is_layout(dict, layout::DICT) {
            return None;
        }
        Some(self.dict_set(dict, name, value))
    }

    /// Instance `o`'s own attribute `name`, an interned str: `Some(None)`
    /// when it has none, `None` when only Python code could tell (an odd
    /// key or an odd `__dict__`).
    fn instance_dict_entry(&self, o: minnow_heap::ObjRef, name: Value) -> Option<Option<Value>> {
        let shape = self.heap.raw(o, field::INSTANCE::shape);
        if shape != shape::DICT_MODE {
            return Some(
                self.shapes
                    .slot(shape, name)
                    .map(|i| self.heap.field(o, field::INSTANCE::slots + i))
                    .filter(|v| !v.is_empty()),
            );
        }
        let dict = self.heap.field(o, field::INSTANCE::dict);
        let Some(d) = dict.as_obj() else {
            return Some(None);
        };
        if self.heap.layout_of(d) != layout::DICT {
            return None;
        }
        let hash = objects::str::hash_of(&self.heap, self.obj_of(name, layout::STR)?);
        let found = objects::dict::lookup_fast(&self.heap, d, hash, name).ok()?;
        Some(found.map(|(_, v)| v))
    }

    /// A class attribute that is no descriptor of any kind, so reading it
    /// through an instance gives it unchanged.
    fn is_plain_class_attribute(&self, v: Value) -> bool {
        v.as_obj().map_or(true, |o| {
            let layout = self.heap.layout_of(o);
            if layout == layout::BUILTIN_FUNCTION {
                return !self.is_binding_native(v);
            }
            !matches!(
                layout,
                layout::FUNCTION
                    | layout::STATICMETHOD
                    | layout::CLASSMETHOD
                    | layout::PROPERTY
                    | layout::MEMBER
                    | layout::INSTANCE
                    | layout::TYPE
            )
        })
    }

    /// `__getattr__`, when the class defines one; an AttributeError it
    /// raises propagates.
    fn getattr_fallback(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE == 0 || self.is_type(obj) {
            return Ok(None);
        }
        let getattr_name = self.intern_static("__getattr__")?;
        match self.lookup_in_type(ty, getattr_name) {
            Some(hook) => self.call_descriptor_method(hook, obj, &[name]).map(Some),
            None => Ok(None),
        }
    }

    /// A special method defined by a user class (not inherited from object).
    pub(crate) fn user_special(
        &mut self,
        ty: Value,
        name: &'static str,
    ) -> PyResult<Option<Value>> {
        let name = self.intern_static(name)?;
        if let Some(found) = self.type_cache.get_special(ty, name) {
            return Ok(found);
        }
        let found = self.lookup_in_type(ty, name);
        let object = self.ty(TypeId::Object);
        let base_default = self.lookup_in_type(object, name);
        let found = found.filter(|&f| Some(f) != base_default);
        self.type_cache.put_special(ty, name, found);
        Ok(found)
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for classes).
    pub fn generic_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(o) = obj.as_obj() {
            match self.heap.layout_of(o) {
                layout::TYPE => return self.type_getattr(obj, name),
                layout::MODULE => {
                    let dict = self.heap.field(o, field::MODULE::dict);
                    if let Some(v) = self.dict_get(dict, name)? {
                        return Ok(Some(v));
                    }
                    if obj == self.stat(Static::Builtins) {
                        if let Some(v) = crate::modules::lazy_builtin(self, name)? {
                            return Ok(Some(v));
                        }
                    }
                    if obj == self.stat(Static::Sys) {
                        if let Some(v) = crate::builtins::sys::lazy_attribute(self, name)? {
                            return Ok(Some(v));
                        }
                    }
                    // PEP 562: a module's own `__getattr__` answers for
                    // names it lacks.
                    let hook = self.intern_static("__getattr__")?;
                    let dict = self.heap.field(o, field::MODULE::dict);
                    if let Some(hook) = self.dict_get(dict, hook)? {
                        return self.call(hook, &[name]).map(Some);
                    }
                }
                _ => {}
            }
        }
        let ty = self.type_of(obj);
        let descr = self.lookup_in_type(ty, name);
        if let Some(d) = descr {
            if self.is_data_descriptor(d)? {
                return self.descriptor_get(d, obj, ty).map(Some);
            }
        }
        if let Some(v) = self.own_attribute(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.descriptor_get(d, obj, ty).map(Some);
        }
        crate::builtins::special_attribute(self, obj, name)
    }

    /// Attribute lookup on a class: its MRO, then its metaclass's.
    fn type_getattr(&mut self, class: Value, name: Value) -> PyResult<Option<Value>> {
        let meta = self.type_of(class);
        let meta_attr = self.lookup_in_type(meta, name);
        if let Some(d) = meta_attr {
            if self.is_data_descriptor(d)? {
                return self.descriptor_get(d, class, meta).map(Some);
            }
        }
        if let Some(v) = self.lookup_in_type(class, name) {
            return self.class_descriptor_get(v, class).map(Some);
        }
        if let Some(d) = meta_attr {
            return self.descriptor_get(d, class, meta).map(Some);
        }
        crate::builtins::special_attribute(self, class, name)
    }

    /// A class attribute read through the class itself.
    fn class_descriptor_get(&mut self, v: Value, class: Value) -> PyResult<Value> {
        let Some(o) = v.as_obj() else { return Ok(v) };
        match self.heap.layout_of(o) {
            layout::STATICMETHOD => Ok(self.heap.field(o, field::STATICMETHOD::function)),
            layout::CLASSMETHOD => {
                let f = self.heap.field(o, field::CLASSMETHOD::function);
                self.classmethod_get(f, class)
            }
            layout::FUNCTION | layout::BUILTIN_FUNCTION | layout::PROPERTY => Ok(v),
            layout::INSTANCE => {
                let ty = self.type_of(v);
                match self.user_special(ty, "__get__")? {
                    Some(get) => self.call(get, &[v, Value::NONE, class]),
                    None => Ok(v),
                }
            }
            _ => Ok(v),
        }
    }

    /// A classmethod's function bound to `class`; as CPython 3.11, a
    /// wrapped descriptor (a property, say) is asked for its value on the
    /// class instead.
    fn classmethod_get(&mut self, f: Value, class: Value) -> PyResult<Value> {
        let wraps_descriptor = match f.as_obj().map(|o| self.heap.layout_of(o)) {
            Some(layout::PROPERTY | layout::CLASSMETHOD | layout::STATICMETHOD) => true,
            Some(layout::INSTANCE) => {
                let fty = self.type_of(f);
                self.user_special(fty, "__get__")?.is_some()
            }
            _ => false,
        };
        if wraps_descriptor {
            return self.descriptor_get(f, class, class);
        }
        self.bound_method(f, class)
    }

    fn is_data_descriptor(&mut self, d: Value) -> PyResult<bool> {
        let Some(o) = d.as_obj() else {
            return Ok(false);
        };
        match self.heap.layout_of(o) {
            layout::PROPERTY | layout::MEMBER => Ok(true),
            layout::INSTANCE => {
                let ty = self.type_of(d);
                Ok(self.user_special(ty, "__set__")?.is_some()
                    || self.user_special(ty, "__delete__")?.is_some())
            }
            _ => Ok(false),
        }
    }

    /// The value of descriptor `d` found on `ty` for instance `obj`.
    pub(crate) fn descriptor_get(&mut self, d: Value, obj: Value, ty: Value) -> PyResult<Value> {
        let Some(o) = d.as_obj() else { return Ok(d) };
        match self.heap.layout_of(o) {
            layout::FUNCTION | layout::BUILTIN_FUNCTION => self.bound_method(d, obj),
            layout::STATICMETHOD => Ok(self.heap.field(o, field::STATICMETHOD::function)),
            layout::CLASSMETHOD => {
                let f = self.heap.field(o, field::CLASSMETHOD::function);
                self.classmethod_get(f, ty)
            }
            layout::PROPERTY => {
                let fget = self.heap.field(o, field::PROPERTY::fget);
                if fget.is_none_or_empty() {
                    return Err(self.property_missing(d, obj, "getter"));
                }
                self.call(fget, &[obj])
            }
            layout::MEMBER => crate::builtins::member::get(self, d, obj),
            layout::INSTANCE => {
                let dty = self.type_of(d);
                match self.user_special(dty, "__get__")? {
                    Some(get) => self.call(get, &[d, obj, ty]),
                    None => Ok(d),
                }
            }
            _ => Ok(d),
        }
    }

    /// Calls a method found on a type with `obj` as self.
    pub fn call_descriptor_method(
        &mut self,
        method: Value,
        obj: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        let ty = self.type_of(obj);
        if self.is_layout(method, layout::FUNCTION)
            || self.is_layout(method, layout::BUILTIN_FUNCTION)
        {
            let bound = self.bound_method(method, obj)?;
            return self.call(bound, args);
        }
        // Any other descriptor's `__get__` may run Python code, which may
        // collect and move the arguments: they are read back from roots.
        self.rooted(args, |vm, base| {
            let bound = vm.descriptor_get(method, obj, ty)?;
            let args = vm.stack[base..base + args.len()].to_vec();
            vm.call(bound, &args)
        })
    }

    /// The AttributeError for using property `p` on `obj` without its
    /// getter, setter or deleter (`which`).
    #[cold]
    pub fn property_missing(&mut self, p: Value, obj: Value, which: &str) -> Raised {
        let name = self
            .heap
            .field(p.as_obj().expect("a property"), field::PROPERTY::name);
        let ty = self.type_of(obj);
        let qualname = self
            .heap
            .field(ty.as_obj().expect("a type"), field::TYPE::qualname);
        let qualname = super::format::str_repr(self.str_text(qualname), false);
        let msg = if self.is_layout(name, layout::STR) {
            let name = super::format::str_repr(self.str_text(name), false);
            format!("property {name} of {qualname} object has no {which}")
        } else {
            format!("property of {qualname} object has no {which}")
        };
        self.raise_msg(TypeId::AttributeError, &msg)
    }

    /// `function` bound to `receiver`: a method, or for a native function
    /// a builtin bound to its `__self__` (as CPython's builtin methods).
    pub fn bound_method(&mut self, function: Value, receiver: Value) -> PyResult<Value> {
        if let Some(f) = self.obj_of(function, layout::BUILTIN_FUNCTION) {
            if !self.is_binding_native(function) {
                return Ok(function);
            }
            let index = self.heap.raw(f, field::BUILTIN_FUNCTION::index);
            let name = self.heap.field(f, field::BUILTIN_FUNCTION::name);
            let m = self.alloc(layout::BUILTIN_FUNCTION, field::BUILTIN_FUNCTION::COUNT)?;
            self.heap.set_raw(m, field::BUILTIN_FUNCTION::index, index);
            self.heap.set_field(m, field::BUILTIN_FUNCTION::name, name);
            self.heap
                .set_field(m, field::BUILTIN_FUNCTION::bound, receiver);
            return Ok(m.value());
        }
        let m = self.alloc(layout::BOUND_METHOD, field::BOUND_METHOD::COUNT)?;
        self.heap
            .set_field(m, field::BOUND_METHOD::function, function);
        self.heap
            .set_field(m, field::BOUND_METHOD::receiver, receiver);
        Ok(m.value())
    }

    /// `LOAD_METHOD`: `(function, obj)` when the attribute is a plain
    /// function on the type (no bound method is built), else `(attr, EMPTY)`.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        if let Some(o) = self.obj_of(obj, layout::INSTANCE) {
            let ty = self.heap.field(o, field::INSTANCE::class);
            if self.user_special(ty, "__getattribute__")?.is_none() {
                if let Some(d) = self.lookup_in_type(ty, name) {
                    if self.is_layout(d, layout::FUNCTION) {
                        if let Some(shadowed) = self.instance_dict_entry(o, name) {
                            return Ok(match shadowed {
                                Some(v) => (v, Value::EMPTY),
                                None => (d, obj),
                            });
                        }
                    }
                }
            }
        }
        let ty = self.type_of(obj);
        let plain_getattribute = type_flags_of(self, ty) & type_flags::HEAPTYPE == 0
            || self.user_special(ty, "__getattribute__")?.is_none();
        let special = self.is_type(obj)
            || matches!(self.layout_of(obj), Some(layout::MODULE | layout::SUPER));
        if plain_getattribute && !special {
            if let Some(d) = self.lookup_in_type(ty, name) {
                if self.is_layout(d, layout::FUNCTION) || self.is_binding_native(d) {
                    let shadowed = self.own_attribute(obj, name)?;
                    return Ok(match shadowed {
                        Some(v) => (v, Value::EMPTY),
                        None => (d, obj),
                    });
                }
            }
        }
        Ok((self.getattr(obj, name)?, Value::EMPTY))
    }

    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE != 0 {
            if let Some(hook) = self.user_special(ty, "__setattr__")? {
                self.call(hook, &[obj, name, value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Some(d) = self.lookup_in_type(ty, name) {
            if let Some(o) = self.obj_of(d, layout::PROPERTY) {
                let fset = self.heap.field(o, field::PROPERTY::fset);
                if fset.is_none_or_empty() {
                    return Err(self.property_missing(d, obj, "setter"));
                }
                self.call(fset, &[obj, value])?;
                return Ok(());
            }
            if self.is_layout(d, layout::MEMBER) {
                return crate::builtins::member::set(self, d, obj, value);
            }
            if self.is_layout(d, layout::INSTANCE) {
                let dty = self.type_of(d);
                if let Some(set) = self.user_special(dty, "__set__")? {
                    self.call(set, &[d, obj, value])?;
                    return Ok(());
                }
            }
        }
        if crate::builtins::set_special_attribute(self, obj, name, value)? {
            return Ok(());
        }
        if self.is_type(obj) && type_flags_of(self, obj) & type_flags::HEAPTYPE == 0 {
            let msg = format!(
                "cannot set '{}' attribute of immutable type '{}'",
                self.str_text(name),
                super::types::type_name(self, obj)
            );
            return Err(self.type_error(&msg));
        }
        let no_dict = self.is_layout(obj, layout::INSTANCE)
            && type_flags_of(self, ty) & type_flags::HEAPTYPE == 0;
        if no_dict || !self.slots_allow(ty, name) {
            if !no_dict && self.lookup_in_type(ty, name).is_some() {
                let msg = format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name_of(obj),
                    self.str_text(name)
                );
                return Err(self.raise_msg(TypeId::AttributeError, &msg));
            }
            return Err(self.attribute_error(obj, name));
        }
        match self.instance_dict(obj, true)? {
            Some(dict) => self.dict_set(dict, name, value),
            None => {
                let exists = self.lookup_in_type(ty, name).is_some();
                if exists {
                    let msg = format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name_of(obj),
                        self.str_text(name)
                    );
                    Err(self.raise_msg(TypeId::AttributeError, &msg))
                } else {
                    Err(self.attribute_error(obj, name))
                }
            }
        }
    }

    /// False when the class declares `__slots__` without this name (and
    /// without `__dict__`).
    /// Whether instance `obj` of a user class has a `__dict__`: not when
    /// `__slots__` all along its MRO leave it out.
    pub fn has_instance_dict(&mut self, obj: Value) -> PyResult<bool> {
        let ty = self.type_of(obj);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE == 0 {
            return Ok(false);
        }
        let name = self.intern_static("__dict__")?;
        Ok(self.slots_allow(ty, name))
    }

    pub fn slots_allow(&mut self, ty: Value, name: Value) -> bool {
        let Ok(slots_name) = self.intern_static("__slots__") else {
            return true;
        };
        if self.lookup_in_type(ty, slots_name).is_none() {
            return true;
        }
        let mut any_slots = false;
        for class in super::types::mro_of(self, ty) {
            if type_flags_of(self, class) & type_flags::HEAPTYPE == 0 {
                continue;
            }
            let dict = type_field(self, class, field::TYPE::dict);
            match crate::builtins::dict_get_str(self, dict, "__slots__") {
                Some(slots) => {
                    any_slots = true;
                    let names = match self.layout_of(slots) {
                        Some(layout::TUPLE) => self.tuple_items(slots),
                        Some(layout::LIST) => {
                            objects::list::items(&self.heap, slots.as_obj().expect("a list"))
                                .to_vec()
                        }
                        Some(layout::STR) => vec![slots],
                        _ => vec![],
                    };
                    for n in names {
                        if self.is_layout(n, layout::STR) {
                            let text = self.str_text(n);
                            if text == "__dict__" || text == self.str_text(name) {
                                return true;
                            }
                        }
                    }
                }
                None => return true,
            }
        }
        !any_slots
    }

    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if type_flags_of(self, ty) & type_flags::HEAPTYPE != 0 {
            if let Some(hook) = self.user_special(ty, "__delattr__")? {
                self.call(hook, &[obj, name])?;
                return Ok(());
            }
        }
        if let Some(d) = self.lookup_in_type(ty, name) {
            if let Some(o) = self.obj_of(d, layout::PROPERTY) {
                let fdel = self.heap.field(o, field::PROPERTY::fdel);
                if fdel.is_none_or_empty() {
                    return Err(self.property_missing(d, obj, "deleter"));
                }
                self.call(fdel, &[obj])?;
                return Ok(());
            }
            if self.is_layout(d, layout::MEMBER) {
                return crate::builtins::member::set(self, d, obj, Value::EMPTY);
            }
            if self.is_layout(d, layout::INSTANCE) {
                let dty = self.type_of(d);
                if let Some(del) = self.user_special(dty, "__delete__")? {
                    self.call(del, &[d, obj])?;
                    return Ok(());
                }
            }
        }
        if crate::builtins::delete_special_attribute(self, obj, name)? {
            return Ok(());
        }
        if let Some(dict) = self.instance_dict(obj, false)? {
            if self.dict_del(dict, name)?.is_some() {
                return Ok(());
            }
        }
        // An instance without a dict cannot delete what its class has.
        if self.is_layout(obj, layout::INSTANCE)
            && !self.has_instance_dict(obj)?
            && self.lookup_in_type(ty, name).is_some()
        {
            let msg = format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name_of(obj),
                self.str_text(name)
            );
            return Err(self.raise_msg(TypeId::AttributeError, &msg));
        }
        Err(self.attribute_error(obj, name))
    }
}

/// Small conveniences on values used across the runtime.
pub trait ValueExt {
    fn is_none_or_empty(self) -> bool;
}

impl ValueExt for Value {
    fn is_none_or_empty(self) -> bool {
        self == Value::NONE || self.is_empty()
    }
}
