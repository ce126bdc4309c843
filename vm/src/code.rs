//! Code objects: the compiler's output and the interpreter's input.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::{decode, Opcode};
use crate::runtime::cache::InlineCaches;
use crate::runtime::format::{bytes_repr, float_repr, str_repr};

/// `CodeObject::flags` bits (CPython's `co_flags` values).
pub mod code_flags {
    /// Locals live in slots (functions, lambdas, comprehensions), not in a mapping.
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals namespace is created per call.
    pub const NEWLOCALS: u32 = 0x0002;
    /// The function takes `*args`.
    pub const VARARGS: u32 = 0x0004;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// The code is nested in a function.
    pub const NESTED: u32 = 0x0010;
    /// Calling the function creates a generator.
    pub const GENERATOR: u32 = 0x0020;
    /// The code has neither free nor cell variables.
    pub const NOFREE: u32 = 0x0040;
    /// An `async def` without `yield` (set together with GENERATOR, whose
    /// machinery runs it; `co_flags` shows CPython's bits).
    pub const COROUTINE: u32 = 0x0080;
    /// An `async def` with `yield` (set together with GENERATOR).
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Equality for constant deduplication: like `==` but distinguishing
    /// types (1, 1.0 and True are different constants) and the signs of
    /// zero, and comparing code objects by identity.
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Tuple(a), Constant::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_as(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Rc::ptr_eq(a, b),
            (Constant::Float(_), _)
            | (Constant::Complex { .. }, _)
            | (Constant::Tuple(_), _)
            | (Constant::Code(_), _) => false,
            _ => self == other,
        }
    }

    /// The constant's truth value, as `bool(constant)`.
    pub fn is_truthy(&self) -> bool {
        match self {
            Constant::None | Constant::False => false,
            Constant::True | Constant::Ellipsis | Constant::Code(_) => true,
            Constant::Int(value) => value.sign() != num_bigint::Sign::NoSign,
            Constant::Float(value) => *value != 0.0,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Constant::Str(value) => !value.is_empty(),
            Constant::Bytes(value) => !value.is_empty(),
            Constant::Tuple(items) => !items.is_empty(),
        }
    }

    /// A short `repr()`-like rendering, for the disassembler.
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(value) => value.to_string(),
            Constant::Float(value) => float_repr(*value),
            Constant::Complex { real, imag } => {
                if *real == 0.0 && real.is_sign_positive() {
                    format!("{}j", float_repr_short(*imag))
                } else {
                    let sign = if imag.is_sign_negative() { "-" } else { "+" };
                    format!(
                        "({}{}{}j)",
                        float_repr_short(*real),
                        sign,
                        float_repr_short(imag.abs())
                    )
                }
            }
            Constant::Str(value) => str_repr(value, false),
            Constant::Bytes(value) => bytes_repr(value, "b"),
            Constant::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(Constant::repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Constant::Code(code) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                code.name,
                Rc::as_ptr(code) as usize,
                code.filename,
                code.first_line
            ),
        }
    }
}

fn float_repr_short(value: f64) -> String {
    let text = float_repr(value);
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// One row of the exception table: an exception raised by an instruction
/// in `start..end` is handled at `target` (see the module documentation
/// of [`crate::bytecode`], "Exceptions").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First covered instruction index.
    pub start: u32,
    /// One past the last covered instruction index.
    pub end: u32,
    /// Index of the handler's first instruction.
    pub target: u32,
    /// Number of value-stack items kept below the pushed items.
    pub depth: u32,
    /// Whether the raising instruction's index is pushed before the exception.
    pub push_lasti: bool,
}

/// The source span of an instruction. Lines are 1-based; columns are
/// 0-based counts of characters (code points) from the start of the line,
/// so a traceback can put carets under `col..end_col` directly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled module, class body, function, lambda or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    /// Positional parameters, positional-only ones included.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// [`code_flags`] bits.
    pub flags: u32,
    /// Local slots: parameters first (see [`crate::bytecode`], "Frames").
    pub varnames: Vec<String>,
    /// Variables of this code that inner functions capture.
    pub cellvars: Vec<String>,
    /// For each cellvar, the local slot of the parameter it starts from.
    pub cellvar_args: Vec<Option<u32>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<String>,
    /// Global, attribute and imported names, for the `*_NAME`, `*_GLOBAL`,
    /// `*_ATTR`, `LOAD_METHOD` and import instructions.
    pub names: Vec<String>,
    pub constants: Vec<Constant>,
    /// Encoded instructions (see [`crate::bytecode::encode`]).
    pub instructions: Vec<u32>,
    /// Parallel to `instructions`.
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// The most value-stack slots the code needs.
    pub max_stack_depth: u32,
    /// The argument count of a call that needs no binding work (only
    /// positional parameters, no cells, not a generator), or `None` if
    /// every call needs it.
    pub plain_arity: Option<u32>,
    /// Inline caches of global and attribute lookups, per name.
    pub caches: InlineCaches,
}

impl CodeObject {
    /// `co_flags` as CPython sets them: coroutines and async generators
    /// without GENERATOR.
    pub fn python_flags(&self) -> u32 {
        if self.flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0 {
            self.flags & !code_flags::GENERATOR
        } else {
            self.flags
        }
    }

    /// Whether calling this code creates a generator.
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    /// The decoded instruction at `pc`.
    pub fn instruction(&self, pc: usize) -> Option<(Opcode, u32)> {
        self.instructions.get(pc).copied().and_then(decode)
    }

    /// The exception-table entry covering `pc`, if any.
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionTableEntry> {
        let index = self
            .exception_table
            .partition_point(|entry| entry.start <= pc);
        let entry = self.exception_table.get(index.checked_sub(1)?)?;
        (pc < entry.end).then_some(entry)
    }

    /// The name of cell-space slot `index` (cellvars, then freevars).
    pub fn cell_name(&self, index: usize) -> Option<&str> {
        if index < self.cellvars.len() {
            Some(&self.cellvars[index])
        } else {
            self.freevars
                .get(index - self.cellvars.len())
                .map(String::as_str)
        }
    }

    /// Total number of parameters, `*args` and `**kwargs` included.
    pub fn total_arg_count(&self) -> u32 {
        let mut count = self.arg_count + self.kwonly_arg_count;
        if self.flags & code_flags::VARARGS != 0 {
            count += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            count += 1;
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_reprs() {
        assert_eq!(Constant::Str("it's".into()).repr(), "\"it's\"");
        assert_eq!(Constant::Str("a\nb".into()).repr(), "'a\\nb'");
        assert_eq!(Constant::Bytes(vec![0, b'a']).repr(), "b'\\x00a'");
        assert_eq!(Constant::Float(1.0).repr(), "1.0");
        assert_eq!(Constant::Float(1e100).repr(), "1e+100");
        assert_eq!(Constant::Float(2.5e-10).repr(), "2.5e-10");
        assert_eq!(
            Constant::Complex {
                real: 0.0,
                imag: 2.0
            }
            .repr(),
            "2j"
        );
        assert_eq!(
            Constant::Tuple(vec![Constant::Int(1.into())]).repr(),
            "(1,)"
        );
    }

    #[test]
    fn constants_dedupe_by_type_and_sign() {
        assert!(!Constant::Float(0.0).same_as(&Constant::Float(-0.0)));
        assert!(!Constant::Int(1.into()).same_as(&Constant::True));
        assert!(Constant::Str("a".into()).same_as(&Constant::Str("a".into())));
    }
}
