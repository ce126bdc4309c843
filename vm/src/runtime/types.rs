//! Type objects: the builtin types (declared once in the table below, the
//! exception hierarchy included), `type_of`, the C3 method resolution
//! order, and attribute lookup along it.
//!
//! A TYPE object's `builtin` field is the layout its instances carry data
//! in: INSTANCE for plain classes, EXCEPTION under BaseException, or the
//! layout of a builtin base (a `class C(list)` instance is an INSTANCE whose
//! `base` field holds a list).

use minnow_heap::{LayoutId, Value};
use minnow_objects::{self as objects, field, layout};

use super::{PyResult, Vm};

/// `TYPE.flags` bits.
pub mod type_flags {
    /// Defined by a class statement or `type(...)`: its attributes can be set.
    pub const HEAPTYPE: u64 = 1;
    /// May be subclassed.
    pub const BASETYPE: u64 = 2;
}

macro_rules! builtin_types {
    ($($variant:ident $name:literal : $base:ident $(, $flag:ident)?;)*) => {
        /// The builtin types, in creation order (a base before its subclasses).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(usize)]
        pub enum TypeId { $($variant,)* }

        const BUILTIN_TYPES: &[(TypeId, &str, TypeId, bool)] = &[
            $((TypeId::$variant, $name, TypeId::$base, builtin_types!(@final $($flag)?)),)*
        ];
    };
    (@final final) => { true };
    (@final) => { false };
}

builtin_types! {
    Object "object": Object;
    Type "type": Object;
    Int "int": Object;
    Bool "bool": Int, final;
    Float "float": Object;
    Str "str": Object;
    Bytes "bytes": Object;
    ByteArray "bytearray": Object;
    Tuple "tuple": Object;
    List "list": Object;
    Dict "dict": Object;
    Set "set": Object;
    FrozenSet "frozenset": Object;
    Range "range": Object, final;
    Slice "slice": Object, final;
    NoneType "NoneType": Object, final;
    NotImplementedType "NotImplementedType": Object, final;
    EllipsisType "ellipsis": Object, final;
    Function "function": Object, final;
    BuiltinFunction "builtin_function_or_method": Object, final;
    Method "method": Object, final;
    Cell "cell": Object, final;
    Code "code": Object, final;
    Module "module": Object;
    Generator "generator": Object, final;
    Coroutine "coroutine": Object, final;
    AsyncGenerator "async_generator": Object, final;
    CoroutineWrapper "coroutine_wrapper": Object, final;
    AsyncGenASend "async_generator_asend": Object, final;
    AsyncGenAThrow "async_generator_athrow": Object, final;
    AnextAwaitable "anext_awaitable": Object, final;
    Property "property": Object;
    StaticMethod "staticmethod": Object;
    ClassMethod "classmethod": Object;
    Super "super": Object;
    ListIterator "list_iterator": Object, final;
    TupleIterator "tuple_iterator": Object, final;
    StrIterator "str_iterator": Object, final;
    StrAsciiIterator "str_ascii_iterator": Object, final;
    BytesIterator "bytes_iterator": Object, final;
    ByteArrayIterator "bytearray_iterator": Object, final;
    RangeIterator "range_iterator": Object, final;
    DictKeys "dict_keys": Object, final;
    DictValues "dict_values": Object, final;
    DictItems "dict_items": Object, final;
    DictKeyIterator "dict_keyiterator": Object, final;
    DictValueIterator "dict_valueiterator": Object, final;
    DictItemIterator "dict_itemiterator": Object, final;
    SetIterator "set_iterator": Object, final;
    Enumerate "enumerate": Object;
    Zip "zip": Object;
    Map "map": Object;
    Filter "filter": Object;
    Reversed "reversed": Object;
    ListReverseIterator "list_reverseiterator": Object, final;
    CallableIterator "callable_iterator": Object, final;
    SeqIterator "iterator": Object, final;
    Traceback "traceback": Object, final;
    WeakRef "ReferenceType": Object, final;
    Member "member_descriptor": Object, final;
    MappingProxy "mappingproxy": Object, final;
    TextIO "TextIOWrapper": Object;
    BaseException "BaseException": Object;
    SystemExit "SystemExit": BaseException;
    KeyboardInterrupt "KeyboardInterrupt": BaseException;
    GeneratorExit "GeneratorExit": BaseException;
    Exception "Exception": BaseException;
    StopIteration "StopIteration": Exception;
    ArithmeticError "ArithmeticError": Exception;
    FloatingPointError "FloatingPointError": ArithmeticError;
    OverflowError "OverflowError": ArithmeticError;
    ZeroDivisionError "ZeroDivisionError": ArithmeticError;
    AssertionError "AssertionError": Exception;
    AttributeError "AttributeError": Exception;
    BufferError "BufferError": Exception;
    EOFError "EOFError": Exception;
    ImportError "ImportError": Exception;
    ModuleNotFoundError "ModuleNotFoundError": ImportError;
    LookupError "LookupError": Exception;
    IndexError "IndexError": LookupError;
    KeyError "KeyError": LookupError;
    MemoryError "MemoryError": Exception;
    NameError "NameError": Exception;
    UnboundLocalError "UnboundLocalError": NameError;
    OSError "OSError": Exception;
    FileNotFoundError "FileNotFoundError": OSError;
    FileExistsError "FileExistsError": OSError;
    PermissionError "PermissionError": OSError;
    IsADirectoryError "IsADirectoryError": OSError;
    NotADirectoryError "NotADirectoryError": OSError;
    ReferenceError "ReferenceError": Exception;
    RuntimeError "RuntimeError": Exception;
    NotImplementedError "NotImplementedError": RuntimeError;
    RecursionError "RecursionError": RuntimeError;
    SyntaxError "SyntaxError": Exception;
    IndentationError "IndentationError": SyntaxError;
    TabError "TabError": IndentationError;
    SystemError "SystemError": Exception;
    TypeError "TypeError": Exception;
    ValueError "ValueError": Exception;
    UnicodeError "UnicodeError": ValueError;
    UnicodeDecodeError "UnicodeDecodeError": UnicodeError;
    UnicodeEncodeError "UnicodeEncodeError": UnicodeError;
    Warning "Warning": Exception;
    UserWarning "UserWarning": Warning;
    DeprecationWarning "DeprecationWarning": Warning;
    RuntimeWarning "RuntimeWarning": Warning;
    SyntaxWarning "SyntaxWarning": Warning;
    StopAsyncIteration "StopAsyncIteration": Exception;
    TimeoutError "TimeoutError": OSError;
    BlockingIOError "BlockingIOError": OSError;
    ChildProcessError "ChildProcessError": OSError;
    InterruptedError "InterruptedError": OSError;
    ProcessLookupError "ProcessLookupError": OSError;
    ConnectionError "ConnectionError": OSError;
    BrokenPipeError "BrokenPipeError": ConnectionError;
    ConnectionAbortedError "ConnectionAbortedError": ConnectionError;
    ConnectionRefusedError "ConnectionRefusedError": ConnectionError;
    ConnectionResetError "ConnectionResetError": ConnectionError;
    UnicodeTranslateError "UnicodeTranslateError": UnicodeError;
    PendingDeprecationWarning "PendingDeprecationWarning": Warning;
    FutureWarning "FutureWarning": Warning;
    ImportWarning "ImportWarning": Warning;
    UnicodeWarning "UnicodeWarning": Warning;
    BytesWarning "BytesWarning": Warning;
    ResourceWarning "ResourceWarning": Warning;
    EncodingWarning "EncodingWarning": Warning;
}

