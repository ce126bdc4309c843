//! `_ast`: the parser's syntax tree as nested tuples, for the bundled `ast`
//! module, which turns them into node objects.
//!
//! A node becomes `(class_name, field..., lineno, col_offset, end_lineno,
//! end_col_offset)`, its fields in the order of CPython 3.11's `_fields`
//! and the four positions present only for classes with `_attributes`;
//! lists of nodes become lists, absent optional fields None, identifiers
//! strs and constants their values. Each part is pushed on the VM stack
//! as it is made, so nothing unrooted is held while allocating.

use minnow_heap::Value;

use crate::parser::{self, ast};
use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(vm, module, &[("parse", parse)])
}

/// `parse(source, filename, mode)`: the tree of `source` in mode `exec`,
/// `eval` or `single`.
fn parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, filename, mode] = vm.exact_args::<3>(args, "parse")?;
    let source = vm.str_string(source)?;
    let filename = vm.str_string(filename)?;
    let mode = vm.str_string(mode)?;
    let tree = match mode.as_str() {
        "exec" => parser::parse_module(&source, &filename).map(Tree::Module),
        "single" => parser::parse_interactive(&source, &filename).map(Tree::Interactive),
        "eval" => parser::parse_expression(&source, &filename).map(Tree::Expression),
        _ => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            )
        }
    };
    let tree = tree.map_err(|e| crate::import::raise_parse_error(vm, &e))?;
    let base = vm.stack.len();
    let mut converter = Converter {
        vm,
        line_starts: line_starts(&source),
    };
    let result = tree.push(&mut converter);
    let value = result.map(|()| converter.vm.stack[base]);
    converter.vm.stack.truncate(base);
    value
}

enum Tree {
    Module(Vec<ast::Stmt>),
    Interactive(Vec<ast::Stmt>),
    Expression(ast::Expr),
}

/// Byte offsets at which each line starts.
fn line_starts(source: &str) -> Vec<u32> {
    let mut starts = vec![0];
    let bytes = source.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if ends_line {
            starts.push(i as u32 + 1);
        }
    }
    starts
}

struct Converter<'a> {
    vm: &'a mut Vm,
    line_starts: Vec<u32>,
}

impl Converter<'_> {
    fn push(&mut self, value: Value) {
        self.vm.stack.push(value);
    }

    fn push_str(&mut self, text: &str) -> PyResult<()> {
        let value = self.vm.new_str(text)?;
        self.push(value);
        Ok(())
    }

    /// 1-based line and 0-based UTF-8 byte column of an offset, as CPython
    /// counts them.
    fn position(&self, offset: u32) -> (i64, i64) {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        (line as i64, (offset - start) as i64)
    }

    /// Replaces the top `count` stack values by one tuple of them.
    fn collapse_tuple(&mut self, count: usize) -> PyResult<()> {
        let start = self.vm.stack.len() - count;
        let items = self.vm.stack[start..].to_vec();
        let tuple = self.vm.new_tuple(&items)?;
        self.vm.stack.truncate(start);
        self.push(tuple);
        Ok(())
    }

    /// Pushes a node: its class name, fields and, for located nodes, its
    /// position.
    fn node(
        &mut self,
        class: &str,
        range: Option<parser::TextRange>,
        fields: &[&dyn Field],
    ) -> PyResult<()> {
        let start = self.vm.stack.len();
        let name = self.vm.intern(class)?;
        self.push(name);
        for field in fields {
            field.push(self)?;
        }
        if let Some(range) = range {
            let (line, column) = self.position(range.start().into());
            let (end_line, end_column) = self.position(range.end().into());
            for n in [line, column, end_line, end_column] {
                self.push(Value::small_int_const(n));
            }
        }
        self.collapse_tuple(self.vm.stack.len() - start)
    }
}

/// A part of the tree that becomes one Python value.
trait Field {
    fn push(&self, c: &mut Converter) -> PyResult<()>;
}

impl<T: Field> Field for Box<T> {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        (**self).push(c)
    }
}

