//! The builtins: the `builtins` module's functions, the methods of the
//! builtin types (one file per type), and the generic container protocol
//! (`dict_get`, `getitem`, ...) that may run Python code.

pub mod bytes;
pub mod bytes_methods;
pub mod code;
pub mod coroutine;
pub mod dict;
pub mod exceptions;
pub mod format;
pub mod function;
pub mod functions;
pub mod int;
pub mod iter_pickle;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod object;
pub mod operators;
pub mod range;
pub mod set;
pub mod sizeof;
pub mod slice;
pub mod slots;
pub mod str;
pub mod sys;
pub mod textio;
pub mod tuple;
pub mod weakref;

use minnow_heap::Value;
use minnow_objects::{self as objects, field, layout};

use crate::runtime::natives::NativeFn;
use crate::runtime::types::{type_field, TypeId};
use crate::runtime::{PyResult, Static, Vm};

/// A type's native methods: (name, function).
pub type Methods = &'static [(&'static str, NativeFn)];

/// The native methods that receive the class (`dict.fromkeys`, ...).
const NATIVE_CLASSMETHODS: &[&str] = &[
    "fromkeys",
    "fromhex",
    "from_bytes",
    "__getformat__",
    "__init_subclass__",
];

/// Builtin types that CPython does not name in `builtins` (most are in
/// `types`).
const INTERNAL_TYPE_NAMES: &[&str] = &[
    "TextIOWrapper",
    "NoneType",
    "NotImplementedType",
    "ReferenceType",
    "builtin_function_or_method",
    "cell",
    "code",
    "ellipsis",
    "function",
    "generator",
    "coroutine",
    "async_generator",
    "coroutine_wrapper",
    "async_generator_asend",
    "async_generator_athrow",
    "anext_awaitable",
    "mappingproxy",
    "member_descriptor",
    "method",
    "module",
    "traceback",
];