impl TypeId {
    pub fn is_exception(self) -> bool {
        self as usize >= TypeId::BaseException as usize
    }
}

/// The layout that carries the data of a builtin type's instances.
fn instance_layout(id: TypeId) -> LayoutId {
    use TypeId as T;
    match id {
        T::Int | T::Bool => layout::BIGINT,
        T::Float => layout::FLOAT,
        T::Str => layout::STR,
        T::Bytes => layout::BYTES,
        T::ByteArray => layout::BYTEARRAY,
        T::Tuple => layout::TUPLE,
        T::List => layout::LIST,
        T::Dict => layout::DICT,
        T::Set => layout::SET,
        T::FrozenSet => layout::FROZENSET,
        T::Type => layout::TYPE,
        T::Module => layout::MODULE,
        id if id.is_exception() => layout::EXCEPTION,
        _ => layout::INSTANCE,
    }
}

pub fn create_builtin_types(vm: &mut Vm) -> PyResult<()> {
    for &(id, name, base, is_final) in BUILTIN_TYPES {
        debug_assert_eq!(vm.types.len(), id as usize);
        let bases = if id == TypeId::Object {
            vec![]
        } else {
            vec![vm.ty(base)]
        };
        let flags = if is_final { 0 } else { type_flags::BASETYPE };
        let dict = vm.new_dict()?;
        let ty = new_type(vm, name, &bases, dict, flags, instance_layout(id))?;
        vm.types.push(ty);
    }
    Ok(())
}