impl<T: Field> Field for Option<T> {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        match self {
            Some(value) => value.push(c),
            None => {
                c.push(Value::NONE);
                Ok(())
            }
        }
    }
}

impl<T: Field> Field for Vec<T> {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        let start = c.vm.stack.len();
        for item in self {
            item.push(c)?;
        }
        let items = c.vm.stack[start..].to_vec();
        let list = c.vm.new_list(&items)?;
        c.vm.stack.truncate(start);
        c.push(list);
        Ok(())
    }
}

impl Field for ast::Identifier {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        let name = c.vm.intern(self.as_str())?;
        c.push(name);
        Ok(())
    }
}

impl Field for String {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        c.push_str(self)
    }
}

/// Flags such as `simple` and `is_async` are ints in CPython's tree.
impl Field for bool {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        c.push(Value::small_int_const(i64::from(*self)));
        Ok(())
    }
}

impl Field for ast::Int {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        c.push(Value::small_int_const(i64::from(self.to_u32())));
        Ok(())
    }
}

impl Field for ast::ConversionFlag {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        c.push(Value::small_int_const(*self as i8 as i64));
        Ok(())
    }
}

impl Field for ast::Constant {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        let value = c.vm.constant(&crate::compiler::constant_of(self))?;
        c.push(value);
        Ok(())
    }
}

impl Field for Tree {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        match self {
            Tree::Module(body) => c.node("Module", None, &[body, &Vec::<ast::Stmt>::new()]),
            Tree::Interactive(body) => c.node("Interactive", None, &[body]),
            Tree::Expression(body) => c.node("Expression", None, &[body]),
        }
    }
}

/// CPython's `arguments`: defaults of positional parameters are one list
/// for the last ones, keyword-only defaults a list with None for those
/// without one.
impl Field for ast::Arguments {
    fn push(&self, c: &mut Converter) -> PyResult<()> {
        let parameters = |list: &[ast::ArgWithDefault]| -> Vec<ast::Arg> {
            list.iter().map(|a| a.def.clone()).collect()
        };
        let defaults: Vec<ast::Expr> = self
            .posonlyargs
            .iter()
            .chain(&self.args)
            .filter_map(|a| a.default.as_deref().cloned())
            .collect();
        let kw_defaults: Vec<Option<ast::Expr>> = self
            .kwonlyargs
            .iter()
            .map(|a| a.default.as_deref().cloned())
            .collect();
        c.node(
            "arguments",
            None,
            &[
                &parameters(&self.posonlyargs),
                &parameters(&self.args),
                &self.vararg,
                &parameters(&self.kwonlyargs),
                &kw_defaults,
                &self.kwarg,
                &defaults,
            ],
        )
    }
}

/// Sum types: each variant a class with its fields; all located.
macro_rules! located_variants {
    ($($enum:ident { $($variant:ident => $class:literal [$($field:ident),*]),* $(,)? })*) => {$(
        impl Field for ast::$enum {
            fn push(&self, c: &mut Converter) -> PyResult<()> {
                match self {
                    $(ast::$enum::$variant(node) => {
                        c.node($class, Some(node.range), &[$(&node.$field as &dyn Field),*])
                    })*
                }
            }
        }
    )*};
}

/// Product types: one class with its fields, located or not.
macro_rules! products {
    ($($type:ident => $class:literal [$($field:ident),*] $located:ident),* $(,)?) => {$(
        impl Field for ast::$type {
            fn push(&self, c: &mut Converter) -> PyResult<()> {
                let range = products!(@range self $located);
                c.node($class, range, &[$(&self.$field as &dyn Field),*])
            }
        }
    )*};
    (@range $node:ident located) => { Some($node.range) };
    (@range $node:ident unlocated) => { None };
}

/// Enumerations of operators and contexts: field-less classes.
macro_rules! operators {
    ($($enum:ident { $($variant:ident),* $(,)? })*) => {$(
        impl Field for ast::$enum {
            fn push(&self, c: &mut Converter) -> PyResult<()> {
                let class = match self {
                    $(ast::$enum::$variant => stringify!($variant),)*
                };
                c.node(class, None, &[])
            }
        }
    )*};
}

