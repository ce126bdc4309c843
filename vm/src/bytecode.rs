//! Minnow's bytecode: the one table that defines every instruction.
//!
//! # Encoding
//!
//! A code object's instructions are a `Vec<u32>`, one word per
//! instruction: the opcode in the low 8 bits, the argument in the upper 24
//! bits ([`encode`], [`decode`]). Instructions without an argument carry 0.
//! There is no `EXTENDED_ARG`: the compiler rejects programs that need an
//! argument above [`MAX_ARG`]. Jump arguments are absolute instruction
//! indices (not byte offsets). "pc" below means an instruction index.
//!
//! # Stack notation
//!
//! `[a, b] -> [c]` lists the top of the value stack before and after, the
//! rightmost item being the top (TOS). `NULL` is the empty word (the
//! all-zero `Value`), which never escapes to Python code.
//!
//! # Frames and variables
//!
//! * `*_FAST i` address `varnames[i]`: the frame's local slots. Parameters
//!   come first, in the order positional-only, positional-or-keyword,
//!   keyword-only, then `*args`, then `**kwargs`; other locals follow.
//! * `*_DEREF i`, `LOAD_CLOSURE i` and `LOAD_CLASSDEREF i` address the
//!   "cell space": `cellvars` followed by `freevars`, so `i <
//!   cellvars.len()` names a cell of this frame and larger indices name
//!   `freevars[i - cellvars.len()]`. There is no `MAKE_CELL` /
//!   `COPY_FREE_VARS`: frame setup does that work. On entry, after the
//!   arguments are bound, the frame creates one fresh cell per cellvar; a
//!   cellvar that is also a parameter (`CodeObject::cellvar_args[i] ==
//!   Some(k)`) starts out holding the value of local slot `k` (the compiler
//!   never touches that slot with `*_FAST` again). The free-variable cells
//!   are the function's closure tuple, in `freevars` order.
//! * `*_NAME` go through the frame's locals mapping (module and class
//!   bodies); `*_GLOBAL` through the function's globals, then builtins.
//!
//! # Calls
//!
//! Every call site lays out `[callable, self_or_null, arg1 .. argN]`:
//!
//! * a plain call `f(a, b)` compiles to `LOAD f; PUSH_NULL; LOAD a; LOAD
//!   b; CALL 2`;
//! * a method call `o.m(a)` compiles to `LOAD o; LOAD_METHOD m; LOAD a;
//!   CALL 1`. `LOAD_METHOD` pops `o` and pushes either `[function, o]`
//!   (when `m` is found on the type as a plain function and not shadowed
//!   by the instance, so no bound method is built) or `[o.m, NULL]`.
//!
//! `CALL n` calls `callable(self, arg1..argN)` when `self_or_null` is not
//! NULL (n + 1 arguments, contiguous on the stack starting at the self
//! slot), else `callable(arg1..argN)`. `CALL_KW n` is the same with a
//! tuple of keyword names on top (a constant pushed by `LOAD_CONST`): the
//! last `len(names)` of the n arguments are passed by keyword.
//! `CALL_FUNCTION_EX flags` takes `[callable, NULL, args_tuple]` or, with
//! flag 1, `[callable, NULL, args_tuple, kwargs_dict]`; the compiler
//! builds the tuple and the dict (`LIST_TO_TUPLE`, `DICT_MERGE`), so
//! they are always exactly a tuple and a dict.
//!
//! `__exit__` calls of `with` reuse the layout: `BEFORE_WITH` leaves the
//! bound `__exit__` below the body, and the normal exit path pushes three
//! `None`s then `CALL 2`: the callable is `__exit__`, the "self" is the
//! first `None`, so this calls `__exit__(None, None, None)`.
//!
//! # Functions
//!
//! `MAKE_FUNCTION flags` pops, from the top down: the code object, then
//! the closure tuple of cells (flag 0x08), the annotations dict (0x04),
//! the keyword-only defaults dict (0x02), the positional defaults tuple
//! (0x01), and pushes the function. Its `__name__`/`__qualname__` come
//! from the code object; its `__doc__` is `constants[0]` when that is a
//! string (the compiler makes `constants[0]` the docstring or `None` in
//! every function and lambda code object).
//!
//! A class statement is `LOAD_BUILD_CLASS; PUSH_NULL; <MAKE_FUNCTION of
//! the body>; LOAD_CONST name; <bases>; CALL n` (or `CALL_KW` for
//! `metaclass=` and other keywords, `CALL_FUNCTION_EX` when bases or
//! keywords are unpacked). The body function runs with a fresh locals
//! mapping (its code has no `OPTIMIZED` flag) and returns the `__class__`
//! cell when some method uses `super()` or `__class__` (it also stores it
//! in the namespace as `__classcell__`, as CPython does), else `None`.
//!
//! # Generators
//!
//! A code object with the `GENERATOR` flag creates a generator when
//! called; its frame starts executing at pc 0 on the first `send(None)`
//! (with nothing pushed). `YIELD_VALUE` pops the value to yield and
//! suspends; on resumption the sent value is pushed (`None` for
//! `next()`). `RETURN_VALUE` in a generator finishes it with
//! `StopIteration(value)`. A `StopIteration` escaping the frame becomes a
//! `RuntimeError` (PEP 479); the interpreter does that, not the bytecode.
//!
//! `yield from x` compiles to
//!
//! ```text
//!        <x>; GET_YIELD_FROM_ITER; LOAD_CONST None
//! send:  SEND exit          [receiver, v] -> [receiver, yielded] | jump with [result]
//!        YIELD_VALUE 1      [receiver, yielded] -> [receiver, sent]
//!        JUMP_BACKWARD send
//! exit:  ...                [result]
//! ```
//!
//! `YIELD_VALUE 1` marks a delegating yield: the receiver sits just below
//! the yielded value and the `SEND` is the instruction right before. When
//! such a suspended generator gets `throw()` or `close()`, the interpreter
//! forwards to the receiver's `throw`/`close` (as CPython does); if that
//! yields a value, the generator yields it and stays suspended at the same
//! point; if it finishes with `StopIteration(v)`, the interpreter pops the
//! receiver, pushes `v` and resumes at the `SEND`'s jump target.
//!
//! # Loops
//!
//! `GET_ITER` replaces TOS by `iter(TOS)`. `FOR_ITER target` leaves the
//! iterator in place and pushes the next item; on exhaustion it pops the
//! iterator and jumps to `target`. A `break` or `return` inside the loop
//! body pops the iterator itself. A `JUMP_BACKWARD` that lands on a
//! `FOR_ITER_STORE_FAST` runs it at once, without a dispatch of its own.
//!
//! # Superinstructions
//!
//! A few frequent pairs (two `LOAD_FAST`s, `STORE_FAST` then `LOAD_FAST`,
//! `LOAD_FAST` then `LOAD_CONST`, `LOAD_ATTR` or `LOAD_METHOD`, `LOAD_CONST`
//! then `BINARY_OP`, `FOR_ITER` then `STORE_FAST`) are
//! rewritten once the code is assembled ([`fuse_superinstructions`]): the
//! first instruction becomes a superinstruction that does its own work and
//! then the second's, whose argument it reads from the next word, and skips
//! it. The second stays in place, so a jump may land on it, an error in it
//! is reported at its own pc, and a superinstruction may leave it to run on
//! its own (`FOR_ITER_STORE_FAST` does, when a generator it runs inline
//! yields the item). A superinstruction's argument and stack effect are its
//! first instruction's; the verifier checks that its partner follows.
//!
//! # Exceptions
//!
//! There is no block stack: each code object has an exception table
//! ([`crate::code::ExceptionTableEntry`]) of non-overlapping ranges of
//! instructions `[start, end)`, sorted by `start`. When an instruction at
//! pc raises, the interpreter looks up the entry covering pc. With none,
//! the exception propagates to the caller. Otherwise it pops the value
//! stack down to `depth` items (counted from the frame's stack base), then
//! pushes the pc of the raising instruction as an int if `push_lasti`,
//! then the exception object, and continues at `target`. The exception
//! becomes the "currently handled" one only when the handler runs
//! `PUSH_EXC_INFO`.
//!
//! A `try`/`except` handler starts `[exc]`, runs `PUSH_EXC_INFO` (giving
//! `[prev_exc, exc]`, `prev_exc` being the previously handled exception or
//! `None`), tests clauses with `CHECK_EXC_MATCH`, pops the exception (into
//! the target name or with `POP_TOP`), runs the clause body and leaves via
//! `POP_EXCEPT` (which restores `prev_exc` as the handled exception). An
//! exception raised inside a handler goes to a cleanup handler
//! (`push_lasti` set) that runs `COPY 3; POP_EXCEPT; RERAISE 1`.
//!
//! `with` compiles to `<mgr>; BEFORE_WITH` (`[mgr] -> [exit, enter()]`),
//! then the body protected by a handler with `push_lasti` whose depth
//! keeps `exit`. The handler sees `[exit, lasti, exc]`, runs
//! `PUSH_EXC_INFO` (`[exit, lasti, prev_exc, exc]`) then
//! `WITH_EXCEPT_START`, which calls `exit(type(exc), exc, exc.__traceback__)`
//! and pushes the result; a true result suppresses the exception.
//!
//! `RERAISE n` re-raises TOS without adding a traceback entry for this
//! frame (the exception already has it); when `n > 0` it first sets the
//! frame's last instruction (used for `f_lineno` and the traceback line)
//! to the int found `n` slots below TOS.
//!
//! `finally` bodies are duplicated: once on the normal path, once in an
//! exception handler that re-raises, and once more before each `break`,
//! `continue` or `return` that leaves the `try`.