/// A new class with the given bases (in order) and namespace.
pub fn new_type(
    vm: &mut Vm,
    name: &str,
    bases: &[Value],
    dict: Value,
    flags: u64,
    builtin: LayoutId,
) -> PyResult<Value> {
    let name_str = vm.new_str(name)?;
    let bases_tuple = vm.new_tuple(bases)?;
    let obj = vm.alloc(layout::TYPE, field::TYPE::COUNT)?;
    let ty = obj.value();
    let h = &mut vm.heap;
    objects::dict::watch(h, dict.as_obj().expect("a dict"));
    h.set_raw(obj, field::TYPE::flags, flags);
    h.set_field(obj, field::TYPE::name, name_str);
    h.set_field(obj, field::TYPE::qualname, name_str);
    h.set_field(obj, field::TYPE::bases, bases_tuple);
    h.set_field(obj, field::TYPE::dict, dict);
    h.set_field(obj, field::TYPE::module, Value::EMPTY);
    h.set_field(
        obj,
        field::TYPE::builtin,
        Value::small_int_const(builtin.0 as i64),
    );
    let mro = compute_mro(vm, ty, bases)?;
    let mro = vm.new_tuple(&mro)?;
    vm.heap.set_field(obj, field::TYPE::mro, mro);
    Ok(ty)
}

