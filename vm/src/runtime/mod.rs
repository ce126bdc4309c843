//! The VM's state: the heap, the value stack, the frames, and every other
//! value the program can reach. `Vm::roots` lists all of them in one place.
//!
//! Errors: a function that can raise returns `PyResult`; `Err(Raised)`
//! means the exception is held in `Vm::exception`. No Python-level error is
//! a Rust panic.

pub mod attr;
pub mod cache;
pub mod call;
pub mod coro;
pub mod exc;
pub mod format;
pub mod gc;
pub mod iter;
pub mod lifetime;
pub mod natives;
pub mod ops;
pub mod shape;
pub mod types;

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::rc::Rc;

use minnow_heap::{Heap, HeapConfig, HeapError, ObjRef, RootSet, Tracer, Value};
use minnow_objects::{self as objects, field, layout};

use crate::code::CodeObject;
use natives::Native;
use types::TypeId;

/// An exception was raised and is held in `Vm::exception`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T = Value> = Result<T, Raised>;

/// What happens when a frame returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameExit {
    /// Return to the calling frame's loop.
    Inline,
    /// Return out of the interpreter loop to the native code that called it.
    ToNative,
    /// As `ToNative`, for a generator frame that `Vm::for_each_item` drives:
    /// a `yield` also returns to it, leaving the frame in place.
    Parked,
}

/// One activation of a code object. Its local slots, cells and value stack
/// live on `Vm::stack` from `base` up.
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The CODE object: its constants and names as Python values.
    pub code_obj: Value,
    /// The FUNCTION being run, or EMPTY for module code.
    pub function: Value,
    pub globals: Value,
    /// The mapping behind `*_NAME` instructions, or EMPTY.
    pub locals: Value,
    /// The instance an `__init__` frame initialises, or EMPTY. When set,
    /// the frame's caller receives it instead of `__init__`'s None.
    pub instance: Value,
    /// The generator that owns this frame, or EMPTY.
    pub generator: Value,
    pub base: usize,
    /// Where the stack is cut back to when the frame ends: its call's
    /// callable slot, or `base` for frames not made by a call.
    pub return_to: usize,
    pub pc: usize,
    pub exit: FrameExit,
}

impl Frame {
    fn trace(&mut self, tracer: &mut Tracer<'_>) {
        for v in [
            &mut self.code_obj,
            &mut self.function,
            &mut self.globals,
            &mut self.locals,
            &mut self.instance,
            &mut self.generator,
        ] {
            tracer.visit(v);
        }
    }
}

pub struct Vm {
    pub heap: Heap,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Builtin type objects, indexed by `TypeId`.
    pub types: Vec<Value>,
    /// Interned strings: identifiers and attribute names.
    pub interned: FxHashMap<Box<str>, Value>,
    /// The raised exception while an `Err(Raised)` propagates.
    pub exception: Value,
    /// The exception being handled (`sys.exc_info()`, bare `raise`).
    pub handled: Value,
    /// Long-lived values named by `Statics`.
    pub statics: Vec<Value>,
    pub natives: Vec<Native>,
    /// Compiled code, indexed by a CODE object's `index`.
    pub codes: Vec<Rc<CodeObject>>,
    pub recursion_limit: usize,
    /// `sys.get_int_max_str_digits()`: the most decimal digits an int may
    /// have in a conversion from or to str (0: no limit).
    pub int_max_str_digits: usize,
    /// `sys.flags.int_max_str_digits`: the limit `-X int_max_str_digits`
    /// or `PYTHONINTMAXSTRDIGITS` gave, else -1.
    pub int_max_str_digits_flag: i64,
    /// Source lines by file name, for tracebacks.
    pub sources: HashMap<String, Rc<Vec<String>>>,
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// Whether the last `run` ended by a generator yielding (not returning).
    pub last_run_yielded: bool,
    /// Stack slots of the containers whose repr is being built.
    pub repr_in_progress: Vec<usize>,
    pub type_cache: cache::TypeCache,
    pub shapes: shape::Shapes,
    /// The files `os.open` opened, by descriptor; dropping one closes it.
    pub files: HashMap<i32, std::fs::File>,
    /// `intern_static`'s cache: (address, length, interned str). Interned
    /// strs never move and stay rooted by `interned`, so it is not traced.
    static_names: Box<[(usize, usize, Value); STATIC_NAME_SLOTS]>,
    /// The interned one-character strs of ASCII, each filled in when first
    /// asked for (`ascii_char`); untraced, as `static_names`.
    ascii_chars: Box<[Value; 128]>,
    /// Where `format()` writes a result before it becomes a str, kept so
    /// that formatting a field allocates nothing but the str.
    pub format_buffer: String,
    /// Where `%` formatting copies its template, kept for the same reason.
    pub template_buffer: String,
    /// Finalizers or weak-reference callbacks are running (`lifetime.rs`).
    pub(crate) in_lifetime_work: bool,
    /// What the gc module controls beyond the heap's own settings.
    pub gc: gc::GcState,
    /// Compiled regular expressions, by the index `_re.compile` returns.
    pub regexes: Vec<crate::modules::re::CompiledRegex>,
    /// Whether `sys.version_info` and `sys.flags` have been made (on first
    /// use, `builtins::sys::lazy_attribute`).
    pub sys_lazy_attributes_made: bool,
}