use std::fmt;

/// The largest argument an instruction can carry (24 bits).
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// How the disassembler renders an instruction's argument, and which table
/// the argument indexes (checked by the verifier).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// No argument; it must be 0.
    None,
    /// A count or flags, shown as a number.
    Plain,
    /// An index into `constants`.
    Const,
    /// An index into `names`.
    Name,
    /// An index into `varnames`.
    Local,
    /// An index into the cell space (`cellvars` then `freevars`).
    Free,
    /// An absolute instruction index.
    Jump,
    /// A [`CompareOperator`].
    Compare,
    /// A [`BinaryOperator`].
    Binary,
    /// 0 or 1: 1 inverts the test (`is not`, `not in`).
    Invert,
    /// A `FORMAT_VALUE` flags word.
    Format,
}

/// The effect of an instruction on the stack depth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackEffect {
    /// Depth change when execution continues with the next instruction.
    pub fallthrough: i32,
    /// Depth change when the instruction jumps to its target (only
    /// meaningful for jump instructions).
    pub jump: i32,
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident = $code:literal, $kind:ident, |$arg:ident| $fall:expr, $jump:expr;
    )*) => {
        /// A bytecode instruction. See the module documentation for the
        /// stack conventions shared by several instructions.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum Opcode {
            $($(#[doc = $doc])+ $name = $code,)*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode with this number, if any.
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $($code => Some(Opcode::$name),)*
                    _ => None,
                }
            }

            /// The instruction's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// How the argument is interpreted.
            pub fn operand_kind(self) -> OperandKind {
                match self {
                    $(Opcode::$name => OperandKind::$kind,)*
                }
            }

            /// The stack depth change of this instruction with argument
            /// `arg`, on the fall-through and on the jump edge.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> StackEffect {
                match self {
                    $(Opcode::$name => {
                        let $arg = arg as i32;
                        StackEffect { fallthrough: $fall, jump: $jump }
                    })*
                }
            }
        }
    };
}