/// C3 linearization: the class, then a merge of its bases' MROs and the
/// list of bases.
fn compute_mro(vm: &mut Vm, ty: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].contains(b) {
            let msg = format!("duplicate base class {}", type_name(vm, *b));
            return Err(vm.type_error(&msg));
        }
    }
    let mut sequences: Vec<Vec<Value>> = bases.iter().map(|&b| mro_of(vm, b)).collect();
    sequences.push(bases.to_vec());
    let mut result = vec![ty];
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences
            .iter()
            .map(|s| s[0])
            .find(|c| !sequences.iter().any(|s| s[1..].contains(c)));
        let Some(next) = candidate else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &sequences {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<String> = heads.iter().map(|&b| type_name(vm, b)).collect();
            return Err(vm.raise_msg(
                TypeId::TypeError,
                &format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        result.push(next);
        for s in &mut sequences {
            if s[0] == next {
                s.remove(0);
            }
        }
    }
}

/// The MRO of a type, as a vector.
pub fn mro_of(vm: &Vm, ty: Value) -> Vec<Value> {
    let obj = ty.as_obj().expect("a type");
    let mro = vm.heap.field(obj, field::TYPE::mro);
    vm.tuple_items(mro)
}

pub fn type_name(vm: &Vm, ty: Value) -> String {
    let obj = ty.as_obj().expect("a type");
    vm.str_text(vm.heap.field(obj, field::TYPE::name))
        .to_string()
}

pub fn type_field(vm: &Vm, ty: Value, index: usize) -> Value {
    vm.heap.field(ty.as_obj().expect("a type"), index)
}

/// A raw field of type `ty`.
pub fn type_raw(vm: &Vm, ty: Value, index: usize) -> u64 {
    vm.heap.raw(ty.as_obj().expect("a type"), index)
}

pub fn type_flags_of(vm: &Vm, ty: Value) -> u64 {
    vm.heap
        .raw(ty.as_obj().expect("a type"), field::TYPE::flags)
}

/// The layout carrying the builtin data of `ty`'s instances.
pub fn builtin_layout(vm: &Vm, ty: Value) -> LayoutId {
    LayoutId(type_field(vm, ty, field::TYPE::builtin).small_int_unchecked() as u16)
}

impl Vm {
    /// The Python type of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> Value {
        if v.is_small_int() {
            return self.ty(TypeId::Int);
        }
        if v.is_float() {
            return self.ty(TypeId::Float);
        }
        let Some(obj) = v.as_obj() else {
            return self.ty(match v {
                Value::TRUE | Value::FALSE => TypeId::Bool,
                Value::NOT_IMPLEMENTED => TypeId::NotImplementedType,
                Value::ELLIPSIS => TypeId::EllipsisType,
                _ => TypeId::NoneType,
            });
        };
        let l = self.heap.layout_of(obj);
        let id = match l {
            layout::INSTANCE => return self.heap.field(obj, field::INSTANCE::class),
            layout::EXCEPTION => return self.heap.field(obj, field::EXCEPTION::class),
            layout::TYPE => {
                let meta = self.heap.field(obj, field::TYPE::metaclass);
                if meta.is_ptr() {
                    return meta;
                }
                TypeId::Type
            }
            layout::FLOAT => TypeId::Float,
            layout::BIGINT => TypeId::Int,
            layout::STR => TypeId::Str,
            layout::BYTES => TypeId::Bytes,
            layout::BYTEARRAY => TypeId::ByteArray,
            layout::TUPLE => TypeId::Tuple,
            layout::LIST => TypeId::List,
            layout::DICT => TypeId::Dict,
            layout::SET => TypeId::Set,
            layout::FROZENSET => TypeId::FrozenSet,
            layout::RANGE => TypeId::Range,
            layout::SLICE => TypeId::Slice,
            layout::CELL => TypeId::Cell,
            layout::CODE => TypeId::Code,
            layout::FUNCTION => TypeId::Function,
            layout::BUILTIN_FUNCTION => TypeId::BuiltinFunction,
            layout::BOUND_METHOD => TypeId::Method,
            layout::MODULE => TypeId::Module,
            layout::GENERATOR => match self.heap.raw(obj, field::GENERATOR::kind) {
                super::coro::gen_kind::COROUTINE => TypeId::Coroutine,
                super::coro::gen_kind::ASYNC_GENERATOR => TypeId::AsyncGenerator,
                _ => TypeId::Generator,
            },
            layout::PROPERTY => TypeId::Property,
            layout::STATICMETHOD => TypeId::StaticMethod,
            layout::CLASSMETHOD => TypeId::ClassMethod,
            layout::SUPER => TypeId::Super,
            layout::WEAKREF => TypeId::WeakRef,
            layout::MEMBER => TypeId::Member,
            layout::MAPPINGPROXY => TypeId::MappingProxy,
            layout::SEQ_ITER => match self.heap.raw(obj, field::SEQ_ITER::kind) {
                objects::seq_kind::LIST => TypeId::ListIterator,
                objects::seq_kind::TUPLE => TypeId::TupleIterator,
                objects::seq_kind::STR => TypeId::StrIterator,
                objects::seq_kind::STR_ASCII => TypeId::StrAsciiIterator,
                objects::seq_kind::BYTES => TypeId::BytesIterator,
                objects::seq_kind::BYTEARRAY => TypeId::ByteArrayIterator,
                objects::seq_kind::RANGE => TypeId::RangeIterator,
                _ => TypeId::SeqIterator,
            },
            layout::DICT_ITER => match self.heap.raw(obj, field::DICT_ITER::kind) {
                objects::dict_kind::KEYS => TypeId::DictKeyIterator,
                objects::dict_kind::VALUES => TypeId::DictValueIterator,
                _ => TypeId::DictItemIterator,
            },
            layout::DICT_VIEW => match self.heap.raw(obj, field::DICT_VIEW::kind) {
                objects::dict_kind::KEYS => TypeId::DictKeys,
                objects::dict_kind::VALUES => TypeId::DictValues,
                _ => TypeId::DictItems,
            },
            layout::SET_ITER => TypeId::SetIterator,
            layout::NATIVE_ITER => {
                super::iter::native_iter_type(self.heap.raw(obj, field::NATIVE_ITER::kind))
            }
            layout::TRACEBACK => TypeId::Traceback,
            _ => TypeId::Object,
        };
        self.ty(id)
    }

    pub fn type_name_of(&self, v: Value) -> String {
        type_name(self, self.type_of(v))
    }

    /// How CPython's generated argument checks name a wrong argument's type
    /// ("must be str, not int"): as `type_name_of`, but None is "None".
    pub fn argument_type_name(&self, v: Value) -> String {
        if v == Value::NONE {
            "None".to_string()
        } else {
            self.type_name_of(v)
        }
    }

    /// True when `sub` is `sup` or has it in its MRO.
    pub fn is_subtype(&self, sub: Value, sup: Value) -> bool {
        if sub == sup {
            return true;
        }
        let mro = type_field(self, sub, field::TYPE::mro);
        self.heap
            .fields(mro.as_obj().expect("a tuple"))
            .contains(&sup)
    }

    pub fn isinstance_id(&self, v: Value, id: TypeId) -> bool {
        self.is_subtype(self.type_of(v), self.ty(id))
    }

    /// `name` (an interned str) looked up along `ty`'s MRO, without
    /// descriptors applied.
    pub fn lookup_in_type(&self, ty: Value, name: Value) -> Option<Value> {
        if let Some(found) = self.type_cache.get(ty, name) {
            return found;
        }
        let found = self.lookup_in_mro(ty, name);
        self.type_cache.put(ty, name, found);
        found
    }

    fn lookup_in_mro(&self, ty: Value, name: Value) -> Option<Value> {
        let mro = type_field(self, ty, field::TYPE::mro);
        let name_obj = name.as_obj().expect("a str name");
        let hash = objects::str::hash_of(&self.heap, name_obj);
        for &class in self.heap.fields(mro.as_obj().expect("a tuple")) {
            let dict = type_field(self, class, field::TYPE::dict)
                .as_obj()
                .expect("a dict");
            if let Ok(Some((_, v))) = objects::dict::lookup_fast(&self.heap, dict, hash, name) {
                return Some(v);
            }
        }
        None
    }

    /// Looks up a builtin dunder by name on the value's type.
    pub fn lookup_special(&mut self, v: Value, name: &'static str) -> PyResult<Option<Value>> {
        let name = self.intern_static(name)?;
        let ty = self.type_of(v);
        Ok(self.lookup_in_type(ty, name))
    }

    pub fn is_type(&self, v: Value) -> bool {
        self.is_layout(v, layout::TYPE)
    }
}
