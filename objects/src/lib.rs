//! Layouts of Python objects over `minnow-heap`, and the operations on them
//! that never run Python code.
//!
//! Every layout is declared once, in the table below, with the name of each
//! field; the constants for layout ids and field indices are derived from it.
//! Raw (untraced) fields come first, then traced values, as `minnow-heap`
//! requires. Types whose objects vary in size (str, tuple, arrays) end in
//! a variable part described in their own file.
#![deny(unsafe_code)]

pub mod dict;
pub mod int;
pub mod limbs;
pub mod list;
pub mod ordering;
pub mod set;
pub mod str;

use minnow_heap::{Heap, HeapError, Layout, LayoutId, ValueSpan};

macro_rules! layouts {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident = $id:literal $pyname:literal {
            raw: [$($raw:ident),*],
            values: [$($val:ident),*] $(+ $tail:ident)?
        }
    )*) => {
        /// Layout ids, in registration order.
        pub mod layout {
            use minnow_heap::LayoutId;
            $($(#[doc = $doc])* pub const $name: LayoutId = LayoutId($id);)*
        }

        /// Field indices of each layout.
        #[allow(non_snake_case)]
        pub mod field {
            $(
                $(#[doc = $doc])*
                pub mod $name {
                    #![allow(non_upper_case_globals, non_camel_case_types, dead_code)]
                    pub(super) enum Index { $($raw,)* $($val,)* $($tail,)? __Count }
                    $(pub const $raw: usize = Index::$raw as usize;)*
                    $(pub const $val: usize = Index::$val as usize;)*
                    $(pub const $tail: usize = Index::$tail as usize;)?
                    /// Fields of the fixed part.
                    pub const COUNT: usize = Index::__Count as usize $(- { let _ = Index::$tail; 1 })?;
                    pub(crate) const RAW: u32 = <[&str]>::len(&[$(stringify!($raw)),*]) as u32;
                    pub(crate) const VALUES: Option<u32> = {
                        let fixed = <[&str]>::len(&[$(stringify!($val)),*]) as u32;
                        let tail = <[&str]>::len(&[$(stringify!($tail)),*]);
                        if tail == 0 { Some(fixed) } else { None }
                    };
                }
            )*
        }

        /// Registers every layout with a fresh heap, in id order.
        pub fn register_layouts(heap: &mut Heap) -> Result<(), HeapError> {
            $(
                let id = heap.register_layout(Layout {
                    name: $pyname,
                    first_value: field::$name::RAW,
                    values: match field::$name::VALUES {
                        Some(n) => ValueSpan::Fixed(n),
                        None => ValueSpan::ToEnd,
                    },
                })?;
                assert_eq!(id, LayoutId($id), "layouts are registered in table order");
            )*
            Ok(())
        }

        /// The Python-visible name of each layout's type, for messages.
        pub fn layout_name(id: LayoutId) -> &'static str {
            match id.0 {
                $($id => $pyname,)*
                _ => "object",
            }
        }
    };
}

layouts! {
    /// A float outside the immediate range: the IEEE bits.
    FLOAT = 1 "float" { raw: [bits], values: [] }
    /// An int outside the small-int range: sign, then magnitude limbs
    /// (little-endian u64) in the variable tail.
    BIGINT = 2 "int" { raw: [sign], values: [] }
    /// A str: UTF-8 bytes in the tail; `chars` is the length in code points
    /// (equal to `bytes` when all ASCII); `hash` is cached (`NO_HASH` until
    /// computed).
    STR = 3 "str" { raw: [bytes, chars, hash], values: [] }
    /// An immutable bytes object: bytes in the tail.
    BYTES = 4 "bytes" { raw: [len, hash], values: [] }
    /// A tuple: its items are the tail.
    TUPLE = 5 "tuple" { raw: [], values: [] + items }
    /// A growable list: `len` items used of `storage` (an ARRAY).
    LIST = 6 "list" { raw: [len], values: [storage] }
    /// Backing storage of lists, dicts and sets: values to the end.
    ARRAY = 7 "array" { raw: [], values: [] + items }
    /// Raw words (dict index tables, bytearray storage).
    WORDS = 8 "words" { raw: [], values: [] }
    /// An insertion-ordered dict (see `dict.rs`).
    DICT = 9 "dict" { raw: [len, used, version], values: [indices, entries] }
    /// A set (see `set.rs`); FROZENSET shares its layout.
    SET = 10 "set" { raw: [fill, used, hash], values: [keys, hashes] }
    FROZENSET = 11 "frozenset" { raw: [fill, used, hash], values: [keys, hashes] }
    /// range(start, stop, step) with int bounds.
    RANGE = 12 "range" { raw: [], values: [start, stop, step] }
    /// slice(start, stop, step).
    SLICE = 13 "slice" { raw: [], values: [start, stop, step] }
    /// A closure cell.
    CELL = 14 "cell" { raw: [], values: [contents] }
    /// A code object: `index` into the VM's table of compiled code; the
    /// constants and names as Python values.
    CODE = 15 "code" { raw: [index], values: [consts, names] }
    /// A Python function.
    FUNCTION = 16 "function" {
        raw: [],
        values: [code, globals, name, qualname, defaults, kwdefaults, closure, doc, dict, module, annotations, builtins]
    }
    /// A function implemented in Rust: `index` into the VM's native table;
    /// `bound` is its `__self__` (a module or object) or EMPTY.
    BUILTIN_FUNCTION = 17 "builtin_function_or_method" { raw: [index], values: [bound, name] }
    /// A function bound to an instance.
    BOUND_METHOD = 18 "method" { raw: [], values: [function, receiver] }
    /// A class. `flags` and `version` are raw; `builtin` is the layout of
    /// the builtin base whose storage instances carry, as a small int;
    /// `instance_slots` is how many attribute slots its instances get (0:
    /// not learned yet); `member_shape` is the shape its instances start
    /// with, naming the slots its `__slots__` reserve (the root shape if
    /// none).
    TYPE = 19 "type" {
        raw: [flags, version, instance_slots, member_shape],
        values: [name, qualname, bases, mro, dict, module, builtin, metaclass]
    }
    /// An instance of a user class: its class, the builtin value it extends
    /// (`class C(list)`) or EMPTY, and its attributes: in the `slots` tail
    /// as its `shape` says, or in `dict` (see the VM's `shape.rs`).
    INSTANCE = 20 "object" { raw: [shape], values: [class, dict, base] + slots }
    /// A module.
    MODULE = 21 "module" { raw: [], values: [name, dict] }
    /// An exception instance (of a builtin or user exception class).
    EXCEPTION = 22 "BaseException" {
        raw: [],
        values: [class, args, dict, traceback, cause, context, suppress_context, notes]
    }
    /// A generator: its frame's saved slots in `frame` (an ARRAY), its
    /// function, and the execution state.
    GENERATOR = 23 "generator" {
        raw: [pc, stack_len, state, kind],
        values: [function, frame, name, qualname, exc_state]
    }
    /// An iterator over a sequence by index (list, tuple, str, bytes, range);
    /// over a non-ASCII str, `offset` is the byte offset of character
    /// `index` once known (else EMPTY), so that each step decodes one
    /// character instead of counting from the start. `kind` (`seq_kind`)
    /// says what it iterates, which its type reports even once exhausted.
    SEQ_ITER = 24 "iterator" { raw: [kind], values: [seq, index, offset] }
    /// An iterator over a dict's keys, values or items.
    DICT_ITER = 25 "dict_iterator" { raw: [kind, version], values: [dict, index, len] }
    /// An iterator over a set.
    SET_ITER = 26 "set_iterator" { raw: [], values: [set, index, len] }
    /// A dict view (keys, values or items).
    DICT_VIEW = 27 "dict_view" { raw: [kind], values: [dict] }
    /// property(fget, fset, fdel, doc).
    PROPERTY = 28 "property" { raw: [], values: [fget, fset, fdel, doc, name, getter_doc] }
    /// staticmethod(f) and classmethod(f).
    STATICMETHOD = 29 "staticmethod" { raw: [], values: [function, dict] }
    CLASSMETHOD = 30 "classmethod" { raw: [], values: [function, dict] }
    /// super(type, obj).
    SUPER = 31 "super" { raw: [], values: [this_class, receiver, receiver_type] }
    /// A native iterator with a small state (enumerate, zip, map, filter,
    /// reversed, callable-iterator): `kind` says which; `state` holds its
    /// values.
    NATIVE_ITER = 32 "iterator" { raw: [kind, counter], values: [] + state }
    /// A mutable bytes buffer: `len` bytes used of `storage` (WORDS).
    BYTEARRAY = 33 "bytearray" { raw: [len], values: [storage] }
    /// A traceback entry: the code object and the instruction index, the
    /// globals its frame ran with (for NameError's suggestions), and the
    /// next (older-to-newer) entry.
    TRACEBACK = 34 "traceback" { raw: [pc], values: [code, next, globals] }
    /// A weak reference: `referent` is the heap's weak field (untraced; set
    /// to None when the object dies), `hash` the referent's hash once asked
    /// (`NO_HASH` until then).
    WEAKREF = 35 "weakref" { raw: [referent, hash], values: [callback] }
    /// A `__slots__` entry of class `owner`: `index` is the instance slot
    /// that holds the attribute `name` (see the VM's `member.rs`).
    MEMBER = 36 "member_descriptor" { raw: [index], values: [name, owner] }
    /// A read-only view of a class's dict (`cls.__dict__`).
    MAPPINGPROXY = 37 "mappingproxy" { raw: [], values: [mapping] }
}

/// The cached-hash field of a str before its hash is computed. Hashes fit in
/// 61 bits, so this value is never a real hash.
pub const NO_HASH: u64 = u64::MAX;

/// What a `SEQ_ITER` iterates (`SEQ_ITER.kind`).
pub mod seq_kind {
    /// A sequence through its `__getitem__`.
    pub const OTHER: u64 = 0;
    pub const LIST: u64 = 1;
    pub const TUPLE: u64 = 2;
    pub const STR: u64 = 3;
    pub const STR_ASCII: u64 = 4;
    pub const BYTES: u64 = 5;
    pub const BYTEARRAY: u64 = 6;
    pub const RANGE: u64 = 7;
}

/// Kinds of dict iterators and views (`DICT_ITER.kind`, `DICT_VIEW.kind`).
pub mod dict_kind {
    pub const KEYS: u64 = 0;
    pub const VALUES: u64 = 1;
    pub const ITEMS: u64 = 2;
}

#[cfg(test)]
mod tests {
    use super::*;
    use minnow_heap::HeapConfig;

    #[test]
    fn field_indices_follow_the_table() {
        assert_eq!(field::DICT::len, 0);
        assert_eq!(field::DICT::indices, 3);
        assert_eq!(field::DICT::COUNT, 5);
        assert_eq!(field::TUPLE::items, 0);
        assert_eq!(field::TUPLE::COUNT, 0);
        assert_eq!(field::FUNCTION::annotations, 10);
        assert_eq!(field::NATIVE_ITER::state, 2);
    }

    #[test]
    fn layouts_register_in_order_with_their_traced_spans() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        register_layouts(&mut heap).unwrap();
        let dict = heap.layout(layout::DICT);
        assert_eq!(dict.name, "dict");
        assert_eq!((dict.first_value, dict.values), (3, ValueSpan::Fixed(2)));
        let tuple = heap.layout(layout::TUPLE);
        assert_eq!((tuple.first_value, tuple.values), (0, ValueSpan::ToEnd));
        let s = heap.layout(layout::STR);
        assert_eq!((s.first_value, s.values), (3, ValueSpan::Fixed(0)));
        assert_eq!(layout_name(layout::FUNCTION), "function");
    }
}