define_opcodes! {
    /// Does nothing (keeps a line number, e.g. for `pass`).
    NOP = 0, None, |a| 0, 0;
    /// `[x] -> []`.
    POP_TOP = 1, None, |a| -1, 0;
    /// `[] -> [NULL]`: the empty `self_or_null` slot of a plain call.
    PUSH_NULL = 2, None, |a| 1, 0;
    /// `[.., x, (a-1 items)] -> [.., x, .., x]`: pushes a copy of the a-th item (1 = TOS).
    COPY = 3, Plain, |a| 1, 0;
    /// Swaps TOS with the a-th item (a >= 2).
    SWAP = 4, Plain, |a| 0, 0;
    /// `[] -> [constants[a]]`.
    LOAD_CONST = 5, Const, |a| 1, 0;
    /// `[] -> [local a]`; raises UnboundLocalError if the slot is empty.
    LOAD_FAST = 6, Local, |a| 1, 0;
    /// `[x] -> []`, local a = x.
    STORE_FAST = 7, Local, |a| -1, 0;
    /// Empties local slot a; raises UnboundLocalError if already empty.
    DELETE_FAST = 8, Local, |a| 0, 0;
    /// `[] -> [contents of cell a]`; raises NameError/UnboundLocalError if empty.
    LOAD_DEREF = 9, Free, |a| 1, 0;
    /// `[x] -> []`, cell a's contents = x.
    STORE_DEREF = 10, Free, |a| -1, 0;
    /// Empties cell a; raises if already empty.
    DELETE_DEREF = 11, Free, |a| 0, 0;
    /// `[] -> [cell a]`: the cell object itself, for building a closure.
    LOAD_CLOSURE = 12, Free, |a| 1, 0;
    /// Class bodies: `[] -> [x]`, x from the locals mapping by the cell's name, else from cell a.
    LOAD_CLASSDEREF = 13, Free, |a| 1, 0;
    /// `[] -> [global names[a]]`, falling back to builtins; NameError if missing.
    LOAD_GLOBAL = 14, Name, |a| 1, 0;
    /// `[x] -> []`, globals[names[a]] = x.
    STORE_GLOBAL = 15, Name, |a| -1, 0;
    /// Deletes globals[names[a]]; NameError if missing.
    DELETE_GLOBAL = 16, Name, |a| 0, 0;
    /// `[] -> [x]`: names[a] looked up in locals, then globals, then builtins.
    LOAD_NAME = 17, Name, |a| 1, 0;
    /// `[x] -> []`, locals[names[a]] = x.
    STORE_NAME = 18, Name, |a| -1, 0;
    /// Deletes locals[names[a]]; NameError if missing.
    DELETE_NAME = 19, Name, |a| 0, 0;
    /// `[obj] -> [obj.names[a]]`.
    LOAD_ATTR = 20, Name, |a| 0, 0;
    /// `[obj] -> [method, obj]` or `[obj.names[a], NULL]` (see "Calls").
    LOAD_METHOD = 21, Name, |a| 1, 0;
    /// `[value, obj] -> []`, obj.names[a] = value.
    STORE_ATTR = 22, Name, |a| -2, 0;
    /// `[obj] -> []`, del obj.names[a].
    DELETE_ATTR = 23, Name, |a| -1, 0;
    /// `[container, key] -> [container[key]]`.
    BINARY_SUBSCR = 24, None, |a| -1, 0;
    /// `[value, container, key] -> []`, container[key] = value.
    STORE_SUBSCR = 25, None, |a| -3, 0;
    /// `[container, key] -> []`, del container[key].
    DELETE_SUBSCR = 26, None, |a| -2, 0;
    /// `[x] -> [+x]`.
    UNARY_POSITIVE = 27, None, |a| 0, 0;
    /// `[x] -> [-x]`.
    UNARY_NEGATIVE = 28, None, |a| 0, 0;
    /// `[x] -> [not x]`.
    UNARY_NOT = 29, None, |a| 0, 0;
    /// `[x] -> [~x]`.
    UNARY_INVERT = 30, None, |a| 0, 0;
    /// `[lhs, rhs] -> [lhs op rhs]`, op = BinaryOperator a (in-place kinds try `__iop__` first).
    BINARY_OP = 31, Binary, |a| -1, 0;
    /// `[lhs, rhs] -> [lhs op rhs]`, op = CompareOperator a.
    COMPARE_OP = 32, Compare, |a| -1, 0;
    /// `[lhs, rhs] -> [lhs is rhs]`, negated when a = 1.
    IS_OP = 33, Invert, |a| -1, 0;
    /// `[item, container] -> [item in container]`, negated when a = 1.
    CONTAINS_OP = 34, Invert, |a| -1, 0;
    /// `[x1 .. xa] -> [(x1, .., xa)]`.
    BUILD_TUPLE = 35, Plain, |a| 1 - a, 0;
    /// `[x1 .. xa] -> [[x1, .., xa]]`.
    BUILD_LIST = 36, Plain, |a| 1 - a, 0;
    /// `[x1 .. xa] -> [{x1, .., xa}]`.
    BUILD_SET = 37, Plain, |a| 1 - a, 0;
    /// `[k1, v1 .. ka, va] -> [{k1: v1, ..}]`, inserted in order.
    BUILD_MAP = 38, Plain, |a| 1 - 2 * a, 0;
    /// `[v1 .. va, keys_tuple] -> [{keys[0]: v1, ..}]`.
    BUILD_CONST_KEY_MAP = 39, Plain, |a| -a, 0;
    /// `[s1 .. sa] -> [s1 + .. + sa]`: concatenates a strings.
    BUILD_STRING = 40, Plain, |a| 1 - a, 0;
    /// `[start, stop] -> [slice]` (a = 2) or `[start, stop, step] -> [slice]` (a = 3).
    BUILD_SLICE = 41, Plain, |a| 1 - a, 0;
    /// `[list, (a-1 items), x] -> [list, ..]`: list.append(x), list being the a-th item after popping x.
    LIST_APPEND = 42, Plain, |a| -1, 0;
    /// `[set, (a-1 items), x] -> [set, ..]`: set.add(x).
    SET_ADD = 43, Plain, |a| -1, 0;
    /// `[dict, (a-1 items), k, v] -> [dict, ..]`: dict[k] = v.
    MAP_ADD = 44, Plain, |a| -2, 0;
    /// `[list, (a-1 items), iterable] -> [list, ..]`: list.extend(iterable).
    LIST_EXTEND = 45, Plain, |a| -1, 0;
    /// `[set, (a-1 items), iterable] -> [set, ..]`: set.update(iterable).
    SET_UPDATE = 46, Plain, |a| -1, 0;
    /// `[dict, (a-1 items), mapping] -> [dict, ..]`: dict.update(mapping) (dict displays).
    DICT_UPDATE = 47, Plain, |a| -1, 0;
    /// Like DICT_UPDATE for `**` in calls: TypeError on a duplicate key or a non-mapping.
    DICT_MERGE = 48, Plain, |a| -1, 0;
    /// `[list] -> [tuple(list)]`.
    LIST_TO_TUPLE = 49, None, |a| 0, 0;
    /// `[seq] -> [x_a .. x_1]`: unpacks exactly a items, first item on top.
    UNPACK_SEQUENCE = 50, Plain, |a| a - 1, 0;
    /// `[seq] -> [after items.., list of the rest, before items..]` with a = before | after << 8; first item on top.
    UNPACK_EX = 51, Plain, |a| (a & 0xff) + (a >> 8), 0;
    /// `[value, spec?] -> [str]`: a & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii); a & 4: a format spec is on top.
    FORMAT_VALUE = 52, Format, |a| if a & 4 != 0 { -1 } else { 0 }, 0;
    /// `[x] -> [iter(x)]`.
    GET_ITER = 53, None, |a| 0, 0;
    /// `[iter] -> [iter, next(iter)]`; on exhaustion pops iter and jumps to a.
    FOR_ITER = 54, Jump, |a| 1, -1;
    /// Jumps forward to a.
    JUMP = 55, Jump, |a| 0, 0;
    /// Jumps backward to a (a loop's back edge: a safepoint).
    JUMP_BACKWARD = 56, Jump, |a| 0, 0;
    /// `[x] -> []`, jumps to a if x is false.
    POP_JUMP_IF_FALSE = 57, Jump, |a| -1, -1;
    /// `[x] -> []`, jumps to a if x is true.
    POP_JUMP_IF_TRUE = 58, Jump, |a| -1, -1;
    /// `[x] -> []`, jumps to a if x is None.
    POP_JUMP_IF_NONE = 59, Jump, |a| -1, -1;
    /// `[x] -> []`, jumps to a if x is not None.
    POP_JUMP_IF_NOT_NONE = 60, Jump, |a| -1, -1;
    /// If x (TOS) is false, jumps to a keeping x; else pops x.
    JUMP_IF_FALSE_OR_POP = 61, Jump, |a| -1, 0;
    /// If x (TOS) is true, jumps to a keeping x; else pops x.
    JUMP_IF_TRUE_OR_POP = 62, Jump, |a| -1, 0;
    /// `[callable, self_or_null, arg1 .. arga] -> [result]` (see "Calls").
    CALL = 63, Plain, |a| -1 - a, 0;
    /// `[callable, self_or_null, arg1 .. arga, kwnames] -> [result]`: the last len(kwnames) args are keywords.
    CALL_KW = 64, Plain, |a| -2 - a, 0;
    /// `[callable, NULL, args_tuple, kwargs_dict if a & 1] -> [result]`.
    CALL_FUNCTION_EX = 65, Plain, |a| -2 - (a & 1), 0;
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]` (see "Functions").
    MAKE_FUNCTION = 66, Plain, |a| -((a & 0xf).count_ones() as i32), 0;
    /// `[] -> [builtins.__build_class__]`.
    LOAD_BUILD_CLASS = 67, None, |a| 1, 0;
    /// `[value] -> (returns value to the caller)`; the stack holds nothing else.
    RETURN_VALUE = 68, None, |a| -1, 0;
    /// `[value] -> (suspends the generator; on resumption) [sent]`; a = 1 in `yield from`.
    YIELD_VALUE = 69, Plain, |a| 0, 0;
    /// `[x] -> [iter(x)]`, but generators (and coroutines) are kept as they are.
    GET_YIELD_FROM_ITER = 70, None, |a| 0, 0;
    /// `[receiver, v] -> [receiver, receiver.send(v)]` (next() if v is None); on StopIteration(r) `-> [r]` and jumps to a.
    SEND = 71, Jump, |a| 0, -1;
    /// a = 0: `[] -> ` re-raise the handled exception; 1: `[exc] -> ` raise exc; 2: `[exc, cause] -> ` raise exc from cause.
    RAISE_VARARGS = 72, Plain, |a| -a, 0;
    /// `[exc] -> ` re-raises exc (see "Exceptions" for a > 0).
    RERAISE = 73, Plain, |a| -1, 0;
    /// `[exc] -> [prev_exc, exc]`: exc becomes the handled exception.
    PUSH_EXC_INFO = 74, None, |a| 1, 0;
    /// `[prev_exc] -> []`: restores prev_exc as the handled exception.
    POP_EXCEPT = 75, None, |a| -1, 0;
    /// `[exc, type] -> [exc, isinstance-match(exc, type)]`; TypeError if type is not an exception class or tuple of them.
    CHECK_EXC_MATCH = 76, None, |a| 0, 0;
    /// `[mgr] -> [bound mgr.__exit__, mgr.__enter__()]`.
    BEFORE_WITH = 77, None, |a| 1, 0;
    /// `[exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, exit(type(exc), exc, tb)]`.
    WITH_EXCEPT_START = 78, None, |a| 1, 0;
    /// `[] -> [AssertionError]` (the class, as found in builtins at startup).
    LOAD_ASSERTION_ERROR = 79, None, |a| 1, 0;
    /// `[level, fromlist] -> [module]`: `__import__(names[a], globals, None, fromlist, level)`.
    IMPORT_NAME = 80, Name, |a| -1, 0;
    /// `[module] -> [module, module.names[a]]`, falling back to importing the submodule; ImportError if missing.
    IMPORT_FROM = 81, Name, |a| 1, 0;
    /// `[module] -> []`: binds the module's public names in the locals mapping.
    IMPORT_STAR = 82, None, |a| -1, 0;
    /// Creates `__annotations__ = {}` in the locals mapping unless it exists.
    SETUP_ANNOTATIONS = 83, None, |a| 0, 0;
    /// `[x] -> []`: REPL expression statement: prints repr(x) unless None, and sets builtins._.
    PRINT_EXPR = 84, None, |a| -1, 0;
    /// `[x] -> [awaitable iterator of x]` (a coroutine itself, else `x.__await__()`); a: 0 `await`, 1 after `__aenter__`, 2 after `__aexit__`.
    GET_AWAITABLE = 85, Plain, |a| 0, 0;
    /// `[x] -> [x.__aiter__()]`.
    GET_AITER = 86, None, |a| 0, 0;
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`.
    GET_ANEXT = 87, None, |a| 1, 0;
    /// `[aiter, exc] -> []` if exc is a StopAsyncIteration (the `async for` is over), else re-raises exc.
    END_ASYNC_FOR = 88, None, |a| -2, 0;
    /// `[mgr] -> [bound mgr.__aexit__, mgr.__aenter__()]`.
    BEFORE_ASYNC_WITH = 89, None, |a| 1, 0;
    /// `[exc, type] -> [rest, match]`: splits exc by the `except*` type; match is None (and rest exc) when nothing matches.
    CHECK_EG_MATCH = 90, None, |a| 0, 0;
    /// `[orig, raised_list] -> [exc or None]`: what an `except*` statement re-raises, from the group it caught and what its clauses raised or left.
    PREP_RERAISE_STAR = 91, None, |a| -1, 0;
    /// `LOAD_FAST a` fused with the `LOAD_FAST` after it, which it runs without a dispatch of its own (see "Superinstructions").
    LOAD_FAST_LOAD_FAST = 92, Local, |a| 1, 0;
    /// `STORE_FAST a` fused with the `LOAD_FAST` after it (see "Superinstructions").
    STORE_FAST_LOAD_FAST = 93, Local, |a| -1, 0;
    /// `LOAD_FAST a` fused with the `LOAD_CONST` after it (see "Superinstructions").
    LOAD_FAST_LOAD_CONST = 94, Local, |a| 1, 0;
    /// `FOR_ITER a` fused with the `STORE_FAST` after it: the item goes straight to the local (see "Superinstructions").
    FOR_ITER_STORE_FAST = 95, Jump, |a| 1, -1;
    /// `LOAD_FAST a` fused with the `LOAD_ATTR` after it: the local goes straight to the attribute lookup (see "Superinstructions").
    LOAD_FAST_LOAD_ATTR = 96, Local, |a| 1, 0;
    /// `LOAD_FAST a` fused with the `LOAD_METHOD` after it (see "Superinstructions").
    LOAD_FAST_LOAD_METHOD = 97, Local, |a| 1, 0;
    /// `LOAD_CONST a` fused with the `BINARY_OP` after it: the constant is the right operand (see "Superinstructions").
    LOAD_CONST_BINARY_OP = 98, Const, |a| 1, 0;
}