const STATIC_NAME_SLOTS: usize = 512;

/// Indices into `Vm::statics`.
#[derive(Clone, Copy)]
#[repr(usize)]
pub enum Static {
    Builtins,
    BuiltinsDict,
    Modules,
    Sys,
    EmptyTuple,
    MemoryErrorInstance,
    StdoutObject,
    StderrObject,
    /// `gc.callbacks`, once the gc module is imported.
    GcCallbacks,
    /// `type.__subclasses__`: a dict from a weak reference to a class to a
    /// list of weak references to the classes made with it as a base.
    Subclasses,
    /// The builtin `sys.excepthook`: an uncaught exception is printed by
    /// Rust unless a program replaced it.
    Excepthook,
    Count,
}

/// The roots of one VM, lent to the collector.
struct VmRoots<'a> {
    stack: &'a mut Vec<Value>,
    frames: &'a mut Vec<Frame>,
    types: &'a mut Vec<Value>,
    interned: &'a mut FxHashMap<Box<str>, Value>,
    exception: &'a mut Value,
    handled: &'a mut Value,
    statics: &'a mut Vec<Value>,
}

impl RootSet for VmRoots<'_> {
    fn trace_roots(&mut self, tracer: &mut Tracer<'_>) {
        tracer.visit_slice(self.stack);
        for frame in self.frames.iter_mut() {
            frame.trace(tracer);
        }
        tracer.visit_slice(self.types);
        for v in self.interned.values_mut() {
            tracer.visit(v);
        }
        tracer.visit(self.exception);
        tracer.visit(self.handled);
        tracer.visit_slice(self.statics);
    }
}

impl Vm {
    pub fn new(config: HeapConfig) -> Result<Vm, HeapError> {
        let mut heap = Heap::new(config)?;
        objects::register_layouts(&mut heap)?;
        let mut vm = Vm {
            heap,
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::new(),
            types: Vec::new(),
            interned: FxHashMap::default(),
            exception: Value::EMPTY,
            handled: Value::NONE,
            statics: vec![Value::NONE; Static::Count as usize],
            natives: Vec::new(),
            codes: Vec::new(),
            recursion_limit: 1000,
            int_max_str_digits: crate::builtins::int::DEFAULT_MAX_STR_DIGITS,
            int_max_str_digits_flag: -1,
            sources: HashMap::new(),
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            last_run_yielded: false,
            repr_in_progress: Vec::new(),
            type_cache: cache::TypeCache::new(),
            shapes: shape::Shapes::new(),
            files: HashMap::new(),
            static_names: Box::new([(0, 0, Value::EMPTY); STATIC_NAME_SLOTS]),
            ascii_chars: Box::new([Value::EMPTY; 128]),
            format_buffer: String::new(),
            template_buffer: String::new(),
            in_lifetime_work: false,
            gc: gc::GcState::default(),
            regexes: Vec::new(),
            sys_lazy_attributes_made: false,
        };
        vm.bootstrap()
            .map_err(|_| HeapError::SystemOutOfMemory { requested_bytes: 0 })?;
        Ok(vm)
    }

