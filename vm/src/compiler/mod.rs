//! AST to code objects.
//!
//! [`compile`] parses, builds the [`symtable::SymbolTable`], then compiles
//! each block into a [`CodeObject`]. Code is emitted into a `Unit` per
//! block with symbolic labels; `Unit::assemble` resolves them, computes
//! stack depths by flow analysis, drops unreachable instructions and builds
//! the exception table. The instruction set and its conventions are
//! documented in [`crate::bytecode`].
//!
//! Exception handlers are tracked at emission time: every instruction
//! records the innermost active handler, so a region protected by a handler
//! is simply the instructions emitted while it was pushed. The stack depth
//! a handler unwinds to is known statically, because handlers are only set
//! up at statement level, where the stack holds exactly the items that the
//! enclosing blocks keep there (a `for` loop's iterator, a `with`'s
//! `__exit__`, a handler's saved exception...); see `FrameBlock::stack_items`.

mod expr;
mod fold;

pub use fold::constant_of;
pub mod symtable;

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{encode, Opcode, MAX_ARG};
use crate::code::{code_flags, CodeObject, Constant, ExceptionTableEntry, Location};
use crate::parser::ast::{self, text_size::TextRange, Ranged};
use crate::parser::{self, SourceMap, SyntaxError, SyntaxErrorKind};
use crate::runtime::cache::InlineCaches;
use symtable::{mangle, ScopeId, ScopeKind, SymbolScope, SymbolTable};

/// The parts of a `def` or `async def` statement that the symbol table
/// and the compiler read; `key` identifies the statement's scope.
pub(crate) struct FunctionParts<'a> {
    name: &'a str,
    args: &'a ast::Arguments,
    body: &'a [ast::Stmt],
    decorator_list: &'a [ast::Expr],
    returns: Option<&'a ast::Expr>,
    has_type_params: bool,
    range: TextRange,
    key: usize,
    is_async: bool,
}

impl<'a> FunctionParts<'a> {
    fn of_def(def: &'a ast::StmtFunctionDef) -> FunctionParts<'a> {
        FunctionParts {
            name: def.name.as_str(),
            args: &def.args,
            body: &def.body,
            decorator_list: &def.decorator_list,
            returns: def.returns.as_deref(),
            has_type_params: !def.type_params.is_empty(),
            range: def.range,
            key: symtable::node_key(def),
            is_async: false,
        }
    }

    fn of_async_def(def: &'a ast::StmtAsyncFunctionDef) -> FunctionParts<'a> {
        FunctionParts {
            name: def.name.as_str(),
            args: &def.args,
            body: &def.body,
            decorator_list: &def.decorator_list,
            returns: def.returns.as_deref(),
            has_type_params: !def.type_params.is_empty(),
            range: def.range,
            key: symtable::node_key(def),
            is_async: true,
        }
    }
}

/// What the source is compiled as (the `mode` of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements.
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// One interactive statement: expression statements print their value
    /// with `PRINT_EXPR`.
    Single,
}

/// Compiles source text into the code object of a module, expression or
/// interactive statement.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, SyntaxError> {
    let map = SourceMap::new(source, filename);
    match mode {
        Mode::Exec | Mode::Single => {
            let body = if mode == Mode::Exec {
                parser::parse_module(source, filename)?
            } else {
                parser::parse_interactive(source, filename)?
            };
            let table = SymbolTable::for_module(&body, &map)?;
            let mut compiler = Compiler::new(&map, &table, mode);
            compiler.compile_module(&body)
        }
        Mode::Eval => {
            let expr = parser::parse_expression(source, filename)?;
            let table = SymbolTable::for_expression(&expr, &map)?;
            let mut compiler = Compiler::new(&map, &table, mode);
            compiler.compile_eval(&expr)
        }
    }
}

/// A position in the instruction stream, bound once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(usize);

/// Which kind of load/store/delete a name operation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameContext {
    Load,
    Store,
    Delete,
}

struct PendingInstruction {
    op: Opcode,
    arg: u32,
    target: Option<Label>,
    handler: Option<usize>,
    location: Location,
}

#[derive(Clone, Copy)]
struct Handler {
    label: Label,
    depth: u32,
    push_lasti: bool,
}

/// A block of the enclosing control structure that `break`, `continue` and
/// `return` must unwind (CPython's "fblock").
#[derive(Clone)]
struct FrameBlock<'a> {
    kind: FrameBlockKind<'a>,
    /// Handler-stack height outside this block: unwinding it pops the
    /// handlers it pushed.
    handlers_below: usize,
}

#[derive(Clone)]
enum FrameBlockKind<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry(&'a [ast::Stmt]),
    FinallyEnd,
    /// `with`, or `async with` when true.
    With(bool),
    HandlerCleanup(Option<String>),
    /// The body of an `except*` clause, which nothing may leave early.
    ExceptStarBody,
    PopValue,
}

impl FrameBlock<'_> {
    /// Value-stack items the block keeps below the statements inside it.
    fn stack_items(&self) -> u32 {
        match self.kind {
            FrameBlockKind::ForLoop { .. }
            | FrameBlockKind::With(_)
            | FrameBlockKind::HandlerCleanup(_)
            | FrameBlockKind::PopValue => 1,
            FrameBlockKind::FinallyEnd => 2,
            // The handled exception, the group caught, the list of raised
            // exceptions and the unmatched rest.
            FrameBlockKind::ExceptStarBody => 4,
            FrameBlockKind::WhileLoop { .. }
            | FrameBlockKind::TryExcept
            | FrameBlockKind::FinallyTry(_) => 0,
        }
    }
}

/// The code being emitted for one block.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    arg_count: u32,
    posonly_arg_count: u32,
    kwonly_arg_count: u32,
    flags: u32,
    instructions: Vec<PendingInstruction>,
    labels: Vec<Option<usize>>,
    handlers: Vec<Handler>,
    handler_stack: Vec<usize>,
    frame_blocks: Vec<FrameBlock<'a>>,
    constants: Vec<Constant>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    varname_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    location: Location,
    /// Innermost enclosing class name, for private name mangling.
    private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    map: &'a SourceMap<'a>,
    table: &'a SymbolTable,
    mode: Mode,
    units: Vec<Unit<'a>>,
}

fn internal_error(msg: &str) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: format!("internal compiler error: {msg}"),
        filename: String::new(),
        line: 0,
        column: 0,
        end: None,
        text: None,
    }
}