/// Each superinstruction, after the pair it covers: (first, second, fused).
const SUPERINSTRUCTIONS: &[(Opcode, Opcode, Opcode)] = &[
    (
        Opcode::LOAD_FAST,
        Opcode::LOAD_FAST,
        Opcode::LOAD_FAST_LOAD_FAST,
    ),
    (
        Opcode::STORE_FAST,
        Opcode::LOAD_FAST,
        Opcode::STORE_FAST_LOAD_FAST,
    ),
    (
        Opcode::LOAD_FAST,
        Opcode::LOAD_CONST,
        Opcode::LOAD_FAST_LOAD_CONST,
    ),
    (
        Opcode::FOR_ITER,
        Opcode::STORE_FAST,
        Opcode::FOR_ITER_STORE_FAST,
    ),
    (
        Opcode::LOAD_FAST,
        Opcode::LOAD_ATTR,
        Opcode::LOAD_FAST_LOAD_ATTR,
    ),
    (
        Opcode::LOAD_FAST,
        Opcode::LOAD_METHOD,
        Opcode::LOAD_FAST_LOAD_METHOD,
    ),
    (
        Opcode::LOAD_CONST,
        Opcode::BINARY_OP,
        Opcode::LOAD_CONST_BINARY_OP,
    ),
];