use minnow_heap::Value;

/// Equality of two values when it can be decided without running Python
/// code: identical words, numbers of the immediate kinds, and strs.
/// `None` means "ask the objects" (`__eq__`).
pub fn fast_eq(heap: &Heap, a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    let number = |v: Value| -> Option<f64> {
        if let Some(i) = v.as_small_int() {
            return Some(i as f64);
        }
        if v.is_bool() {
            return Some(if v == Value::TRUE { 1.0 } else { 0.0 });
        }
        v.as_float()
    };
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    if let (Some(x), Some(y)) = (number(a), number(b)) {
        // An int and a float compare exactly: above 2**53 the float
        // conversion could round, so only small magnitudes take this path.
        let exact = |v: Value| {
            v.as_small_int()
                .map_or(true, |i| i.unsigned_abs() <= 1 << 53)
        };
        if exact(a) && exact(b) {
            return Some(x == y);
        }
        return None;
    }
    match (a.as_obj(), b.as_obj()) {
        (Some(x), Some(y))
            if heap.layout_of(x) == layout::STR && heap.layout_of(y) == layout::STR =>
        {
            Some(str::equal(heap, x, y))
        }
        (Some(x), None) | (None, Some(x)) if heap.layout_of(x) == layout::STR => Some(false),
        (None, None) => Some(false),
        _ => None,
    }
}