impl<'a> Compiler<'a> {
    fn new(map: &'a SourceMap<'a>, table: &'a SymbolTable, mode: Mode) -> Compiler<'a> {
        Compiler {
            map,
            table,
            mode,
            units: Vec::new(),
        }
    }

    // ----- errors and locations -----

    fn error(&self, msg: impl Into<String>, range: TextRange) -> SyntaxError {
        SyntaxError::at(SyntaxErrorKind::SyntaxError, msg, self.map, range)
    }

    fn location_of(&self, range: TextRange) -> Location {
        let (line, col) = self.map.line_column(range.start());
        let (end_line, end_col) = self.map.line_column(range.end());
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    fn set_location(&mut self, range: TextRange) {
        let location = self.location_of(range);
        self.unit().location = location;
    }

    /// The location of an attribute's load, store, deletion or method call:
    /// as CPython does, when the attribute spans lines it starts on the line
    /// of its name, where an error in it is reported.
    fn set_attribute_location(&mut self, attribute: &ast::ExprAttribute) {
        let mut location = self.location_of(attribute.range);
        if location.end_line != location.line {
            location.line = location.end_line;
            let len = attribute.attr.as_str().chars().count() as u32;
            location.col = location.end_col.saturating_sub(len);
        }
        self.unit().location = location;
    }

    // ----- units -----

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: String, first_line: u32) {
        let symbol_scope = self.table.scope(scope);
        let kind = symbol_scope.kind;
        let mut cellvars = symbol_scope.sorted_names(|s| s.scope == SymbolScope::Cell);
        if symbol_scope.needs_class_cell {
            cellvars.push("__class__".to_owned());
            cellvars.sort();
        }
        let freevars = symbol_scope.sorted_names(|s| {
            s.scope == SymbolScope::Free || s.flags & symtable::symbol_flags::FREE_CLASS != 0
        });
        let mut varnames = Vec::new();
        let mut varname_index = HashMap::new();
        if kind.is_function_like() {
            for param in &symbol_scope.params {
                varname_index.insert(param.clone(), varnames.len() as u32);
                varnames.push(param.clone());
            }
            for symbol in &symbol_scope.symbols {
                if symbol.scope == SymbolScope::Local && !varname_index.contains_key(&symbol.name) {
                    varname_index.insert(symbol.name.clone(), varnames.len() as u32);
                    varnames.push(symbol.name.clone());
                }
            }
        }
        let private = match kind {
            ScopeKind::Class => Some(name.to_owned()),
            _ => self.units.last().and_then(|unit| unit.private.clone()),
        };
        let location = self
            .units
            .last()
            .map(|unit| unit.location)
            .unwrap_or(Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            });
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_owned(),
            qualname,
            first_line,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags: 0,
            instructions: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            frame_blocks: Vec::new(),
            constants: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            varname_index,
            cellvars,
            freevars,
            location,
            private,
        });
    }

    fn pop_unit(&mut self) -> Result<CodeObject, SyntaxError> {
        let unit = self
            .units
            .pop()
            .ok_or_else(|| internal_error("no unit to finish"))?;
        unit.assemble(&self.map.filename)
            .map_err(|msg| self.error(msg, TextRange::default()))
    }

    /// The qualified name of a function or class named `name` defined in
    /// the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let unit = self.unit_ref();
        match unit.kind {
            ScopeKind::Module => name.to_owned(),
            _ => {
                let mangled = mangle(unit.private.as_deref(), name);
                if self.table.symbol_scope(unit.scope, &mangled)
                    == Some(SymbolScope::GlobalExplicit)
                {
                    name.to_owned()
                } else if unit.kind == ScopeKind::Class {
                    format!("{}.{}", unit.qualname, name)
                } else {
                    format!("{}.<locals>.{}", unit.qualname, name)
                }
            }
        }
    }

    // ----- emission -----

    fn emit(&mut self, op: Opcode, arg: u32) {
        let unit = self.unit();
        let handler = unit.handler_stack.last().copied();
        let location = unit.location;
        unit.instructions.push(PendingInstruction {
            op,
            arg,
            target: None,
            handler,
            location,
        });
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.emit(op, 0);
        if let Some(last) = self.unit().instructions.last_mut() {
            last.target = Some(target);
        }
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() - 1)
    }

    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0] = Some(unit.instructions.len());
    }

    fn add_constant(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        if let Some(index) = unit.constants.iter().position(|c| c.same_as(&constant)) {
            return index as u32;
        }
        unit.constants.push(constant);
        (unit.constants.len() - 1) as u32
    }

    fn load_constant(&mut self, constant: Constant) {
        let index = self.add_constant(constant);
        self.emit(Opcode::LOAD_CONST, index);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&index) = unit.name_index.get(name) {
            return index;
        }
        let index = unit.names.len() as u32;
        unit.names.push(name.to_owned());
        unit.name_index.insert(name.to_owned(), index);
        index
    }

    fn add_varname(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&index) = unit.varname_index.get(name) {
            return index;
        }
        let index = unit.varnames.len() as u32;
        unit.varnames.push(name.to_owned());
        unit.varname_index.insert(name.to_owned(), index);
        index
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let unit = self.unit_ref();
        if let Some(index) = unit.cellvars.iter().position(|n| n == name) {
            return Some(index as u32);
        }
        unit.freevars
            .iter()
            .position(|n| n == name)
            .map(|index| (index + unit.cellvars.len()) as u32)
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    // ----- handlers and frame blocks -----

    /// Stack items held by the enclosing blocks at statement level.
    fn stack_base(&self) -> u32 {
        self.unit_ref()
            .frame_blocks
            .iter()
            .map(FrameBlock::stack_items)
            .sum()
    }

    fn push_handler(&mut self, label: Label, depth: u32, push_lasti: bool) {
        let unit = self.unit();
        unit.handlers.push(Handler {
            label,
            depth,
            push_lasti,
        });
        let index = unit.handlers.len() - 1;
        unit.handler_stack.push(index);
    }

    fn pop_handler(&mut self) -> Option<usize> {
        self.unit().handler_stack.pop()
    }

    fn resume_handler(&mut self, handler: Option<usize>) {
        if let Some(handler) = handler {
            self.unit().handler_stack.push(handler);
        }
    }

    fn push_block(&mut self, kind: FrameBlockKind<'a>, handlers_below: usize) {
        self.unit().frame_blocks.push(FrameBlock {
            kind,
            handlers_below,
        });
    }

    fn pop_block(&mut self) {
        self.unit().frame_blocks.pop();
    }

    fn handler_height(&self) -> usize {
        self.unit_ref().handler_stack.len()
    }

    /// Emits the code that leaves `block` on a `break`, `continue` or
    /// `return` (with the return value on top when `preserve_top`).
    fn unwind_block(
        &mut self,
        block: &FrameBlock<'a>,
        preserve_top: bool,
    ) -> Result<(), SyntaxError> {
        self.unit().handler_stack.truncate(block.handlers_below);
        match &block.kind {
            FrameBlockKind::WhileLoop { .. } | FrameBlockKind::TryExcept => {}
            FrameBlockKind::ExceptStarBody => {
                return Err(internal_error("leaving an except* block"));
            }
            FrameBlockKind::ForLoop { .. } | FrameBlockKind::PopValue => {
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FrameBlockKind::FinallyTry(body) => {
                if preserve_top {
                    let below = self.handler_height();
                    self.push_block(FrameBlockKind::PopValue, below);
                }
                self.compile_body(body)?;
                if preserve_top {
                    self.pop_block();
                }
            }
            FrameBlockKind::FinallyEnd => {
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FrameBlockKind::With(is_async) => {
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.compile_await_of_top(2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FrameBlockKind::HandlerCleanup(name) => {
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(name) = name {
                    self.clear_exception_name(name);
                }
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks from the innermost outwards, stopping at the
    /// innermost loop when `to_loop` (which is returned, not unwound).
    /// The caller restores the handler stack afterwards.
    fn unwind_blocks(
        &mut self,
        preserve_top: bool,
        to_loop: bool,
    ) -> Result<Option<FrameBlock<'a>>, SyntaxError> {
        let Some(top) = self.unit_ref().frame_blocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop
            && matches!(
                top.kind,
                FrameBlockKind::WhileLoop { .. } | FrameBlockKind::ForLoop { .. }
            )
        {
            return Ok(Some(top));
        }
        self.pop_block();
        self.unwind_block(&top, preserve_top)?;
        let found = self.unwind_blocks(preserve_top, to_loop)?;
        self.unit().frame_blocks.push(top);
        Ok(found)
    }

    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_constant(Constant::None);
        }
        self.emit(Opcode::CALL, 2);
    }

    fn clear_exception_name(&mut self, name: &str) {
        self.load_constant(Constant::None);
        self.name_op(name, NameContext::Store);
        self.name_op(name, NameContext::Delete);
    }

    // ----- names -----

    fn name_op(&mut self, name: &str, context: NameContext) {
        let mangled = self.mangle(name);
        let unit = self.unit_ref();
        let scope = self.table.symbol_scope(unit.scope, &mangled);
        let kind = unit.kind;
        enum Access {
            Fast,
            Deref,
            ClassDeref,
            Global,
            Name,
        }
        let access = match (kind, scope) {
            (_, Some(SymbolScope::GlobalExplicit)) => Access::Global,
            (ScopeKind::Module, _) => Access::Name,
            (ScopeKind::Class, Some(SymbolScope::Free)) => {
                if context == NameContext::Load {
                    Access::ClassDeref
                } else {
                    Access::Deref
                }
            }
            (ScopeKind::Class, _) => Access::Name,
            (_, Some(SymbolScope::Local)) => Access::Fast,
            (_, Some(SymbolScope::Cell | SymbolScope::Free)) => Access::Deref,
            (_, Some(SymbolScope::GlobalImplicit)) => Access::Global,
            (_, None) => {
                if unit.varname_index.contains_key(&mangled) {
                    Access::Fast
                } else {
                    Access::Global
                }
            }
        };
        let (op, arg) = match access {
            Access::Fast => {
                let index = self.add_varname(&mangled);
                let op = match context {
                    NameContext::Load => Opcode::LOAD_FAST,
                    NameContext::Store => Opcode::STORE_FAST,
                    NameContext::Delete => Opcode::DELETE_FAST,
                };
                (op, index)
            }
            Access::Deref | Access::ClassDeref => match self.cell_index(&mangled) {
                Some(index) => {
                    let op = match (context, matches!(access, Access::ClassDeref)) {
                        (NameContext::Load, true) => Opcode::LOAD_CLASSDEREF,
                        (NameContext::Load, false) => Opcode::LOAD_DEREF,
                        (NameContext::Store, _) => Opcode::STORE_DEREF,
                        (NameContext::Delete, _) => Opcode::DELETE_DEREF,
                    };
                    (op, index)
                }
                None => self.global_op(&mangled, context),
            },
            Access::Global => self.global_op(&mangled, context),
            Access::Name => {
                let index = self.add_name(&mangled);
                let op = match context {
                    NameContext::Load => Opcode::LOAD_NAME,
                    NameContext::Store => Opcode::STORE_NAME,
                    NameContext::Delete => Opcode::DELETE_NAME,
                };
                (op, index)
            }
        };
        self.emit(op, arg);
    }

    fn global_op(&mut self, name: &str, context: NameContext) -> (Opcode, u32) {
        let index = self.add_name(name);
        let op = match context {
            NameContext::Load => Opcode::LOAD_GLOBAL,
            NameContext::Store => Opcode::STORE_GLOBAL,
            NameContext::Delete => Opcode::DELETE_GLOBAL,
        };
        (op, index)
    }

    // ----- top level -----

    fn compile_module(&mut self, body: &'a [ast::Stmt]) -> Result<Rc<CodeObject>, SyntaxError> {
        self.push_unit(0, "<module>", "<module>".into(), 1);
        let body = if self.mode == Mode::Exec {
            self.store_docstring(body)
        } else {
            body
        };
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.compile_body(body)?;
        self.load_constant(Constant::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(Rc::new(self.pop_unit()?))
    }

    fn compile_eval(&mut self, expr: &'a ast::Expr) -> Result<Rc<CodeObject>, SyntaxError> {
        self.push_unit(0, "<module>", "<module>".into(), 1);
        self.compile_expr(expr)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(Rc::new(self.pop_unit()?))
    }

    /// Stores a module or class docstring as `__doc__` and returns the
    /// rest of the body.
    fn store_docstring(&mut self, body: &'a [ast::Stmt]) -> &'a [ast::Stmt] {
        match docstring(body) {
            Some(doc) => {
                self.set_location(body[0].range());
                self.load_constant(Constant::Str(doc.to_owned()));
                self.name_op("__doc__", NameContext::Store);
                &body[1..]
            }
            None => body,
        }
    }

    // ----- statements -----

    fn compile_body(&mut self, body: &'a [ast::Stmt]) -> Result<(), SyntaxError> {
        for stmt in body {
            self.compile_stmt(stmt)?;
            if ends_flow(stmt) {
                break;
            }
        }
        Ok(())
    }

    fn compile_stmt(&mut self, stmt: &'a ast::Stmt) -> Result<(), SyntaxError> {
        use ast::Stmt;
        self.set_location(stmt.range());
        match stmt {
            Stmt::FunctionDef(def) => self.compile_function_def(&FunctionParts::of_def(def))?,
            Stmt::AsyncFunctionDef(def) => {
                self.compile_function_def(&FunctionParts::of_async_def(def))?
            }
            Stmt::AsyncFor(for_stmt) => self.compile_async_for(for_stmt)?,
            Stmt::AsyncWith(with) => self.compile_with(&with.items, &with.body, true)?,
            Stmt::TryStar(try_stmt) => self.compile_try_star(try_stmt)?,
            Stmt::ClassDef(class) => self.compile_class_def(class)?,
            Stmt::Return(ret) => self.compile_return(ret)?,
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    self.compile_delete(target)?;
                }
            }
            Stmt::Assign(assign) => self.compile_assign(assign)?,
            Stmt::AugAssign(assign) => self.compile_aug_assign(assign)?,
            Stmt::AnnAssign(assign) => self.compile_ann_assign(assign)?,
            Stmt::For(for_stmt) => self.compile_for(for_stmt)?,
            Stmt::While(while_stmt) => self.compile_while(while_stmt)?,
            Stmt::If(if_stmt) => self.compile_if(if_stmt)?,
            Stmt::With(with) => self.compile_with(&with.items, &with.body, false)?,
            Stmt::Raise(raise) => self.compile_raise(raise)?,
            Stmt::Try(try_stmt) => self.compile_try(try_stmt)?,
            Stmt::Assert(assert) => self.compile_assert(assert)?,
            Stmt::Import(import) => self.compile_import(import)?,
            Stmt::ImportFrom(import) => self.compile_import_from(import)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(expr) => self.compile_expr_stmt(expr)?,
            Stmt::Pass(_) => self.emit(Opcode::NOP, 0),
            Stmt::Break(brk) => self.compile_break_continue(brk.range, true)?,
            Stmt::Continue(cont) => self.compile_break_continue(cont.range, false)?,
            Stmt::Match(_) | Stmt::TypeAlias(_) => {
                return Err(self.error("this statement is not supported yet", stmt.range()))
            }
        }
        Ok(())
    }

    fn compile_assign(&mut self, assign: &'a ast::StmtAssign) -> Result<(), SyntaxError> {
        self.compile_expr(&assign.value)?;
        let count = assign.targets.len();
        for (index, target) in assign.targets.iter().enumerate() {
            if index + 1 < count {
                self.emit(Opcode::COPY, 1);
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    fn compile_raise(&mut self, raise: &'a ast::StmtRaise) -> Result<(), SyntaxError> {
        let mut count = 0;
        if let Some(exc) = &raise.exc {
            self.compile_expr(exc)?;
            count = 1;
            if let Some(cause) = &raise.cause {
                self.compile_expr(cause)?;
                count = 2;
            }
        }
        self.set_location(raise.range);
        self.emit(Opcode::RAISE_VARARGS, count);
        Ok(())
    }

    fn compile_try(&mut self, try_stmt: &'a ast::StmtTry) -> Result<(), SyntaxError> {
        if try_stmt.finalbody.is_empty() {
            self.compile_try_except(&try_stmt.body, &try_stmt.handlers, &try_stmt.orelse)
        } else {
            self.compile_try_finally(
                &try_stmt.body,
                &try_stmt.handlers,
                &try_stmt.orelse,
                &try_stmt.finalbody,
                false,
            )
        }
    }

    fn compile_try_star(&mut self, try_stmt: &'a ast::StmtTryStar) -> Result<(), SyntaxError> {
        if try_stmt.finalbody.is_empty() {
            self.compile_try_except_star(&try_stmt.body, &try_stmt.handlers, &try_stmt.orelse)
        } else {
            self.compile_try_finally(
                &try_stmt.body,
                &try_stmt.handlers,
                &try_stmt.orelse,
                &try_stmt.finalbody,
                true,
            )
        }
    }

    /// The SyntaxError for a `break`, `continue` (`to_loop`) or `return`
    /// that would leave an `except*` clause.
    fn check_except_star_exit(&self, range: TextRange, to_loop: bool) -> Result<(), SyntaxError> {
        for block in self.unit_ref().frame_blocks.iter().rev() {
            match block.kind {
                FrameBlockKind::WhileLoop { .. } | FrameBlockKind::ForLoop { .. } if to_loop => {
                    return Ok(())
                }
                FrameBlockKind::ExceptStarBody => {
                    return Err(self.error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        range,
                    ))
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn compile_expr_stmt(&mut self, expr: &'a ast::StmtExpr) -> Result<(), SyntaxError> {
        if self.mode == Mode::Single && self.units.len() == 1 {
            self.compile_expr(&expr.value)?;
            self.emit(Opcode::PRINT_EXPR, 0);
        } else if let ast::Expr::Constant(_) = expr.value.as_ref() {
            self.emit(Opcode::NOP, 0);
        } else {
            self.compile_expr(&expr.value)?;
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    fn compile_return(&mut self, ret: &'a ast::StmtReturn) -> Result<(), SyntaxError> {
        if ret.value.is_some() && self.unit_ref().flags & code_flags::ASYNC_GENERATOR != 0 {
            return Err(self.error("'return' with value in async generator", ret.range));
        }
        self.check_except_star_exit(ret.range, false)?;
        let constant = match &ret.value {
            None => Some(Constant::None),
            Some(value) => self.fold(value),
        };
        let saved_handlers = self.unit_ref().handler_stack.clone();
        match constant {
            Some(constant) => {
                self.unwind_blocks(false, false)?;
                self.set_location(ret.range);
                self.load_constant(constant);
            }
            None => {
                if let Some(value) = &ret.value {
                    self.compile_expr(value)?;
                }
                self.unwind_blocks(true, false)?;
            }
        }
        self.set_location(ret.range);
        self.emit(Opcode::RETURN_VALUE, 0);
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    fn compile_break_continue(
        &mut self,
        range: TextRange,
        is_break: bool,
    ) -> Result<(), SyntaxError> {
        self.check_except_star_exit(range, true)?;
        let saved_handlers = self.unit_ref().handler_stack.clone();
        let Some(loop_block) = self.unwind_blocks(false, true)? else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(msg, range));
        };
        self.set_location(range);
        let (start, exit) = match loop_block.kind {
            FrameBlockKind::WhileLoop { start, exit } | FrameBlockKind::ForLoop { start, exit } => {
                (start, exit)
            }
            _ => return Err(internal_error("loop block expected")),
        };
        if is_break {
            self.unit()
                .handler_stack
                .truncate(loop_block.handlers_below);
            if matches!(loop_block.kind, FrameBlockKind::ForLoop { .. }) {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.emit_jump(Opcode::JUMP, exit);
        } else {
            self.emit_jump(Opcode::JUMP, start);
        }
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    fn compile_if(&mut self, if_stmt: &'a ast::StmtIf) -> Result<(), SyntaxError> {
        if let Some(constant) = self.fold(&if_stmt.test) {
            let branch = if constant.is_truthy() {
                &if_stmt.body
            } else {
                &if_stmt.orelse
            };
            return self.compile_body(branch);
        }
        let end = self.new_label();
        let otherwise = if if_stmt.orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(&if_stmt.test, false, otherwise)?;
        self.compile_body(&if_stmt.body)?;
        if !if_stmt.orelse.is_empty() {
            self.emit_jump(Opcode::JUMP, end);
            self.bind(otherwise);
            self.compile_body(&if_stmt.orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, while_stmt: &'a ast::StmtWhile) -> Result<(), SyntaxError> {
        let constant = self.fold(&while_stmt.test);
        if matches!(&constant, Some(c) if !c.is_truthy()) {
            return self.compile_body(&while_stmt.orelse);
        }
        let start = self.new_label();
        let otherwise = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        if constant.is_none() {
            self.jump_if(&while_stmt.test, false, otherwise)?;
        }
        let below = self.handler_height();
        self.push_block(FrameBlockKind::WhileLoop { start, exit }, below);
        self.compile_body(&while_stmt.body)?;
        self.pop_block();
        self.set_location(while_stmt.range);
        self.emit_jump(Opcode::JUMP, start);
        self.bind(otherwise);
        self.compile_body(&while_stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(&mut self, for_stmt: &'a ast::StmtFor) -> Result<(), SyntaxError> {
        let start = self.new_label();
        let otherwise = self.new_label();
        let exit = self.new_label();
        self.compile_expr(&for_stmt.iter)?;
        self.set_location(for_stmt.range);
        self.emit(Opcode::GET_ITER, 0);
        self.bind(start);
        self.emit_jump(Opcode::FOR_ITER, otherwise);
        let below = self.handler_height();
        self.push_block(FrameBlockKind::ForLoop { start, exit }, below);
        self.compile_store(&for_stmt.target)?;
        self.compile_body(&for_stmt.body)?;
        self.pop_block();
        self.set_location(for_stmt.range);
        self.emit_jump(Opcode::JUMP, start);
        self.bind(otherwise);
        self.compile_body(&for_stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `async for`: like `for`, with each item awaited from `__anext__()`
    /// and StopAsyncIteration ending the loop (see `END_ASYNC_FOR`).
    fn compile_async_for(&mut self, for_stmt: &'a ast::StmtAsyncFor) -> Result<(), SyntaxError> {
        let start = self.new_label();
        let otherwise = self.new_label();
        let exit = self.new_label();
        self.compile_expr(&for_stmt.iter)?;
        self.set_location(for_stmt.range);
        self.emit(Opcode::GET_AITER, 0);
        self.bind(start);
        let base = self.stack_base();
        self.push_handler(otherwise, base + 1, false);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_constant(Constant::None);
        self.compile_delegation();
        self.pop_handler();
        let below = self.handler_height();
        self.push_block(FrameBlockKind::ForLoop { start, exit }, below);
        self.compile_store(&for_stmt.target)?;
        self.compile_body(&for_stmt.body)?;
        self.pop_block();
        self.set_location(for_stmt.range);
        self.emit_jump(Opcode::JUMP, start);
        self.bind(otherwise);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.compile_body(&for_stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// The part `try`/`except` and `try`/`except*` share: the protected
    /// body, the `else` body and a jump to `end`, then the handler's entry
    /// (`PUSH_EXC_INFO`) with `cleanup` pushed for exceptions raised in the
    /// clauses. Returns the stack base and the handler height outside.
    fn compile_try_body(
        &mut self,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
        end: Label,
        cleanup: Label,
    ) -> Result<(u32, usize), SyntaxError> {
        let handler_label = self.new_label();
        let base = self.stack_base();
        let below = self.handler_height();
        self.push_handler(handler_label, base, false);
        self.push_block(FrameBlockKind::TryExcept, below);
        self.compile_body(body)?;
        self.pop_block();
        self.pop_handler();
        self.compile_body(orelse)?;
        self.emit_jump(Opcode::JUMP, end);

        self.bind(handler_label);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_handler(cleanup, base + 1, true);
        Ok((base, below))
    }

    fn compile_try_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> Result<(), SyntaxError> {
        let cleanup = self.new_label();
        let end = self.new_label();
        let (base, below) = self.compile_try_body(body, orelse, end, cleanup)?;
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.set_location(handler.range);
            let next = self.new_label();
            if let Some(type_) = &handler.type_ {
                self.compile_expr(type_)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            match &handler.name {
                Some(name) => {
                    let name = name.as_str();
                    self.name_op(name, NameContext::Store);
                    let cleanup_name = self.new_label();
                    self.push_handler(cleanup_name, base + 1, true);
                    self.push_block(FrameBlockKind::HandlerCleanup(Some(name.to_owned())), below);
                    self.compile_body(&handler.body)?;
                    self.pop_block();
                    self.pop_handler();
                    let outer_cleanup = self.pop_handler();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.clear_exception_name(name);
                    self.emit_jump(Opcode::JUMP, end);
                    self.resume_handler(outer_cleanup);
                    self.bind(cleanup_name);
                    self.clear_exception_name(name);
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.push_block(FrameBlockKind::HandlerCleanup(None), below);
                    self.compile_body(&handler.body)?;
                    self.pop_block();
                    let outer_cleanup = self.pop_handler();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_jump(Opcode::JUMP, end);
                    self.resume_handler(outer_cleanup);
                }
            }
            self.bind(next);
        }
        self.emit(Opcode::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `try` with `except*` clauses. The handler keeps
    /// `[prev_exc, orig, raised, rest]`: `rest` is what no clause has
    /// matched yet (`CHECK_EG_MATCH` splits it), `raised` collects what the
    /// clause bodies raise, and `PREP_RERAISE_STAR` makes the exception to
    /// re-raise from `orig`, `raised` and the final `rest`.
    fn compile_try_except_star(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> Result<(), SyntaxError> {
        let cleanup = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        let (base, below) = self.compile_try_body(body, orelse, end, cleanup)?;
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::SWAP, 2);
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.set_location(handler.range);
            let Some(type_) = &handler.type_ else {
                return Err(self.error("expected one or more exception types", handler.range));
            };
            let next = self.new_label();
            let matched = self.new_label();
            let body_failed = self.new_label();
            self.compile_expr(type_)?;
            self.emit(Opcode::CHECK_EG_MATCH, 0);
            self.emit(Opcode::COPY, 1);
            self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, matched);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Opcode::JUMP, next);
            self.bind(matched);
            let name = handler.name.as_ref().map(|name| name.as_str());
            match name {
                Some(name) => self.name_op(name, NameContext::Store),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.push_handler(body_failed, base + 4, true);
            self.push_block(FrameBlockKind::ExceptStarBody, below);
            self.compile_body(&handler.body)?;
            self.pop_block();
            self.pop_handler();
            if let Some(name) = name {
                self.clear_exception_name(name);
            }
            self.emit_jump(Opcode::JUMP, next);
            self.bind(body_failed);
            if let Some(name) = name {
                self.clear_exception_name(name);
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.bind(next);
        }
        self.emit(Opcode::LIST_APPEND, 1);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Opcode::JUMP, end);
        self.bind(reraise);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn emit_pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn compile_try_finally(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
        star: bool,
    ) -> Result<(), SyntaxError> {
        let finally_handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let base = self.stack_base();
        let below = self.handler_height();
        self.push_handler(finally_handler, base, false);
        self.push_block(FrameBlockKind::FinallyTry(finalbody), below);
        if handlers.is_empty() {
            self.compile_body(body)?;
        } else if star {
            self.compile_try_except_star(body, handlers, orelse)?;
        } else {
            self.compile_try_except(body, handlers, orelse)?;
        }
        self.pop_block();
        self.pop_handler();
        self.compile_body(finalbody)?;
        self.emit_jump(Opcode::JUMP, end);

        self.bind(finally_handler);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_handler(cleanup, base + 1, true);
        self.push_block(FrameBlockKind::FinallyEnd, below);
        self.compile_body(finalbody)?;
        self.pop_block();
        self.emit(Opcode::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `with`, or `async with` (`is_async`), whose `__aenter__()` and
    /// `__aexit__()` results are awaited.
    fn compile_with(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        is_async: bool,
    ) -> Result<(), SyntaxError> {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        let base = self.stack_base();
        let below = self.handler_height();
        self.compile_expr(&item.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.compile_await_of_top(1);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.push_handler(handler, base + 1, true);
        self.push_block(FrameBlockKind::With(is_async), below);
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.compile_with(rest, body, is_async)?;
        self.pop_block();
        self.pop_handler();
        self.set_location(item.context_expr.range());
        self.call_exit_with_nones();
        if is_async {
            self.compile_await_of_top(2);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, end);

        self.bind(handler);
        self.push_handler(cleanup, base + 3, true);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.compile_await_of_top(2);
        }
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, end);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn compile_assert(&mut self, assert: &'a ast::StmtAssert) -> Result<(), SyntaxError> {
        let end = self.new_label();
        self.jump_if(&assert.test, true, end)?;
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
        if let Some(msg) = &assert.msg {
            self.emit(Opcode::PUSH_NULL, 0);
            self.compile_expr(msg)?;
            self.emit(Opcode::CALL, 1);
        }
        self.set_location(assert.range);
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.bind(end);
        Ok(())
    }

    fn compile_import(&mut self, import: &'a ast::StmtImport) -> Result<(), SyntaxError> {
        for alias in &import.names {
            self.load_constant(Constant::Int(0.into()));
            self.load_constant(Constant::None);
            let name = self.add_name(alias.name.as_str());
            self.emit(Opcode::IMPORT_NAME, name);
            let dotted = alias.name.as_str();
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = dotted.split('.').collect();
                    if parts.len() > 1 {
                        for (index, part) in parts[1..].iter().enumerate() {
                            let attr = self.add_name(part);
                            self.emit(Opcode::IMPORT_FROM, attr);
                            if index + 2 < parts.len() {
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                        }
                        self.name_op(asname.as_str(), NameContext::Store);
                        self.emit(Opcode::POP_TOP, 0);
                    } else {
                        self.name_op(asname.as_str(), NameContext::Store);
                    }
                }
                None => {
                    let first = dotted.split('.').next().unwrap_or(dotted);
                    self.name_op(first, NameContext::Store);
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, import: &'a ast::StmtImportFrom) -> Result<(), SyntaxError> {
        let level = import.level.map_or(0, |level| level.to_u32());
        self.load_constant(Constant::Int(level.into()));
        let names: Vec<Constant> = import
            .names
            .iter()
            .map(|alias| Constant::Str(alias.name.as_str().to_owned()))
            .collect();
        self.load_constant(Constant::Tuple(names));
        let module = import.module.as_ref().map_or("", |module| module.as_str());
        let module = self.add_name(module);
        self.emit(Opcode::IMPORT_NAME, module);
        if import.names.iter().any(|alias| alias.name.as_str() == "*") {
            self.emit(Opcode::IMPORT_STAR, 0);
            return Ok(());
        }
        for alias in &import.names {
            let attr = self.add_name(alias.name.as_str());
            self.emit(Opcode::IMPORT_FROM, attr);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound.as_str(), NameContext::Store);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn compile_aug_assign(&mut self, assign: &'a ast::StmtAugAssign) -> Result<(), SyntaxError> {
        let op = expr::binary_operator(&assign.op).inplace();
        match assign.target.as_ref() {
            ast::Expr::Name(name) => {
                self.name_op(name.id.as_str(), NameContext::Load);
                self.compile_expr(&assign.value)?;
                self.set_location(assign.range);
                self.emit(Opcode::BINARY_OP, op as u32);
                self.name_op(name.id.as_str(), NameContext::Store);
            }
            ast::Expr::Attribute(attribute) => {
                self.compile_expr(&attribute.value)?;
                self.emit(Opcode::COPY, 1);
                let attr = self.mangle(attribute.attr.as_str());
                let attr = self.add_name(&attr);
                self.set_attribute_location(attribute);
                self.emit(Opcode::LOAD_ATTR, attr);
                self.compile_expr(&assign.value)?;
                self.set_location(assign.range);
                self.emit(Opcode::BINARY_OP, op as u32);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, attr);
            }
            ast::Expr::Subscript(subscript) => {
                self.compile_expr(&subscript.value)?;
                self.compile_expr(&subscript.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_location(subscript.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.compile_expr(&assign.value)?;
                self.set_location(assign.range);
                self.emit(Opcode::BINARY_OP, op as u32);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            other => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn compile_ann_assign(&mut self, assign: &'a ast::StmtAnnAssign) -> Result<(), SyntaxError> {
        if let Some(value) = &assign.value {
            self.compile_expr(value)?;
            self.compile_store(&assign.target)?;
        }
        let at_top = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
        match assign.target.as_ref() {
            ast::Expr::Name(name) if assign.simple => {
                if at_top {
                    self.compile_expr(&assign.annotation)?;
                    self.name_op("__annotations__", NameContext::Load);
                    let mangled = self.mangle(name.id.as_str());
                    self.load_constant(Constant::Str(mangled));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            target => {
                if assign.value.is_none() {
                    // The target's subexpressions are still evaluated, as CPython does.
                    match target {
                        ast::Expr::Attribute(attribute) => {
                            self.compile_expr(&attribute.value)?;
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        ast::Expr::Subscript(subscript) => {
                            self.compile_expr(&subscript.value)?;
                            self.emit(Opcode::POP_TOP, 0);
                            self.compile_expr(&subscript.slice)?;
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        _ => {}
                    }
                }
                if at_top {
                    self.compile_expr(&assign.annotation)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &'a ast::Expr) -> Result<(), SyntaxError> {
        self.set_location(target.range());
        match target {
            ast::Expr::Name(name) => self.name_op(name.id.as_str(), NameContext::Delete),
            ast::Expr::Attribute(attribute) => {
                self.compile_expr(&attribute.value)?;
                let attr = self.mangle(attribute.attr.as_str());
                let attr = self.add_name(&attr);
                self.set_attribute_location(attribute);
                self.emit(Opcode::DELETE_ATTR, attr);
            }
            ast::Expr::Subscript(subscript) => {
                self.compile_expr(&subscript.value)?;
                self.compile_expr(&subscript.slice)?;
                self.set_location(subscript.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for elt in elts {
                    self.compile_delete(elt)?;
                }
            }
            other => return Err(self.error("cannot delete expression", other.range())),
        }
        Ok(())
    }

    // ----- functions and classes -----

    /// Emits the defaults, keyword defaults and annotations of a function
    /// and returns the `MAKE_FUNCTION` flags they need.
    fn compile_function_extras(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> Result<u32, SyntaxError> {
        use crate::bytecode::make_function_flags::*;
        let mut flags = 0;
        let positional: Vec<&ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|arg| arg.default.as_deref())
            .collect();
        if !positional.is_empty() {
            if let Some(constants) = positional
                .iter()
                .map(|d| self.fold(d))
                .collect::<Option<Vec<_>>>()
            {
                self.load_constant(Constant::Tuple(constants));
            } else {
                for default in &positional {
                    self.compile_expr(default)?;
                }
                self.emit(Opcode::BUILD_TUPLE, positional.len() as u32);
            }
            flags |= DEFAULTS;
        }
        let mut keyword_names = Vec::new();
        for arg in &args.kwonlyargs {
            if let Some(default) = &arg.default {
                self.compile_expr(default)?;
                keyword_names.push(Constant::Str(self.mangle(arg.def.arg.as_str())));
            }
        }
        if !keyword_names.is_empty() {
            let count = keyword_names.len() as u32;
            self.load_constant(Constant::Tuple(keyword_names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, count);
            flags |= KW_DEFAULTS;
        }
        let mut annotation_names = Vec::new();
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .map(|arg| &arg.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|arg| &arg.def))
            .chain(args.kwarg.as_deref());
        for arg in all {
            if let Some(annotation) = &arg.annotation {
                self.compile_expr(annotation)?;
                annotation_names.push(Constant::Str(self.mangle(arg.arg.as_str())));
            }
        }
        if let Some(returns) = returns {
            self.compile_expr(returns)?;
            annotation_names.push(Constant::Str("return".into()));
        }
        if !annotation_names.is_empty() {
            let count = annotation_names.len() as u32;
            self.load_constant(Constant::Tuple(annotation_names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, count);
            flags |= ANNOTATIONS;
        }
        Ok(flags)
    }

    fn set_arguments(&mut self, args: &ast::Arguments) {
        let unit = self.unit();
        unit.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.posonly_arg_count = args.posonlyargs.len() as u32;
        unit.kwonly_arg_count = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            unit.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            unit.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Function-like flags of the current unit, from its symbol table entry.
    fn function_flags(&self, scope: ScopeId) -> u32 {
        let entry = self.table.scope(scope);
        let mut flags = code_flags::OPTIMIZED | code_flags::NEWLOCALS;
        flags |= match (entry.is_generator, entry.is_coroutine) {
            (false, false) => 0,
            (true, false) => code_flags::GENERATOR,
            (false, true) => code_flags::GENERATOR | code_flags::COROUTINE,
            (true, true) => code_flags::GENERATOR | code_flags::ASYNC_GENERATOR,
        };
        let parent_is_function = entry
            .parent
            .is_some_and(|parent| self.table.scope(parent).kind.is_function_like());
        if parent_is_function {
            flags |= code_flags::NESTED;
        }
        flags
    }

    /// Pushes the closure tuple of `code` (if it has free variables) and
    /// the code itself, then `MAKE_FUNCTION`.
    fn make_function(&mut self, code: CodeObject, mut flags: u32) -> Result<(), SyntaxError> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let index = self
                    .cell_index(name)
                    .ok_or_else(|| internal_error(&format!("no cell for free variable {name}")))?;
                self.emit(Opcode::LOAD_CLOSURE, index);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= crate::bytecode::make_function_flags::CLOSURE;
        }
        self.load_constant(Constant::Code(Rc::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    fn compile_decorators(&mut self, decorators: &'a [ast::Expr]) -> Result<(), SyntaxError> {
        for decorator in decorators {
            self.compile_expr(decorator)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [ast::Expr]) {
        for decorator in decorators.iter().rev() {
            self.set_location(decorator.range());
            self.emit(Opcode::CALL, 1);
        }
    }

    fn compile_function_def(&mut self, def: &FunctionParts<'a>) -> Result<(), SyntaxError> {
        let scope = self
            .table
            .scope_by_key(def.key)
            .ok_or_else(|| internal_error("function without a scope"))?;
        self.compile_decorators(def.decorator_list)?;
        let flags = self.compile_function_extras(def.args, def.returns)?;
        let qualname = self.qualname_for(def.name);
        // CPython's co_firstlineno is the first decorator's line.
        let first_line = match def.decorator_list.first() {
            Some(decorator) => self.location_of(decorator.range()).line,
            None => self.location_of(def.range).line,
        };
        self.push_unit(scope, def.name, qualname, first_line);
        self.set_arguments(def.args);
        let function_flags = self.function_flags(scope);
        self.unit().flags |= function_flags;
        let body = match docstring(def.body) {
            Some(doc) => {
                self.add_constant(Constant::Str(doc.to_owned()));
                &def.body[1..]
            }
            None => {
                self.add_constant(Constant::None);
                def.body
            }
        };
        self.compile_body(body)?;
        self.load_constant(Constant::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.pop_unit()?;
        self.set_location(def.range);
        self.make_function(code, flags)?;
        self.apply_decorators(def.decorator_list);
        self.name_op(def.name, NameContext::Store);
        Ok(())
    }

    pub(crate) fn compile_lambda(
        &mut self,
        lambda: &'a ast::ExprLambda,
    ) -> Result<(), SyntaxError> {
        let scope = self
            .table
            .scope_of(lambda)
            .ok_or_else(|| internal_error("lambda without a scope"))?;
        let flags = self.compile_function_extras(&lambda.args, None)?;
        let qualname = self.qualname_for("<lambda>");
        let first_line = self.location_of(lambda.range).line;
        self.push_unit(scope, "<lambda>", qualname, first_line);
        self.set_arguments(&lambda.args);
        let function_flags = self.function_flags(scope);
        self.unit().flags |= function_flags;
        self.add_constant(Constant::None);
        // A generator lambda returns its body's value too (CPython 3.11):
        // `lambda: (yield 1)` stops with what was sent.
        self.compile_expr(&lambda.body)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.pop_unit()?;
        self.set_location(lambda.range);
        self.make_function(code, flags)
    }

    fn compile_class_def(&mut self, class: &'a ast::StmtClassDef) -> Result<(), SyntaxError> {
        let scope = self
            .table
            .scope_of(class)
            .ok_or_else(|| internal_error("class without a scope"))?;
        self.compile_decorators(&class.decorator_list)?;
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        let qualname = self.qualname_for(class.name.as_str());
        let first_line = self.location_of(class.range).line;
        self.push_unit(scope, class.name.as_str(), qualname.clone(), first_line);
        self.name_op("__name__", NameContext::Load);
        self.name_op("__module__", NameContext::Store);
        self.load_constant(Constant::Str(qualname));
        self.name_op("__qualname__", NameContext::Store);
        let body = self.store_docstring(&class.body);
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.compile_body(body)?;
        if self.table.scope(scope).needs_class_cell {
            let index = self
                .cell_index("__class__")
                .ok_or_else(|| internal_error("class cell missing"))?;
            self.emit(Opcode::LOAD_CLOSURE, index);
            self.emit(Opcode::COPY, 1);
            let name = self.add_name("__classcell__");
            self.emit(Opcode::STORE_NAME, name);
        } else {
            self.load_constant(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.pop_unit()?;
        self.set_location(class.range);
        self.make_function(code, 0)?;
        self.load_constant(Constant::Str(class.name.as_str().to_owned()));
        self.compile_call_arguments(&class.bases, &class.keywords, 2)?;
        self.apply_decorators(&class.decorator_list);
        self.name_op(class.name.as_str(), NameContext::Store);
        Ok(())
    }
}

/// The docstring of a body: its first statement, if a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    let ast::Stmt::Expr(expr) = body.first()? else {
        return None;
    };
    match expr.value.as_ref() {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(text),
            ..
        }) => Some(text),
        _ => None,
    }
}

/// Whether control never continues after `stmt`, so the statements after
/// it in the same block are dead.
fn ends_flow(stmt: &ast::Stmt) -> bool {
    matches!(
        stmt,
        ast::Stmt::Return(_) | ast::Stmt::Raise(_) | ast::Stmt::Break(_) | ast::Stmt::Continue(_)
    )
}

/// Whether a module or class body has annotated simple names, so it needs
/// `__annotations__` (nested blocks count, nested scopes do not).
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        ast::Stmt::AnnAssign(assign) => assign.simple,
        ast::Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::If(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::With(s) => has_annotations(&s.body),
        ast::Stmt::Try(s) => {
            has_annotations(&s.body)
                || has_annotations(&s.orelse)
                || has_annotations(&s.finalbody)
                || s.handlers.iter().any(|handler| {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    has_annotations(&handler.body)
                })
        }
        _ => false,
    })
}

impl Unit<'_> {
    /// Resolves labels, runs the stack-depth flow analysis, drops
    /// unreachable code and builds the code object.
    fn assemble(self, filename: &str) -> Result<CodeObject, String> {
        let count = self.instructions.len();
        let mut targets = Vec::with_capacity(count);
        for instruction in &self.instructions {
            let target = match instruction.target {
                Some(label) => Some(
                    self.labels
                        .get(label.0)
                        .copied()
                        .flatten()
                        .ok_or("internal compiler error: unbound label")?,
                ),
                None => None,
            };
            targets.push(target);
        }
        let handler_targets: Vec<usize> = self
            .handlers
            .iter()
            .map(|handler| self.labels.get(handler.label.0).copied().flatten())
            .collect::<Option<Vec<_>>>()
            .ok_or("internal compiler error: unbound handler label")?;

        // Stack depth before each reachable instruction.
        let mut depths: Vec<Option<u32>> = vec![None; count];
        let mut worklist = vec![(0usize, 0u32)];
        let mut max_depth = 0u32;
        let propagate = |worklist: &mut Vec<(usize, u32)>, index: usize, depth: i64| {
            if depth < 0 {
                return Err("internal compiler error: negative stack depth".to_owned());
            }
            worklist.push((index, depth as u32));
            Ok(())
        };
        while let Some((index, depth)) = worklist.pop() {
            if index >= count {
                return Err("internal compiler error: control falls off the end".into());
            }
            match depths[index] {
                Some(known) if known == depth => continue,
                Some(known) => {
                    return Err(format!(
                        "internal compiler error: stack depth {known} and {depth} meet at instruction {index}"
                    ))
                }
                None => depths[index] = Some(depth),
            }
            max_depth = max_depth.max(depth);
            let instruction = &self.instructions[index];
            let effect = instruction.op.stack_effect(instruction.arg);
            if let Some(handler) = instruction.handler {
                let handler_info = self.handlers[handler];
                let entry = handler_info.depth + u32::from(handler_info.push_lasti) + 1;
                propagate(&mut worklist, handler_targets[handler], i64::from(entry))?;
            }
            if let Some(target) = targets[index] {
                propagate(
                    &mut worklist,
                    target,
                    i64::from(depth) + i64::from(effect.jump),
                )?;
            }
            if !instruction.op.is_terminator() {
                propagate(
                    &mut worklist,
                    index + 1,
                    i64::from(depth) + i64::from(effect.fallthrough),
                )?;
            }
        }
        for (index, depth) in depths.iter().enumerate() {
            if let Some(depth) = depth {
                let effect = self.instructions[index]
                    .op
                    .stack_effect(self.instructions[index].arg);
                let after = i64::from(*depth) + i64::from(effect.fallthrough.max(effect.jump));
                max_depth = max_depth.max(after.max(0) as u32);
            }
        }

        let mut new_index = vec![0u32; count + 1];
        let mut next = 0u32;
        for index in 0..count {
            new_index[index] = next;
            if depths[index].is_some() {
                next += 1;
            }
        }
        new_index[count] = next;
        if next > MAX_ARG {
            return Err("code too large".into());
        }
        let mut instructions = Vec::with_capacity(next as usize);
        let mut locations = Vec::with_capacity(next as usize);
        let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
        for index in (0..count).filter(|&index| depths[index].is_some()) {
            let instruction = &self.instructions[index];
            let position = new_index[index];
            let (mut op, mut arg) = (instruction.op, instruction.arg);
            if let Some(target) = targets[index] {
                arg = new_index[target];
                if op == Opcode::JUMP && arg <= position {
                    op = Opcode::JUMP_BACKWARD;
                }
            }
            if arg > MAX_ARG {
                return Err(match op.operand_kind() {
                    crate::bytecode::OperandKind::Const => "too many constants",
                    crate::bytecode::OperandKind::Name => "too many names",
                    crate::bytecode::OperandKind::Local => "too many local variables",
                    crate::bytecode::OperandKind::Free => "too many closure variables",
                    _ => "instruction argument too large",
                }
                .into());
            }
            instructions.push(encode(op, arg));
            locations.push(instruction.location);
            if let Some(handler) = instruction.handler {
                let info = self.handlers[handler];
                let target = new_index[handler_targets[handler]];
                match exception_table.last_mut() {
                    Some(entry)
                        if entry.end == position
                            && entry.target == target
                            && entry.depth == info.depth
                            && entry.push_lasti == info.push_lasti =>
                    {
                        entry.end = position + 1;
                    }
                    _ => exception_table.push(ExceptionTableEntry {
                        start: position,
                        end: position + 1,
                        target,
                        depth: info.depth,
                        push_lasti: info.push_lasti,
                    }),
                }
            }
        }

        crate::bytecode::fuse_superinstructions(&mut instructions);

        let mut flags = self.flags;
        if self.cellvars.is_empty() && self.freevars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let cellvar_args = self
            .cellvars
            .iter()
            .map(|name| {
                let params = self.arg_count
                    + self.kwonly_arg_count
                    + u32::from(self.flags & code_flags::VARARGS != 0)
                    + u32::from(self.flags & code_flags::VARKEYWORDS != 0);
                self.varnames
                    .iter()
                    .take(params as usize)
                    .position(|varname| varname == name)
                    .map(|index| index as u32)
            })
            .collect();
        let names_len = self.names.len();
        let plain = self.kwonly_arg_count == 0
            && flags & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR) == 0
            && flags & code_flags::OPTIMIZED != 0
            && self.cellvars.is_empty();
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.to_owned(),
            first_line: self.first_line,
            arg_count: self.arg_count,
            posonly_arg_count: self.posonly_arg_count,
            kwonly_arg_count: self.kwonly_arg_count,
            flags,
            varnames: self.varnames,
            cellvars: self.cellvars,
            cellvar_args,
            freevars: self.freevars,
            names: self.names,
            constants: self.constants,
            instructions,
            locations,
            exception_table,
            max_stack_depth: max_depth,
            plain_arity: plain.then_some(self.arg_count),
            caches: InlineCaches::new(names_len),
        })
    }
}

#[cfg(test)]
mod tests;