/// Rewrites each pair of instructions that a superinstruction covers into
/// the superinstruction followed by the pair's second instruction, which
/// stays in place: a jump to it, or an exception raised by it, sees the
/// plain instruction. Pairs do not overlap.
pub fn fuse_superinstructions(instructions: &mut [u32]) {
    let mut pc = 0;
    while pc + 1 < instructions.len() {
        let pair = decode(instructions[pc]).zip(decode(instructions[pc + 1]));
        match pair.and_then(|((first, arg), (second, _))| Some((first.fused_with(second)?, arg))) {
            Some((fused, arg)) => {
                instructions[pc] = encode(fused, arg);
                pc += 2;
            }
            None => pc += 1,
        }
    }
}

impl Opcode {
    /// For a superinstruction, the instruction that must follow it, which
    /// it runs as well; `None` for the others.
    pub fn fused_partner(self) -> Option<Opcode> {
        SUPERINSTRUCTIONS
            .iter()
            .find(|&&(_, _, fused)| fused == self)
            .map(|&(_, second, _)| second)
    }

    /// The superinstruction that runs `self` and then `next`, if any.
    pub fn fused_with(self, next: Opcode) -> Option<Opcode> {
        SUPERINSTRUCTIONS
            .iter()
            .find(|&&(first, second, _)| first == self && second == next)
            .map(|&(_, _, fused)| fused)
    }