    /// Creates the builtin types, exceptions, modules and functions.
    fn bootstrap(&mut self) -> PyResult<()> {
        let empty = self.alloc(layout::TUPLE, 0)?;
        self.statics[Static::EmptyTuple as usize] = empty.value();
        types::create_builtin_types(self)?;
        crate::builtins::install(self)?;
        Ok(())
    }

    /// Runs a requested collection if one is due. Every value the caller
    /// still needs must be on the stack, in a frame or otherwise rooted.
    #[inline(always)]
    pub fn safepoint(&mut self) -> PyResult<()> {
        if !self.heap.collection_requested() {
            return Ok(());
        }
        self.collect_now()?;
        if self.heap.lifetime_work_pending() {
            self.run_lifetime_work();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn collect_now(&mut self) -> PyResult<()> {
        if gc::callbacks_wanted(self) {
            return gc::collect_with_callbacks(self, None).map(|_| ());
        }
        match self.with_roots(|heap, roots| heap.safepoint(roots)) {
            Ok(()) => Ok(()),
            Err(_) => Err(self.raise_memory_error()),
        }
    }

    /// Runs `collect` (a collection) with the heap and the VM's roots.
    pub fn with_roots<T>(&mut self, collect: impl FnOnce(&mut Heap, &mut dyn RootSet) -> T) -> T {
        let mut roots = VmRoots {
            stack: &mut self.stack,
            frames: &mut self.frames,
            types: &mut self.types,
            interned: &mut self.interned,
            exception: &mut self.exception,
            handled: &mut self.handled,
            statics: &mut self.statics,
        };
        let result = collect(&mut self.heap, &mut roots);
        objects::dict::advance_watched_epoch();
        result
    }

    pub fn stat(&self, which: Static) -> Value {
        self.statics[which as usize]
    }

    pub fn ty(&self, id: TypeId) -> Value {
        self.types[id as usize]
    }

    // ----- allocation ---------------------------------------------------------

    /// Runs `f` with `values` rooted at `stack[base..]` (its argument is
    /// `base`) and drops them afterwards, however `f` ends. Code that calls
    /// into Python re-reads the values from there after each call.
    pub fn rooted<T>(&mut self, values: &[Value], f: impl FnOnce(&mut Vm, usize) -> T) -> T {
        let base = self.stack.len();
        self.stack.extend_from_slice(values);
        let result = f(self, base);
        self.stack.truncate(base);
        result
    }

    /// A new object, or MemoryError.
    #[inline]
    pub fn alloc(&mut self, layout: minnow_heap::LayoutId, fields: usize) -> PyResult<ObjRef> {
        match self.heap.alloc(layout, fields) {
            Ok(obj) => Ok(obj),
            Err(_) => Err(self.raise_memory_error()),
        }
    }

    /// A new object born in the old space: it never moves, so an `ObjRef`
    /// to it stays valid across safepoints while it is reachable.
    pub fn alloc_old(&mut self, layout: minnow_heap::LayoutId, fields: usize) -> PyResult<ObjRef> {
        match self.heap.alloc_old(layout, fields) {
            Ok(obj) => Ok(obj),
            Err(_) => Err(self.raise_memory_error()),
        }
    }

    /// Turns a heap error from an `objects` operation into MemoryError.
    #[inline]
    pub fn heap_ok<T>(&mut self, result: Result<T, HeapError>) -> PyResult<T> {
        result.map_err(|_| self.raise_memory_error())
    }

    pub fn new_str(&mut self, text: &str) -> PyResult<Value> {
        let r = objects::str::new(&mut self.heap, text);
        Ok(self.heap_ok(r)?.value())
    }

    /// The interned str for `name`, created once. Interned strs are
    /// pretenured: they never move, so native code may keep one across calls
    /// into Python.
    pub fn intern(&mut self, name: &str) -> PyResult<Value> {
        if let Some(&v) = self.interned.get(name) {
            return Ok(v);
        }
        let r = objects::str::new_old(&mut self.heap, name);
        let v = self.heap_ok(r)?.value();
        objects::str::hash(&mut self.heap, v.as_obj().expect("a str"));
        self.interned.insert(name.into(), v);
        Ok(v)
    }

    /// The interned one-character str of the ASCII character `c`.
    #[inline]
    pub fn ascii_char(&mut self, c: u8) -> PyResult<Value> {
        debug_assert!(c.is_ascii());
        if let Some(v) = self.cached_ascii_char(c) {
            return Ok(v);
        }
        let v = self.intern(char::from(c).encode_utf8(&mut [0; 4]))?;
        if let Some(slot) = self.ascii_chars.get_mut(usize::from(c)) {
            *slot = v;
        }
        Ok(v)
    }

    /// `ascii_char` when it is already cached.
    #[inline]
    pub fn cached_ascii_char(&self, c: u8) -> Option<Value> {
        let cached = *self.ascii_chars.get(usize::from(c))?;
        (!cached.is_empty()).then_some(cached)
    }

    /// `intern` for a name written in Minnow's own source, remembered by the
    /// literal's address so that hot paths skip hashing the text.
    #[inline]
    pub fn intern_static(&mut self, name: &'static str) -> PyResult<Value> {
        let address = name.as_ptr() as usize;
        let slot = ((address >> 3) ^ name.len()) & (STATIC_NAME_SLOTS - 1);
        let (cached_address, cached_len, v) = self.static_names[slot];
        if cached_address == address && cached_len == name.len() {
            return Ok(v);
        }
        let v = self.intern(name)?;
        self.static_names[slot] = (address, name.len(), v);
        Ok(v)
    }

    pub fn new_tuple(&mut self, items: &[Value]) -> PyResult<Value> {
        if items.is_empty() {
            return Ok(self.stat(Static::EmptyTuple));
        }
        let t = self.alloc(layout::TUPLE, items.len())?;
        self.heap.set_fields(t, 0, items);
        Ok(t.value())
    }

    /// A pretenured tuple (see `alloc_old`).
    fn new_old_tuple(&mut self, items: &[Value]) -> PyResult<Value> {
        let t = self.alloc_old(layout::TUPLE, items.len())?;
        self.heap.set_fields(t, 0, items);
        Ok(t.value())
    }

    pub fn new_list(&mut self, items: &[Value]) -> PyResult<Value> {
        let r = objects::list::from_slice(&mut self.heap, items);
        Ok(self.heap_ok(r)?.value())
    }

    pub fn new_dict(&mut self) -> PyResult<Value> {
        let r = objects::dict::new(&mut self.heap);
        Ok(self.heap_ok(r)?.value())
    }

    /// A length or count as an int (a big one past the small-int range).
    pub fn new_length(&mut self, n: usize) -> PyResult<Value> {
        match Value::small_int(n as i64) {
            Some(v) if n <= i64::MAX as usize => Ok(v),
            _ => self.new_int(&num_bigint::BigInt::from(n)),
        }
    }

    pub fn new_float(&mut self, f: f64) -> PyResult<Value> {
        if let Some(v) = Value::float(f) {
            return Ok(v);
        }
        let obj = self.alloc(layout::FLOAT, field::FLOAT::COUNT)?;
        self.heap.set_raw(obj, field::FLOAT::bits, f.to_bits());
        Ok(obj.value())
    }

    pub fn new_int(&mut self, n: &num_bigint::BigInt) -> PyResult<Value> {
        let r = objects::int::from_bigint(&mut self.heap, n);
        self.heap_ok(r)
    }

    pub fn new_int_i128(&mut self, n: i128) -> PyResult<Value> {
        let r = objects::int::from_i128(&mut self.heap, n);
        self.heap_ok(r)
    }

    // ----- typed access -------------------------------------------------------

    /// The layout of a heap value, or `None` for an immediate.
    #[inline]
    pub fn layout_of(&self, v: Value) -> Option<minnow_heap::LayoutId> {
        v.as_obj().map(|o| self.heap.layout_of(o))
    }

    #[inline]
    pub fn is_layout(&self, v: Value, l: minnow_heap::LayoutId) -> bool {
        self.layout_of(v) == Some(l)
    }

    /// The object of `v` if it has layout `l` (exactly, not a subclass).
    #[inline]
    pub fn obj_of(&self, v: Value, l: minnow_heap::LayoutId) -> Option<ObjRef> {
        v.as_obj().filter(|&o| self.heap.layout_of(o) == l)
    }

    /// The text of a str value (which the caller knows is a str).
    pub fn str_text(&self, v: Value) -> &str {
        objects::str::as_str(&self.heap, v.as_obj().expect("a str"))
    }

    /// The items of a tuple value, copied.
    pub fn tuple_items(&self, v: Value) -> Vec<Value> {
        self.heap.fields(v.as_obj().expect("a tuple")).to_vec()
    }

    pub fn tuple_len(&self, v: Value) -> usize {
        self.heap.field_count(v.as_obj().expect("a tuple"))
    }

    pub fn float_value(&self, v: Value) -> Option<f64> {
        if let Some(f) = v.as_float() {
            return Some(f);
        }
        let obj = self.obj_of(v, layout::FLOAT)?;
        Some(f64::from_bits(self.heap.raw(obj, field::FLOAT::bits)))
    }

    /// Registers compiled code and wraps it in a CODE object. Allocation
    /// never collects, but a complex constant runs Python code (the type is
    /// written in Python), so the constants made so far stay rooted.
    /// The constants and names tuples are pretenured: the interpreter keeps
    /// `ObjRef`s to them in locals across safepoints.
    pub fn code_object(&mut self, code: Rc<CodeObject>) -> PyResult<Value> {
        let index = self.codes.len();
        self.codes.push(Rc::clone(&code));
        let consts = self.constants(&code.constants)?;
        let consts = self.new_old_tuple(&consts)?;
        let names = code
            .names
            .iter()
            .map(|n| self.intern(n))
            .collect::<PyResult<Vec<Value>>>()?;
        let names = self.new_old_tuple(&names)?;
        let obj = self.alloc_old(layout::CODE, field::CODE::COUNT)?;
        self.heap.set_raw(obj, field::CODE::index, index as u64);
        self.heap.set_field(obj, field::CODE::consts, consts);
        self.heap.set_field(obj, field::CODE::names, names);
        Ok(obj.value())
    }

    /// The values of `constants`, each kept on the stack until all are made.
    fn constants(&mut self, constants: &[crate::code::Constant]) -> PyResult<Vec<Value>> {
        let base = self.stack.len();
        for c in constants {
            match self.constant(c) {
                Ok(v) => self.stack.push(v),
                Err(e) => {
                    self.stack.truncate(base);
                    return Err(e);
                }
            }
        }
        Ok(self.stack.drain(base..).collect())
    }

    pub fn constant(&mut self, c: &crate::code::Constant) -> PyResult<Value> {
        use crate::code::Constant as C;
        Ok(match c {
            C::None => Value::NONE,
            C::True => Value::TRUE,
            C::False => Value::FALSE,
            C::Ellipsis => Value::ELLIPSIS,
            C::Int(n) => self.new_int(n)?,
            C::Float(f) => self.new_float(*f)?,
            C::Complex { real, imag } => {
                let class = crate::modules::bundled_attribute(self, "_complex", "complex")?;
                self.rooted(&[class], |vm, base| {
                    let re = vm.new_float(*real)?;
                    vm.rooted(&[re], |vm, _| {
                        let im = vm.new_float(*imag)?;
                        let re = vm.stack[base + 1];
                        vm.call(vm.stack[base], &[re, im])
                    })
                })?
            }
            C::Str(s) => {
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)?
                } else {
                    self.new_str(s)?
                }
            }
            C::Bytes(b) => crate::builtins::bytes::new_bytes(self, b)?,
            C::Tuple(items) => {
                let values = self.constants(items)?;
                self.new_tuple(&values)?
            }
            C::Code(code) => self.code_object(Rc::clone(code))?,
        })
    }

    pub fn code_of(&self, code_obj: Value) -> Rc<CodeObject> {
        let obj = code_obj.as_obj().expect("a code object");
        Rc::clone(&self.codes[self.heap.raw(obj, field::CODE::index) as usize])
    }

    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        let _ = self.stdout.flush();
    }
}