/// Creates the builtin modules and fills the builtin types' dicts.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let modules = vm.new_dict()?;
    vm.statics[Static::Modules as usize] = modules;
    let subclasses = vm.new_dict()?;
    vm.statics[Static::Subclasses as usize] = subclasses;
    let builtins = crate::import::new_module(vm, "builtins")?;
    vm.statics[Static::Builtins as usize] = builtins;
    let bdict = vm
        .heap
        .field(builtins.as_obj().expect("a module"), field::MODULE::dict);
    vm.statics[Static::BuiltinsDict as usize] = bdict;
    let memory_error = vm.new_exception(vm.ty(TypeId::MemoryError), &[])?;
    vm.statics[Static::MemoryErrorInstance as usize] = memory_error;

    let tables: &[(TypeId, Methods)] = &[
        (TypeId::Object, object::OBJECT_METHODS),
        (TypeId::Type, object::TYPE_METHODS),
        (TypeId::NoneType, object::SINGLETON_METHODS),
        (TypeId::NotImplementedType, object::SINGLETON_METHODS),
        (TypeId::EllipsisType, object::SINGLETON_METHODS),
        (TypeId::Int, int::INT_METHODS),
        (TypeId::Bool, int::BOOL_METHODS),
        (TypeId::Float, int::FLOAT_METHODS),
        (TypeId::Str, str::STR_METHODS),
        (TypeId::Bytes, bytes::BYTES_METHODS),
        (TypeId::ByteArray, bytes::BYTEARRAY_METHODS),
        (TypeId::Bytes, bytes_methods::SHARED_METHODS),
        (TypeId::ByteArray, bytes_methods::SHARED_METHODS),
        (TypeId::ByteArray, bytes_methods::BYTEARRAY_ONLY_METHODS),
        (TypeId::Tuple, tuple::TUPLE_METHODS),
        (TypeId::List, list::LIST_METHODS),
        (TypeId::Dict, dict::DICT_METHODS),
        (TypeId::DictKeys, dict::VIEW_METHODS),
        (TypeId::DictValues, dict::VIEW_METHODS),
        (TypeId::DictItems, dict::VIEW_METHODS),
        (TypeId::Set, set::SET_METHODS),
        (TypeId::FrozenSet, set::FROZENSET_METHODS),
        (TypeId::Range, range::RANGE_METHODS),
        (TypeId::Slice, slice::SLICE_METHODS),
        (TypeId::WeakRef, weakref::WEAKREF_METHODS),
        (TypeId::Member, member::MEMBER_METHODS),
        (TypeId::MappingProxy, mappingproxy::MAPPINGPROXY_METHODS),
        (TypeId::Generator, function::GENERATOR_METHODS),
        (TypeId::Coroutine, coroutine::COROUTINE_METHODS),
        (TypeId::AsyncGenerator, coroutine::ASYNC_GENERATOR_METHODS),
        (TypeId::CoroutineWrapper, coroutine::AWAITABLE_METHODS),
        (TypeId::AsyncGenASend, coroutine::AWAITABLE_METHODS),
        (TypeId::AsyncGenAThrow, coroutine::AWAITABLE_METHODS),
        (TypeId::AnextAwaitable, coroutine::AWAITABLE_METHODS),
        (TypeId::Property, function::PROPERTY_METHODS),
        (TypeId::Function, function::FUNCTION_METHODS),
        (TypeId::Cell, function::CELL_METHODS),
        (TypeId::BuiltinFunction, function::CALLABLE_METHODS),
        (TypeId::Method, function::METHOD_METHODS),
        (TypeId::StaticMethod, function::STATICMETHOD_METHODS),
        (TypeId::ClassMethod, function::CLASSMETHOD_METHODS),
        (TypeId::Super, function::SUPER_METHODS),
        (TypeId::BaseException, exceptions::EXCEPTION_METHODS),
        (TypeId::TextIO, sys::TEXTIO_METHODS),
        (TypeId::TextIO, textio::STDIO_METHODS),
        (TypeId::Int, operators::INT_OPERATORS),
        (TypeId::Float, operators::FLOAT_OPERATORS),
        (TypeId::Str, operators::STR_OPERATORS),
        (TypeId::List, operators::LIST_OPERATORS),
        (TypeId::Tuple, operators::TUPLE_OPERATORS),
        (TypeId::Bytes, operators::BYTES_OPERATORS),
        (TypeId::ByteArray, operators::BYTEARRAY_OPERATORS),
        (TypeId::Dict, operators::DICT_OPERATORS),
        (TypeId::Set, operators::SET_OPERATORS),
        (TypeId::FrozenSet, operators::FROZENSET_OPERATORS),
    ];
    for &(id, methods) in tables {
        let dict = type_field(vm, vm.ty(id), field::TYPE::dict);
        for &(name, func) in methods {
            let mut f = vm.native_method(id, name, func)?;
            if NATIVE_CLASSMETHODS.contains(&name) {
                f = function::classmethod(vm, f)?;
            }
            let key = vm.intern(name)?;
            vm.dict_set(dict, key, f)?;
        }
    }
    for &(id, slots) in slots::SLOT_TABLES {
        let dict = type_field(vm, vm.ty(id), field::TYPE::dict);
        for &(name, func) in slots {
            if dict_get_str(vm, dict, name).is_none() {
                let f = vm.native_method(id, name, func)?;
                let key = vm.intern(name)?;
                vm.dict_set(dict, key, f)?;
            }
        }
    }
    for &id in slots::UNHASHABLE {
        let dict = type_field(vm, vm.ty(id), field::TYPE::dict);
        let key = vm.intern("__hash__")?;
        vm.dict_set(dict, key, Value::NONE)?;
    }
    // CPython's iterators over a container of known size also tell how
    // much is left; enumerate, zip, map, filter and callable ones do not.
    for (iter_type, sized) in [
        (TypeId::ListIterator, true),
        (TypeId::TupleIterator, true),
        (TypeId::StrIterator, true),
        (TypeId::StrAsciiIterator, true),
        (TypeId::BytesIterator, true),
        (TypeId::ByteArrayIterator, true),
        (TypeId::RangeIterator, true),
        (TypeId::DictKeyIterator, true),
        (TypeId::DictValueIterator, true),
        (TypeId::DictItemIterator, true),
        (TypeId::SetIterator, true),
        (TypeId::Reversed, true),
        (TypeId::ListReverseIterator, true),
        (TypeId::SeqIterator, true),
        (TypeId::Enumerate, false),
        (TypeId::Zip, false),
        (TypeId::Map, false),
        (TypeId::Filter, false),
        (TypeId::CallableIterator, false),
    ] {
        let dict = type_field(vm, vm.ty(iter_type), field::TYPE::dict);
        let length_hint: Methods = &[("__length_hint__", functions::iter_length_hint)];
        let methods = if sized { length_hint } else { &[] };
        for &(name, func) in functions::ITERATOR_METHODS.iter().chain(methods) {
            let f = vm.native_method(iter_type, name, func)?;
            let key = vm.intern(name)?;
            vm.dict_set(dict, key, f)?;
        }
    }
    for &(id, constructor) in functions::ITERATOR_CONSTRUCTORS {
        let dict = type_field(vm, vm.ty(id), field::TYPE::dict);
        let f = vm.native_method(id, "__new__", constructor)?;
        let key = vm.intern("__new__")?;
        vm.dict_set(dict, key, f)?;
    }
    let module_name = vm.intern_static("builtins")?;
    for i in 0..vm.types.len() {
        let ty = vm.types[i];
        vm.heap.set_field(
            ty.as_obj().expect("a type"),
            field::TYPE::module,
            module_name,
        );
        let name = crate::runtime::types::type_name(vm, ty);
        let visible = !name.contains("iterator")
            && !name.starts_with("dict_")
            && !INTERNAL_TYPE_NAMES.contains(&name.as_str());
        if visible {
            let key = vm.intern(&name)?;
            vm.dict_set(bdict, key, ty)?;
        }
    }
    for &(name, func) in functions::BUILTIN_FUNCTIONS {
        let f = vm.module_function(name, func)?;
        let key = vm.intern(name)?;
        vm.dict_set(bdict, key, f)?;
    }
    for (name, value) in [
        ("None", Value::NONE),
        ("True", Value::TRUE),
        ("False", Value::FALSE),
        ("Ellipsis", Value::ELLIPSIS),
        ("NotImplemented", Value::NOT_IMPLEMENTED),
        ("__debug__", Value::TRUE),
    ] {
        let key = vm.intern(name)?;
        vm.dict_set(bdict, key, value)?;
    }
    let env_error = vm.ty(TypeId::OSError);
    for alias in ["EnvironmentError", "IOError"] {
        let key = vm.intern(alias)?;
        vm.dict_set(bdict, key, env_error)?;
    }
    sys::install(vm)?;
    Ok(())
}