    /// Whether the argument is an instruction index.
    pub fn is_jump(self) -> bool {
        self.operand_kind() == OperandKind::Jump
    }

    /// Whether execution never continues with the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::JUMP
                | Opcode::JUMP_BACKWARD
                | Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
        )
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Packs an opcode and its argument into one instruction word.
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg <= MAX_ARG);
    (op as u32) | (arg << 8)
}

/// Splits an instruction word; `None` for an unknown opcode.
pub fn decode(word: u32) -> Option<(Opcode, u32)> {
    Opcode::from_u8((word & 0xff) as u8).map(|op| (op, word >> 8))
}

macro_rules! define_operators {
    ($(#[doc = $enum_doc:literal])* $enum:ident { $($(#[doc = $doc:literal])* $variant:ident = $value:literal, $symbol:literal;)* }) => {
        $(#[doc = $enum_doc])*
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($(#[doc = $doc])* $variant = $value,)*
        }

        impl $enum {
            /// The operator with this argument value, if any.
            pub fn from_arg(arg: u32) -> Option<Self> {
                match arg {
                    $($value => Some($enum::$variant),)*
                    _ => None,
                }
            }

            /// The operator as written in Python source.
            pub fn symbol(self) -> &'static str {
                match self {
                    $($enum::$variant => $symbol,)*
                }
            }
        }
    };
}

define_operators! {
    /// The argument of `BINARY_OP` (CPython's numbering). The in-place
    /// kinds (augmented assignment) try `__iadd__` etc. first.
    BinaryOperator {
        Add = 0, "+";
        And = 1, "&";
        FloorDivide = 2, "//";
        LeftShift = 3, "<<";
        MatrixMultiply = 4, "@";
        Multiply = 5, "*";
        Remainder = 6, "%";
        Or = 7, "|";
        Power = 8, "**";
        RightShift = 9, ">>";
        Subtract = 10, "-";
        TrueDivide = 11, "/";
        Xor = 12, "^";
        InplaceAdd = 13, "+=";
        InplaceAnd = 14, "&=";
        InplaceFloorDivide = 15, "//=";
        InplaceLeftShift = 16, "<<=";
        InplaceMatrixMultiply = 17, "@=";
        InplaceMultiply = 18, "*=";
        InplaceRemainder = 19, "%=";
        InplaceOr = 20, "|=";
        InplacePower = 21, "**=";
        InplaceRightShift = 22, ">>=";
        InplaceSubtract = 23, "-=";
        InplaceTrueDivide = 24, "/=";
        InplaceXor = 25, "^=";
    }
}

impl BinaryOperator {
    /// The in-place form of a plain operator (itself if already in-place).
    pub fn inplace(self) -> BinaryOperator {
        let value = self as u32;
        if value >= Self::InplaceAdd as u32 {
            self
        } else {
            Self::from_arg(value + Self::InplaceAdd as u32).unwrap_or(self)
        }
    }

    /// The plain operator behind an in-place one (itself if plain).
    pub fn without_inplace(self) -> BinaryOperator {
        let value = self as u32;
        if value >= Self::InplaceAdd as u32 {
            Self::from_arg(value - Self::InplaceAdd as u32).unwrap_or(self)
        } else {
            self
        }
    }
}

define_operators! {
    /// The argument of `COMPARE_OP` (CPython's rich comparison numbering).
    CompareOperator {
        Less = 0, "<";
        LessEqual = 1, "<=";
        Equal = 2, "==";
        NotEqual = 3, "!=";
        Greater = 4, ">";
        GreaterEqual = 5, ">=";
    }
}

/// `FORMAT_VALUE` argument bits.
pub mod format_flags {
    /// Mask of the conversion applied before formatting.
    pub const CONVERSION_MASK: u32 = 0x3;
    /// No conversion.
    pub const CONVERT_NONE: u32 = 0;
    /// `!s`.
    pub const CONVERT_STR: u32 = 1;
    /// `!r`.
    pub const CONVERT_REPR: u32 = 2;
    /// `!a`.
    pub const CONVERT_ASCII: u32 = 3;
    /// A format spec string is on top of the value.
    pub const HAS_SPEC: u32 = 0x4;
}

/// `MAKE_FUNCTION` argument bits.
pub mod make_function_flags {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u32 = 0x01;
    /// A dict of keyword-only defaults.
    pub const KW_DEFAULTS: u32 = 0x02;
    /// A dict of annotations.
    pub const ANNOTATIONS: u32 = 0x04;
    /// A tuple of cells.
    pub const CLOSURE: u32 = 0x08;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_round_trip() {
        for (index, &op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(op as usize, index, "opcodes are numbered densely");
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
        assert_eq!(Opcode::from_u8(Opcode::ALL.len() as u8), None);
    }

    #[test]
    fn encoding_round_trips() {
        let word = encode(Opcode::LOAD_CONST, MAX_ARG);
        assert_eq!(decode(word), Some((Opcode::LOAD_CONST, MAX_ARG)));
        assert_eq!(decode(encode(Opcode::NOP, 0)), Some((Opcode::NOP, 0)));
        assert_eq!(decode(0xff), None);
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::CALL.stack_effect(3).fallthrough, -4);
        assert_eq!(Opcode::CALL_KW.stack_effect(3).fallthrough, -5);
        assert_eq!(Opcode::BUILD_MAP.stack_effect(2).fallthrough, -3);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(2 | (3 << 8)).fallthrough, 5);
        assert_eq!(
            Opcode::MAKE_FUNCTION.stack_effect(0x0b).fallthrough,
            -3,
            "code popped, function pushed, three extras popped"
        );
        assert_eq!(
            Opcode::FOR_ITER.stack_effect(0),
            StackEffect {
                fallthrough: 1,
                jump: -1
            }
        );
        assert_eq!(
            Opcode::JUMP_IF_TRUE_OR_POP.stack_effect(0),
            StackEffect {
                fallthrough: -1,
                jump: 0
            }
        );
    }

    #[test]
    fn binary_operator_inplace_pairs() {
        assert_eq!(BinaryOperator::Add.inplace(), BinaryOperator::InplaceAdd);
        assert_eq!(BinaryOperator::Xor.inplace(), BinaryOperator::InplaceXor);
        assert_eq!(
            BinaryOperator::InplacePower.without_inplace(),
            BinaryOperator::Power
        );
        assert_eq!(BinaryOperator::InplaceOr.symbol(), "|=");
    }
}