located_variants! {
    Stmt {
        FunctionDef => "FunctionDef" [name, args, body, decorator_list, returns, type_comment],
        AsyncFunctionDef => "AsyncFunctionDef"
            [name, args, body, decorator_list, returns, type_comment],
        ClassDef => "ClassDef" [name, bases, keywords, body, decorator_list],
        Return => "Return" [value],
        Delete => "Delete" [targets],
        Assign => "Assign" [targets, value, type_comment],
        TypeAlias => "TypeAlias" [name, value],
        AugAssign => "AugAssign" [target, op, value],
        AnnAssign => "AnnAssign" [target, annotation, value, simple],
        For => "For" [target, iter, body, orelse, type_comment],
        AsyncFor => "AsyncFor" [target, iter, body, orelse, type_comment],
        While => "While" [test, body, orelse],
        If => "If" [test, body, orelse],
        With => "With" [items, body, type_comment],
        AsyncWith => "AsyncWith" [items, body, type_comment],
        Match => "Match" [subject, cases],
        Raise => "Raise" [exc, cause],
        Try => "Try" [body, handlers, orelse, finalbody],
        TryStar => "TryStar" [body, handlers, orelse, finalbody],
        Assert => "Assert" [test, msg],
        Import => "Import" [names],
        ImportFrom => "ImportFrom" [module, names, level],
        Global => "Global" [names],
        Nonlocal => "Nonlocal" [names],
        Expr => "Expr" [value],
        Pass => "Pass" [],
        Break => "Break" [],
        Continue => "Continue" [],
    }
    Expr {
        BoolOp => "BoolOp" [op, values],
        NamedExpr => "NamedExpr" [target, value],
        BinOp => "BinOp" [left, op, right],
        UnaryOp => "UnaryOp" [op, operand],
        Lambda => "Lambda" [args, body],
        IfExp => "IfExp" [test, body, orelse],
        Dict => "Dict" [keys, values],
        Set => "Set" [elts],
        ListComp => "ListComp" [elt, generators],
        SetComp => "SetComp" [elt, generators],
        DictComp => "DictComp" [key, value, generators],
        GeneratorExp => "GeneratorExp" [elt, generators],
        Await => "Await" [value],
        Yield => "Yield" [value],
        YieldFrom => "YieldFrom" [value],
        Compare => "Compare" [left, ops, comparators],
        Call => "Call" [func, args, keywords],
        FormattedValue => "FormattedValue" [value, conversion, format_spec],
        JoinedStr => "JoinedStr" [values],
        Constant => "Constant" [value, kind],
        Attribute => "Attribute" [value, attr, ctx],
        Subscript => "Subscript" [value, slice, ctx],
        Starred => "Starred" [value, ctx],
        Name => "Name" [id, ctx],
        List => "List" [elts, ctx],
        Tuple => "Tuple" [elts, ctx],
        Slice => "Slice" [lower, upper, step],
    }
    ExceptHandler {
        ExceptHandler => "ExceptHandler" [type_, name, body],
    }
    Pattern {
        MatchValue => "MatchValue" [value],
        MatchSingleton => "MatchSingleton" [value],
        MatchSequence => "MatchSequence" [patterns],
        MatchMapping => "MatchMapping" [keys, patterns, rest],
        MatchClass => "MatchClass" [cls, patterns, kwd_attrs, kwd_patterns],
        MatchStar => "MatchStar" [name],
        MatchAs => "MatchAs" [pattern, name],
        MatchOr => "MatchOr" [patterns],
    }
}

products! {
    Comprehension => "comprehension" [target, iter, ifs, is_async] unlocated,
    Arg => "arg" [arg, annotation, type_comment] located,
    Keyword => "keyword" [arg, value] located,
    Alias => "alias" [name, asname] located,
    WithItem => "withitem" [context_expr, optional_vars] unlocated,
    MatchCase => "match_case" [pattern, guard, body] unlocated,
}

operators! {
    ExprContext { Load, Store, Del }
    BoolOp { And, Or }
    Operator {
        Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
    }
    UnaryOp { Invert, Not, UAdd, USub }
    CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
}