/// The `start` and `stop` of `seq.index(x, start, stop)` (arguments 2 and 3
/// of `args`, `start` already read) clamped to a sequence of `n` items.
/// `stop` is read from its slot after `start`'s `__index__`, which may
/// collect; callers read the sequence and `x` back from theirs too.
pub fn search_bounds(
    vm: &mut Vm,
    args: crate::runtime::natives::Args,
    start: Value,
    n: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |vm: &mut Vm, x: Value, default: usize| -> PyResult<usize> {
        if x.is_empty() {
            return Ok(default);
        }
        let Some(i) = vm.try_index(x)? else {
            let msg = "slice indices must be integers or have an __index__ method";
            return Err(vm.type_error(msg));
        };
        Ok(if i < 0 {
            (i + n as i64).max(0) as usize
        } else {
            (i as usize).min(n)
        })
    };
    let start = clamp(vm, start, 0)?;
    let stop = if args.count > 3 {
        vm.stack[args.base + 3]
    } else {
        Value::EMPTY
    };
    Ok((start, clamp(vm, stop, n)?))
}

/// The TypeError for a method of builtin type `type_name` called on
/// `receiver`, another type's value: a dunder's message or a plain method's,
/// as CPython words them.
pub fn wrong_receiver(
    vm: &mut Vm,
    type_name: &str,
    method: &str,
    receiver: Value,
) -> crate::runtime::Raised {
    let msg = if method.starts_with("__") {
        format!(
            "descriptor '{method}' requires a '{type_name}' object but received a '{}'",
            vm.type_name_of(receiver)
        )
    } else {
        format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
            vm.type_name_of(receiver)
        )
    };
    vm.type_error(&msg)
}

/// A dict lookup by a Rust str key (no Python code can run).
pub fn dict_get_str(vm: &Vm, dict: Value, key: &str) -> Option<Value> {
    let d = dict.as_obj()?;
    let hash = objects::str::hash_bytes(key.as_bytes());
    let mut candidates = objects::dict::Candidates::new(&vm.heap, d, hash);
    while let Some(i) = candidates.next(&vm.heap, d) {
        let (k, v) = objects::dict::entry(&vm.heap, d, i)?;
        if let Some(ko) = vm.obj_of(k, layout::STR) {
            if objects::str::bytes(&vm.heap, ko) == key.as_bytes() {
                return Some(v);
            }
        }
    }
    None
}

impl Vm {
    /// Finds `key` in `dict`: `Some(entry index)` or `None`. May run
    /// `__eq__`; restarts if the dict changes meanwhile.
    fn dict_find(&mut self, dict: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let d = dict.as_obj().expect("a dict");
        if let Ok(found) = objects::dict::find_fast(&self.heap, d, hash, key) {
            return Ok(found);
        }
        let base = self.stack.len();
        self.stack.push(dict);
        self.stack.push(key);
        let result = 'restart: loop {
            let d = self.stack[base].as_obj().expect("a dict");
            let version = objects::dict::version(&self.heap, d);
            let mut candidates = objects::dict::Candidates::new(&self.heap, d, hash);
            loop {
                let d = self.stack[base].as_obj().expect("a dict");
                let Some(i) = candidates.next(&self.heap, d) else {
                    break 'restart Ok(None);
                };
                let Some((k, _)) = objects::dict::entry(&self.heap, d, i) else {
                    continue;
                };
                let key = self.stack[base + 1];
                self.stack.push(k);
                let equal = self.eq(k, key);
                let k = self.stack.pop().expect("pushed above");
                let equal = match equal {
                    Ok(equal) => equal,
                    Err(e) => break 'restart Err(e),
                };
                // The comparison may have changed the dict, even emptied it.
                // A match stands while its entry still holds the key
                // compared (as in CPython, so that a comparison that only
                // touches other entries cannot restart the lookup forever).
                let d = self.stack[base].as_obj().expect("a dict");
                if equal {
                    match objects::dict::entry_if_present(&self.heap, d, i) {
                        Some((now, _)) if now == k => break 'restart Ok(Some(i)),
                        _ => continue 'restart,
                    }
                }
                if objects::dict::version(&self.heap, d) != version {
                    continue 'restart;
                }
            }
        };
        self.stack.truncate(base);
        result
    }

    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        if let Some(found) = self.dict_lookup_str(dict, key) {
            return Ok(found.map(|(_, v)| v));
        }
        let base = self.stack.len();
        self.stack.extend_from_slice(&[dict, key]);
        let found = self
            .hash(key)
            .and_then(|hash| self.dict_find(self.stack[base], self.stack[base + 1], hash));
        let dict = self.stack[base];
        self.stack.truncate(base);
        Ok(found?
            .and_then(|i| objects::dict::entry(&self.heap, dict.as_obj().expect("a dict"), i))
            .map(|(_, v)| v))
    }

    /// `dict_find` for an exact str key, which needs no Python code:
    /// `None` when the key is not a str.
    #[inline]
    fn dict_find_str(&mut self, dict: Value, key: Value) -> Option<Option<usize>> {
        Some(self.dict_lookup_str(dict, key)?.map(|(i, _)| i))
    }

    /// `dict[key]` in general; the lookup may run Python code that moves
    /// the key.
    fn dict_getitem(&mut self, dict: Value, key: Value) -> PyResult<Value> {
        self.rooted(&[key], |vm, base| {
            match vm.dict_get(dict, vm.stack[base])? {
                Some(v) => Ok(v),
                None => Err(vm.raise_args(TypeId::KeyError, &[vm.stack[base]])),
            }
        })
    }

    /// A lookup in `dict` by a str key that runs no Python code: the entry
    /// number and value, if present; `None` when the key is not a str or a
    /// candidate's equality needs `__eq__`.
    #[inline]
    pub(crate) fn dict_lookup_str(
        &mut self,
        dict: Value,
        key: Value,
    ) -> Option<Option<(usize, Value)>> {
        let k = self.obj_of(key, layout::STR)?;
        let hash = objects::str::hash(&mut self.heap, k);
        objects::dict::lookup_fast(&self.heap, dict.as_obj().expect("a dict"), hash, key).ok()
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(found) = self.dict_find_str(dict, key) {
            let d = dict.as_obj().expect("a dict");
            return match found {
                Some(i) => {
                    objects::dict::set_entry_value(&mut self.heap, d, i, value);
                    Ok(())
                }
                None => {
                    let hash = objects::str::hash(&mut self.heap, key.as_obj().expect("a str"));
                    let r = objects::dict::insert_new(&mut self.heap, d, hash, key, value);
                    self.heap_ok(r)
                }
            };
        }
        let base = self.stack.len();
        self.stack.extend_from_slice(&[dict, key, value]);
        let hash = self.hash(key);
        let found =
            hash.and_then(|hash| self.dict_find(self.stack[base], self.stack[base + 1], hash));
        let (dict, key, value) = (self.stack[base], self.stack[base + 1], self.stack[base + 2]);
        self.stack.truncate(base);
        let hash = hash?;
        let d = dict.as_obj().expect("a dict");
        match found? {
            Some(i) => {
                objects::dict::set_entry_value(&mut self.heap, d, i, value);
                Ok(())
            }
            None => {
                let r = objects::dict::insert_new(&mut self.heap, d, hash, key, value);
                self.heap_ok(r)
            }
        }
    }

    /// Deletes `key`; its value, or `None` if it was absent.
    pub fn dict_del(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[dict, key]);
        let found = self
            .hash(key)
            .and_then(|hash| self.dict_find(self.stack[base], self.stack[base + 1], hash));
        let dict = self.stack[base];
        self.stack.truncate(base);
        Ok(found?.map(|i| {
            objects::dict::delete_entry(&mut self.heap, dict.as_obj().expect("a dict"), i).1
        }))
    }

    /// A builtin class that `class[...]` makes a `types.GenericAlias` of.
    fn is_generic_builtin(&self, class: Value) -> bool {
        [
            TypeId::List,
            TypeId::Dict,
            TypeId::Tuple,
            TypeId::Set,
            TypeId::FrozenSet,
            TypeId::Type,
            TypeId::Enumerate,
        ]
        .iter()
        .any(|id| self.ty(*id) == class)
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: Value, key: Value) -> PyResult<Value> {
        match self.layout_of(container) {
            Some(layout::LIST) => list::getitem(self, container, key),
            Some(layout::TUPLE) => tuple::getitem(self, container, key),
            Some(layout::STR) => str::getitem(self, container, key),
            Some(layout::DICT) => {
                if let Some(Some((_, v))) = self.dict_lookup_str(container, key) {
                    return Ok(v);
                }
                self.dict_getitem(container, key)
            }
            Some(layout::RANGE) => range::getitem(self, container, key),
            Some(layout::BYTES | layout::BYTEARRAY) => bytes::getitem(self, container, key),
            Some(layout::MAPPINGPROXY) => {
                let proxy = container.as_obj().expect("a mappingproxy");
                let mapping = self.heap.field(proxy, field::MAPPINGPROXY::mapping);
                self.getitem(mapping, key)
            }
            _ => {
                if self.is_type(container) {
                    let name = self.intern_static("__class_getitem__")?;
                    if let Some(m) = self.lookup_in_type(container, name) {
                        let m = match self.obj_of(m, layout::CLASSMETHOD) {
                            Some(o) => self.heap.field(o, field::CLASSMETHOD::function),
                            None => m,
                        };
                        return self.call(m, &[container, key]);
                    }
                    if self.is_generic_builtin(container) {
                        let alias =
                            crate::modules::bundled_attribute(self, "types", "GenericAlias");
                        return self.rooted(&[container, key], |vm, base| {
                            let alias = alias?;
                            vm.call(alias, &[vm.stack[base], vm.stack[base + 1]])
                        });
                    }
                    let msg = format!(
                        "type '{}' is not subscriptable",
                        crate::runtime::types::type_name(self, container)
                    );
                    return Err(self.type_error(&msg));
                }
                if let Some(m) = self.lookup_special(container, "__getitem__")? {
                    if self.is_user_instance(container) {
                        return self.call_descriptor_method(m, container, &[key]);
                    }
                }
                if let Some(inner) = self.builtin_base(container) {
                    let ty = self.type_of(container);
                    if self.is_subtype(ty, self.ty(TypeId::Dict)) {
                        // The lookup may run `__hash__` and `__eq__` (and
                        // collect): the dict and the key are read back.
                        return self.rooted(&[container, key], |vm, base| {
                            if let Some(v) = vm.dict_get(inner, key)? {
                                return Ok(v);
                            }
                            let container = vm.stack[base];
                            if let Some(missing) = vm.lookup_special(container, "__missing__")? {
                                let (container, key) = (vm.stack[base], vm.stack[base + 1]);
                                return vm.call_descriptor_method(missing, container, &[key]);
                            }
                            Err(vm.raise_args(TypeId::KeyError, &[vm.stack[base + 1]]))
                        });
                    }
                    return self.getitem(inner, key);
                }
                let msg = format!(
                    "'{}' object is not subscriptable",
                    self.type_name_of(container)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: Value, key: Value, value: Value) -> PyResult<()> {
        match self.layout_of(container) {
            Some(layout::LIST) => list::setitem(self, container, key, value),
            Some(layout::DICT) => self.dict_set(container, key, value),
            Some(layout::BYTEARRAY) => bytes::setitem(self, container, key, value),
            _ => {
                if let Some(m) = self.lookup_special(container, "__setitem__")? {
                    if self.is_user_instance(container) {
                        self.call_descriptor_method(m, container, &[key, value])?;
                        return Ok(());
                    }
                }
                if let Some(inner) = self.builtin_base(container) {
                    return self.setitem(inner, key, value);
                }
                let msg = format!(
                    "'{}' object does not support item assignment",
                    self.type_name_of(container)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: Value, key: Value) -> PyResult<()> {
        match self.layout_of(container) {
            Some(layout::LIST) => list::delitem(self, container, key),
            Some(layout::BYTEARRAY) => bytes::delitem(self, container, key),
            Some(layout::DICT) => match self.dict_del(container, key)? {
                Some(_) => Ok(()),
                None => Err(self.raise_args(TypeId::KeyError, &[key])),
            },
            _ => {
                if let Some(m) = self.lookup_special(container, "__delitem__")? {
                    if self.is_user_instance(container) {
                        self.call_descriptor_method(m, container, &[key])?;
                        return Ok(());
                    }
                }
                if let Some(inner) = self.builtin_base(container) {
                    return self.delitem(inner, key);
                }
                // CPython words it differently for mapping types.
                let verb = match self.is_layout(container, layout::MAPPINGPROXY) {
                    true => "does not",
                    false => "doesn't",
                };
                let msg = format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name_of(container)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Some(n) = builtin_len(self, v)? {
            return Ok(n);
        }
        if let Some(m) = self.lookup_special(v, "__len__")? {
            let r = self.call_descriptor_method(m, v, &[])?;
            return self.len_result(r);
        }
        if let Some(inner) = self.builtin_base(v) {
            return self.len(inner);
        }
        let msg = format!("object of type '{}' has no len()", self.type_name_of(v));
        Err(self.type_error(&msg))
    }

    /// An int or `__index__` value: `Ok(i)` when it fits an i64, else
    /// `Err(negative)`; `None` if `v` is neither.
    fn index_value(&mut self, v: Value) -> PyResult<Option<Result<i64, bool>>> {
        if let Some(i) = v.as_small_int() {
            return Ok(Some(Ok(i)));
        }
        match self.num(v) {
            Some(crate::runtime::ops::Num::Int(i)) if !self.is_layout(v, layout::FLOAT) => {
                Ok(Some(Ok(i)))
            }
            Some(crate::runtime::ops::Num::Big(b)) => Ok(Some(
                num_traits::ToPrimitive::to_i64(&b).ok_or(num_traits::Signed::is_negative(&b)),
            )),
            _ => {
                if let Some(m) = self.lookup_special(v, "__index__")? {
                    if self.is_user_instance(v) {
                        let r = self.call_descriptor_method(m, v, &[])?;
                        if !self.is_int(r) {
                            let msg = format!(
                                "__index__ returned non-int (type {})",
                                self.type_name_of(r)
                            );
                            return Err(self.type_error(&msg));
                        }
                        return self.index_value(r);
                    }
                }
                Ok(None)
            }
        }
    }

    /// An int or `__index__` value as i64 (IndexError beyond); `None` if
    /// `v` is neither.
    pub fn try_index(&mut self, v: Value) -> PyResult<Option<i64>> {
        match self.index_value(v)? {
            Some(Ok(i)) => Ok(Some(i)),
            Some(Err(_)) => {
                let msg = "cannot fit 'int' into an index-sized integer";
                Err(self.raise_msg(TypeId::IndexError, msg))
            }
            None => Ok(None),
        }
    }

    /// An int or `__index__` value as i64, values beyond clamped to the
    /// nearest end, as slice bounds are; `None` if `v` is neither.
    pub fn clamped_index(&mut self, v: Value) -> PyResult<Option<i64>> {
        Ok(self
            .index_value(v)?
            .map(|i| i.unwrap_or_else(|negative| if negative { i64::MIN } else { i64::MAX })))
    }

    /// An integer argument (int or `__index__`) as i64.
    pub fn as_index(&mut self, v: Value) -> PyResult<i64> {
        self.as_c_integer(v, "ssize_t")
    }

    /// An int or `__index__` value as CPython's `PyLong_AsLong` reads it.
    pub fn as_long(&mut self, v: Value) -> PyResult<i64> {
        self.as_c_integer(v, "long")
    }

    /// `as_index` whose OverflowError names the C type `c_type`.
    fn as_c_integer(&mut self, v: Value, c_type: &str) -> PyResult<i64> {
        match self.index_value(v)? {
            Some(Ok(i)) => Ok(i),
            Some(Err(_)) => {
                let msg = format!("Python int too large to convert to C {c_type}");
                Err(self.raise_msg(TypeId::OverflowError, &msg))
            }
            None => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name_of(v)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// A subscript of a `what` sequence as i64, with CPython's message.
    pub fn index_of(&mut self, v: Value, what: &str) -> PyResult<i64> {
        match self.try_index(v)? {
            Some(i) => Ok(i),
            None => {
                let msg = if what == "string" {
                    format!(
                        "string indices must be integers, not '{}'",
                        self.type_name_of(v)
                    )
                } else {
                    format!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name_of(v)
                    )
                };
                Err(self.type_error(&msg))
            }
        }
    }
}

/// `len()` of the builtin containers; `None` for anything else.
pub fn builtin_len(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    let Some(obj) = v.as_obj() else {
        return Ok(None);
    };
    Ok(Some(match vm.heap.layout_of(obj) {
        layout::STR => objects::str::char_len(&vm.heap, obj),
        layout::LIST => objects::list::len(&vm.heap, obj),
        layout::TUPLE => vm.heap.field_count(obj),
        layout::DICT => objects::dict::len(&vm.heap, obj),
        layout::SET | layout::FROZENSET => objects::set::len(&vm.heap, obj),
        layout::BYTES | layout::BYTEARRAY => bytes::bytes_of(vm, v).len(),
        layout::RANGE => return range::len(vm, v).map(Some),
        layout::DICT_VIEW => {
            let d = vm.heap.field(obj, field::DICT_VIEW::dict);
            objects::dict::len(&vm.heap, d.as_obj().expect("a dict"))
        }
        _ => return Ok(None),
    }))
}

/// Attributes every object of a builtin kind has without a dict entry
/// (`__class__`, `__dict__`, `__name__` of functions and classes, ...).
pub fn special_attribute(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let text = vm.str_text(name).to_string();
    if text == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    let Some(o) = obj.as_obj() else {
        return int::number_attribute(vm, obj, &text);
    };
    let l = vm.heap.layout_of(o);
    Ok(match (l, text.as_str()) {
        (layout::INSTANCE, "__dict__") if !vm.has_instance_dict(obj)? => None,
        (
            layout::INSTANCE | layout::FUNCTION | layout::STATICMETHOD | layout::CLASSMETHOD,
            "__dict__",
        ) => vm.instance_dict(obj, true)?,
        (layout::MODULE, "__dict__") => {
            let module = sys::with_lazy_attributes(vm, obj)?;
            vm.instance_dict(module, true)?
        }
        (layout::TYPE, _) => object::type_attribute(vm, obj, &text)?,
        (layout::MEMBER, _) => member::member_attribute(vm, obj, &text)?,
        (layout::FUNCTION, _) => function::function_attribute(vm, obj, &text)?,
        (layout::CODE, _) => code::code_attribute(vm, obj, &text)?,
        (layout::BUILTIN_FUNCTION, "__name__") => {
            Some(vm.heap.field(o, field::BUILTIN_FUNCTION::name))
        }
        (layout::BUILTIN_FUNCTION, "__qualname__") => match vm.native_owner_name(obj) {
            Some(owner) => {
                let qualname = format!("{owner}.{}", vm.native_name(obj));
                Some(vm.new_str(&qualname)?)
            }
            None => Some(vm.heap.field(o, field::BUILTIN_FUNCTION::name)),
        },
        (layout::BUILTIN_FUNCTION, "__self__") => {
            let receiver = vm.heap.field(o, field::BUILTIN_FUNCTION::bound);
            Some(if receiver.is_empty() {
                vm.stat(Static::Builtins)
            } else {
                receiver
            })
        }
        (layout::BOUND_METHOD, "__self__") => Some(vm.heap.field(o, field::BOUND_METHOD::receiver)),
        (layout::BOUND_METHOD, "__func__") => Some(vm.heap.field(o, field::BOUND_METHOD::function)),
        // As CPython's method objects: what the method type lacks is read
        // from the function (its name, its doc, attributes set on it).
        (layout::BOUND_METHOD, _) => {
            let f = vm.heap.field(o, field::BOUND_METHOD::function);
            return vm.getattr_opt(f, name);
        }
        (layout::EXCEPTION, _) => exceptions::exception_attribute(vm, obj, &text)?,
        (layout::MODULE, "__name__") => Some(vm.heap.field(o, field::MODULE::name)),
        (layout::GENERATOR, "__name__") => Some(vm.heap.field(o, field::GENERATOR::name)),
        (layout::GENERATOR, "__qualname__") => Some(vm.heap.field(o, field::GENERATOR::qualname)),
        (layout::GENERATOR, _) => function::generator_attribute(vm, obj, &text)?,
        (layout::TRACEBACK, "tb_next") => {
            let next = vm.heap.field(o, field::TRACEBACK::next);
            Some(if next.is_ptr() { next } else { Value::NONE })
        }
        (layout::TRACEBACK, "tb_lineno") => {
            let code = vm.code_of(vm.heap.field(o, field::TRACEBACK::code));
            let pc = vm.heap.raw(o, field::TRACEBACK::pc) as usize;
            let line = code.locations.get(pc).map_or(code.first_line, |l| l.line);
            Some(Value::small_int_const(line as i64))
        }
        (layout::SLICE, "start") => Some(vm.heap.field(o, field::SLICE::start)),
        (layout::SLICE, "stop") => Some(vm.heap.field(o, field::SLICE::stop)),
        (layout::SLICE, "step") => Some(vm.heap.field(o, field::SLICE::step)),
        (layout::RANGE, "start") => Some(vm.heap.field(o, field::RANGE::start)),
        (layout::RANGE, "stop") => Some(vm.heap.field(o, field::RANGE::stop)),
        (layout::RANGE, "step") => Some(vm.heap.field(o, field::RANGE::step)),
        (layout::PROPERTY, "fget") => Some(vm.heap.field(o, field::PROPERTY::fget)),
        (layout::PROPERTY, "fset") => Some(vm.heap.field(o, field::PROPERTY::fset)),
        (layout::PROPERTY, "fdel") => Some(vm.heap.field(o, field::PROPERTY::fdel)),
        (layout::PROPERTY, "__doc__") => Some(vm.heap.field(o, field::PROPERTY::doc)),
        (layout::STATICMETHOD | layout::CLASSMETHOD, "__func__" | "__wrapped__") => {
            Some(vm.heap.field(o, 0))
        }
        (layout::STATICMETHOD | layout::CLASSMETHOD, "__isabstractmethod__") => {
            let f = vm.heap.field(o, 0);
            Some(Value::from_bool(function::is_abstract(vm, f)?))
        }
        (layout::PROPERTY, "__isabstractmethod__") => {
            let mut any = false;
            for index in [
                field::PROPERTY::fget,
                field::PROPERTY::fset,
                field::PROPERTY::fdel,
            ] {
                let f = vm.heap.field(obj.as_obj().expect("a property"), index);
                if function::is_abstract(vm, f)? {
                    any = true;
                    break;
                }
            }
            Some(Value::from_bool(any))
        }
        (layout::CELL, "cell_contents") => {
            let v = vm.heap.field(o, field::CELL::contents);
            if v.is_empty() {
                return Err(vm.value_error("Cell is empty"));
            }
            Some(v)
        }
        (layout::BIGINT | layout::FLOAT, _)
        | (_, "real" | "imag" | "numerator" | "denominator") => {
            int::number_attribute(vm, obj, &text)?
        }
        _ => None,
    })
}

/// Stores to attributes kept outside the dict; `true` when handled.
pub fn set_special_attribute(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<bool> {
    let Some(o) = obj.as_obj() else {
        return Ok(false);
    };
    match vm.heap.layout_of(o) {
        layout::EXCEPTION => {
            let text = vm.str_text(name).to_string();
            exceptions::set_exception_attribute(vm, obj, &text, value)
        }
        layout::FUNCTION => {
            let text = vm.str_text(name).to_string();
            function::set_function_attribute(vm, obj, &text, value)
        }
        layout::BOUND_METHOD if vm.str_text(name) == "__class__" => Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        )),
        layout::GENERATOR if matches!(vm.str_text(name), "__name__" | "__qualname__") => {
            let index = if vm.str_text(name) == "__name__" {
                field::GENERATOR::name
            } else {
                field::GENERATOR::qualname
            };
            if value.is_empty() || !vm.is_subtype(vm.type_of(value), vm.ty(TypeId::Str)) {
                let msg = format!("{} must be set to a string object", vm.str_text(name));
                return Err(vm.type_error(&msg));
            }
            vm.heap.set_field(o, index, value);
            Ok(true)
        }
        layout::PROPERTY if vm.str_text(name) == "__doc__" => {
            vm.heap.set_field(o, field::PROPERTY::doc, value);
            Ok(true)
        }
        layout::CELL if vm.str_text(name) == "cell_contents" => {
            vm.heap.set_field(o, field::CELL::contents, value);
            Ok(true)
        }
        layout::TYPE => {
            let text = vm.str_text(name);
            if !matches!(text, "__name__" | "__qualname__" | "__doc__" | "__module__") {
                return Ok(false);
            }
            let text = text.to_string();
            object::set_type_attribute(vm, obj, &text, value)
        }
        layout::INSTANCE => match vm.str_text(name) {
            "__class__" => {
                if !vm.is_type(value) {
                    let msg = format!(
                        "__class__ must be set to a class, not '{}' object",
                        vm.type_name_of(value)
                    );
                    return Err(vm.type_error(&msg));
                }
                let old = vm.heap.field(o, field::INSTANCE::class);
                member::check_class_assignment(vm, old, value)?;
                let o = obj.as_obj().expect("an instance");
                vm.heap.set_field(o, field::INSTANCE::class, value);
                Ok(true)
            }
            "__dict__" => {
                // Any attributes still in slots move to the old dict first,
                // which the new one then replaces.
                vm.instance_dict(obj, false)?;
                let o = obj.as_obj().expect("an instance");
                vm.heap
                    .set_raw(o, field::INSTANCE::shape, crate::runtime::shape::DICT_MODE);
                vm.heap.set_field(o, field::INSTANCE::dict, value);
                Ok(true)
            }
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

/// Deletes an attribute kept outside the dict; `true` when handled.
pub fn delete_special_attribute(vm: &mut Vm, obj: Value, name: Value) -> PyResult<bool> {
    if vm.str_text(name) == "__class__" {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    let Some(o) = obj.as_obj() else {
        return Ok(false);
    };
    match (vm.heap.layout_of(o), vm.str_text(name)) {
        (layout::FUNCTION, _) => {
            let text = vm.str_text(name).to_string();
            function::set_function_attribute(vm, obj, &text, Value::EMPTY)
        }
        (layout::CELL, "cell_contents") => {
            vm.heap.set_field(o, field::CELL::contents, Value::EMPTY);
            Ok(true)
        }
        (layout::GENERATOR, _) => set_special_attribute(vm, obj, name, Value::EMPTY),
        (layout::PROPERTY, "__doc__") => {
            vm.heap.set_field(o, field::PROPERTY::doc, Value::NONE);
            Ok(true)
        }
        (layout::EXCEPTION, "__notes__") => {
            if vm.heap.field(o, field::EXCEPTION::notes).is_empty() {
                return Ok(false);
            }
            vm.heap.set_field(o, field::EXCEPTION::notes, Value::EMPTY);
            Ok(true)
        }
        (layout::EXCEPTION, attr @ ("args" | "__traceback__" | "__cause__" | "__context__")) => {
            let msg = format!("{attr} may not be deleted");
            Err(vm.type_error(&msg))
        }
        _ => Ok(false),
    }
}

/// Writes text to `sys.stdout` (the real stdout unless replaced).
pub fn write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    sys::write_to(vm, Value::EMPTY, text)
}

/// `ascii(v)`.
pub fn ascii(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let r = vm.repr(v)?;
    let text = vm.str_text(r);
    if text.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for c in text.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    vm.new_str(&out)
}
