//! The symbol table: which scope each name of each block belongs to.
//!
//! Built in two passes as in CPython: [`SymbolTableBuilder`] walks the AST
//! and records, per block (module, class, function, lambda,
//! comprehension), how each name is used; [`SymbolTable::analyze`] then
//! resolves every name to local, global (explicit or implicit), free or
//! cell, propagating free variables outwards. Class blocks are skipped when
//! resolving free variables of the functions nested in them, except for
//! `__class__`, which the class provides as a cell when a method uses
//! `super` or `__class__`.

use std::collections::{HashMap, HashSet};

use super::FunctionParts;
use crate::parser::ast::{self, Ranged};
use crate::parser::{SourceMap, SyntaxError, SyntaxErrorKind};

/// Index of a block in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like blocks keep their locals in slots.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// `Symbol::flags` bits.
pub mod symbol_flags {
    /// Bound by assignment, `del`, `for`, `with ... as`, `def`, `class`, `:=`.
    pub const ASSIGNED: u16 = 0x001;
    pub const PARAMETER: u16 = 0x002;
    /// Declared `global`.
    pub const GLOBAL: u16 = 0x004;
    /// Declared `nonlocal` (also a `:=` target seen from a comprehension).
    pub const NONLOCAL: u16 = 0x008;
    /// Read.
    pub const USED: u16 = 0x010;
    /// Bound by an import.
    pub const IMPORTED: u16 = 0x020;
    /// Annotated (`x: int`).
    pub const ANNOTATED: u16 = 0x040;
    /// Iteration variable of a comprehension.
    pub const COMPREHENSION_ITER: u16 = 0x080;
    /// A class-local name that is also free in a nested function, so the
    /// class body passes the enclosing cell through its own freevars.
    pub const FREE_CLASS: u16 = 0x100;
    /// Bound in the block.
    pub const BOUND: u16 = ASSIGNED | PARAMETER | IMPORTED;
}

use symbol_flags::*;

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u16,
    pub scope: SymbolScope,
}

/// One block.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    /// Symbols in order of first appearance.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    pub children: Vec<ScopeId>,
    /// Parameter names in slot order (see `CodeObject::varnames`).
    pub params: Vec<String>,
    pub is_generator: bool,
    /// `async def` functions and asynchronous comprehensions.
    pub is_coroutine: bool,
    /// Class blocks: some method needs the `__class__` cell.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            parent,
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&index| &self.symbols[index])
    }

    fn flags(&self, name: &str) -> u16 {
        self.lookup(name).map_or(0, |symbol| symbol.flags)
    }

    fn add_flags(&mut self, name: &str, flags: u16) {
        match self.index.get(name) {
            Some(&index) => self.symbols[index].flags |= flags,
            None => {
                self.index.insert(name.to_owned(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_owned(),
                    flags,
                    scope: SymbolScope::GlobalImplicit,
                });
            }
        }
    }

    /// Names with the given resolved scope, sorted (CPython's order for
    /// `co_cellvars` and `co_freevars`).
    pub fn sorted_names(&self, wanted: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|symbol| wanted(symbol))
            .map(|symbol| symbol.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// The analysed symbol table of one compilation.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Block of each scope-creating AST node, keyed by the node's address
    /// (the compiler walks the same, unmoved, AST).
    by_node: HashMap<usize, ScopeId>,
}

/// The key of a scope-creating AST node.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// Builds and analyses the table of a module body.
    pub fn for_module(body: &[ast::Stmt], map: &SourceMap) -> Result<SymbolTable, SyntaxError> {
        let mut builder = SymbolTableBuilder::new(map, ScopeKind::Module, "top");
        builder.visit_body(body)?;
        builder.finish()
    }

    /// Builds and analyses the table of an `eval` expression.
    pub fn for_expression(expr: &ast::Expr, map: &SourceMap) -> Result<SymbolTable, SyntaxError> {
        let mut builder = SymbolTableBuilder::new(map, ScopeKind::Module, "top");
        builder.visit_expr(expr)?;
        builder.finish()
    }

    /// The block an AST node (function, class, lambda, comprehension) opened.
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.scope_by_key(node_key(node))
    }

    pub fn scope_by_key(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The resolved scope of `name` in block `id`, if the block uses it.
    pub fn symbol_scope(&self, id: ScopeId, name: &str) -> Option<SymbolScope> {
        self.scopes[id].lookup(name).map(|symbol| symbol.scope)
    }

    fn analyze(
        &mut self,
        id: ScopeId,
        bound: &HashSet<String>,
        globals: &HashSet<String>,
        map: &SourceMap,
        positions: &HashMap<(ScopeId, String), ast::text_size::TextRange>,
    ) -> Result<HashSet<String>, SyntaxError> {
        let kind = self.scopes[id].kind;
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let mut child_globals = globals.clone();
        let mut declared_global = HashSet::new();
        for symbol in &mut self.scopes[id].symbols {
            let flags = symbol.flags;
            symbol.scope = if flags & GLOBAL != 0 {
                child_globals.insert(symbol.name.clone());
                declared_global.insert(symbol.name.clone());
                SymbolScope::GlobalExplicit
            } else if flags & NONLOCAL != 0 {
                if !bound.contains(&symbol.name) {
                    let range = positions
                        .get(&(id, symbol.name.clone()))
                        .copied()
                        .unwrap_or_default();
                    return Err(SyntaxError::at(
                        SyntaxErrorKind::SyntaxError,
                        format!("no binding for nonlocal '{}' found", symbol.name),
                        map,
                        range,
                    ));
                }
                free.insert(symbol.name.clone());
                SymbolScope::Free
            } else if flags & BOUND != 0 {
                local.insert(symbol.name.clone());
                child_globals.remove(&symbol.name);
                SymbolScope::Local
            } else if bound.contains(&symbol.name) {
                free.insert(symbol.name.clone());
                SymbolScope::Free
            } else {
                SymbolScope::GlobalImplicit
            };
        }
        let child_bound: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => {
                let mut names = bound.clone();
                names.insert("__class__".to_owned());
                names
            }
            // A name declared global here is global in the blocks nested
            // in this one too, unless they bind it themselves.
            _ => bound
                .union(&local)
                .filter(|name| !declared_global.contains(*name))
                .cloned()
                .collect(),
        };
        if kind == ScopeKind::Class {
            child_globals = globals.clone();
        }
        let mut child_free = HashSet::new();
        for child in self.scopes[id].children.clone() {
            let names = self.analyze(child, &child_bound, &child_globals, map, positions)?;
            child_free.extend(names);
        }
        let scope = &mut self.scopes[id];
        if kind.is_function_like() {
            for symbol in &mut scope.symbols {
                if symbol.scope == SymbolScope::Local && child_free.remove(&symbol.name) {
                    symbol.scope = SymbolScope::Cell;
                }
            }
        }
        if kind == ScopeKind::Class && child_free.remove("__class__") {
            scope.needs_class_cell = true;
        }
        let mut passed_up = HashSet::new();
        for name in child_free {
            match scope.index.get(&name) {
                Some(&index) => {
                    let symbol = &mut scope.symbols[index];
                    if kind == ScopeKind::Class && symbol.flags & (BOUND | GLOBAL) != 0 {
                        symbol.flags |= FREE_CLASS;
                        passed_up.insert(name);
                    } else if symbol.scope == SymbolScope::Free {
                        passed_up.insert(name);
                    }
                }
                None if bound.contains(&name) => {
                    scope.add_flags(&name, 0);
                    let index = scope.index[&name];
                    scope.symbols[index].scope = SymbolScope::Free;
                    passed_up.insert(name);
                }
                None => {}
            }
        }
        passed_up.extend(free);
        Ok(passed_up)
    }
}

/// Walks the AST and records name uses per block.
struct SymbolTableBuilder<'a> {
    map: &'a SourceMap<'a>,
    table: SymbolTable,
    /// Blocks being visited, innermost last.
    stack: Vec<ScopeId>,
    /// Per open block: loops around the current statement.
    loop_depths: Vec<u32>,
    /// Innermost enclosing class name, for private name mangling.
    class_names: Vec<Option<String>>,
    /// Where `nonlocal` declarations are, for the analysis errors.
    positions: HashMap<(ScopeId, String), ast::text_size::TextRange>,
}

/// Applies private name mangling (`__x` in class `C` is `_C__x`).
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class_name) = class_name else {
        return name.to_owned();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

impl<'a> SymbolTableBuilder<'a> {
    fn new(map: &'a SourceMap<'a>, kind: ScopeKind, name: &str) -> SymbolTableBuilder<'a> {
        SymbolTableBuilder {
            map,
            table: SymbolTable {
                scopes: vec![Scope::new(kind, name, None)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            loop_depths: vec![0],
            class_names: vec![None],
            positions: HashMap::new(),
        }
    }

    fn finish(mut self) -> Result<SymbolTable, SyntaxError> {
        let positions = std::mem::take(&mut self.positions);
        self.table
            .analyze(0, &HashSet::new(), &HashSet::new(), self.map, &positions)?;
        Ok(self.table)
    }

    fn error(&self, msg: impl Into<String>, range: ast::text_size::TextRange) -> SyntaxError {
        SyntaxError::at(SyntaxErrorKind::SyntaxError, msg, self.map, range)
    }

    fn current(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn current_scope(&mut self) -> &mut Scope {
        let id = self.current();
        &mut self.table.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.class_names.last().cloned().flatten().as_deref(), name)
    }

    fn add_def(
        &mut self,
        name: &str,
        flags: u16,
        range: ast::text_size::TextRange,
    ) -> Result<(), SyntaxError> {
        if name == "__debug__" && flags & (ASSIGNED | PARAMETER | IMPORTED) != 0 {
            return Err(self.error("cannot assign to __debug__", range));
        }
        let name = self.mangled(name);
        if flags & PARAMETER != 0 && self.current_scope().flags(&name) & PARAMETER != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        self.current_scope().add_flags(&name, flags);
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let parent = self.current();
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, Some(parent)));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        self.loop_depths.push(0);
        let class_name = match kind {
            ScopeKind::Class => Some(name.to_owned()),
            _ => self.class_names.last().cloned().flatten(),
        };
        self.class_names.push(class_name);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
        self.loop_depths.pop();
        self.class_names.pop();
    }

    fn visit_body(&mut self, body: &[ast::Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|stmt| self.visit_stmt(stmt))
    }

    fn visit_exprs<'e>(
        &mut self,
        exprs: impl IntoIterator<Item = &'e ast::Expr>,
    ) -> Result<(), SyntaxError> {
        exprs.into_iter().try_for_each(|expr| self.visit_expr(expr))
    }

    fn unsupported(&self, what: &str, range: ast::text_size::TextRange) -> SyntaxError {
        self.error(format!("{what} is not supported yet"), range)
    }

    fn visit_arguments_defaults(&mut self, args: &ast::Arguments) -> Result<(), SyntaxError> {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(default) = &arg.default {
                self.visit_expr(default)?;
            }
        }
        Ok(())
    }

    fn visit_annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&ast::Expr>,
    ) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|arg| &arg.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for arg in all {
            if let Some(annotation) = &arg.annotation {
                self.visit_expr(annotation)?;
            }
        }
        if let Some(returns) = returns {
            self.visit_expr(returns)?;
        }
        Ok(())
    }

    fn define_params(&mut self, args: &ast::Arguments) -> Result<(), SyntaxError> {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|arg| &arg.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for arg in ordered {
            self.add_def(arg.arg.as_str(), PARAMETER, arg.range)?;
            let name = self.mangled(arg.arg.as_str());
            self.current_scope().params.push(name);
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &ast::Stmt) -> Result<(), SyntaxError> {
        use ast::Stmt;
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function_def(&FunctionParts::of_def(def))?,
            Stmt::AsyncFunctionDef(def) => {
                self.visit_function_def(&FunctionParts::of_async_def(def))?
            }
            Stmt::ClassDef(class) => self.visit_class_def(class)?,
            Stmt::Return(ret) => {
                let kind = self.current_scope().kind;
                if !kind.is_function_like() {
                    return Err(self.error("'return' outside function", ret.range));
                }
                if let Some(value) = &ret.value {
                    self.visit_expr(value)?;
                }
            }
            Stmt::Delete(delete) => self.visit_exprs(&delete.targets)?,
            Stmt::Assign(assign) => {
                self.visit_exprs(&assign.targets)?;
                self.visit_expr(&assign.value)?;
            }
            Stmt::TypeAlias(alias) => return Err(self.error("invalid syntax", alias.range)),
            Stmt::AugAssign(assign) => {
                if let ast::Expr::Name(name) = assign.target.as_ref() {
                    self.add_def(name.id.as_str(), ASSIGNED | USED, name.range)?;
                } else {
                    self.visit_expr(&assign.target)?;
                }
                self.visit_expr(&assign.value)?;
            }
            Stmt::AnnAssign(assign) => self.visit_ann_assign(assign)?,
            Stmt::For(for_stmt) => {
                self.visit_expr(&for_stmt.target)?;
                self.visit_expr(&for_stmt.iter)?;
                self.visit_loop_body(&for_stmt.body)?;
                self.visit_body(&for_stmt.orelse)?;
            }
            Stmt::AsyncFor(for_stmt) => {
                self.require_coroutine("'async for'", for_stmt.range)?;
                self.visit_expr(&for_stmt.target)?;
                self.visit_expr(&for_stmt.iter)?;
                self.visit_loop_body(&for_stmt.body)?;
                self.visit_body(&for_stmt.orelse)?;
            }
            Stmt::While(while_stmt) => {
                self.visit_expr(&while_stmt.test)?;
                self.visit_loop_body(&while_stmt.body)?;
                self.visit_body(&while_stmt.orelse)?;
            }
            Stmt::If(if_stmt) => {
                self.visit_expr(&if_stmt.test)?;
                self.visit_body(&if_stmt.body)?;
                self.visit_body(&if_stmt.orelse)?;
            }
            Stmt::With(with) => self.visit_with(with)?,
            Stmt::AsyncWith(with) => {
                self.require_coroutine("'async with'", with.range)?;
                self.visit_with_items(&with.items, &with.body)?;
            }
            Stmt::Match(match_stmt) => {
                return Err(self.unsupported("the 'match' statement", match_stmt.range))
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.visit_expr(exc)?;
                }
                if let Some(cause) = &raise.cause {
                    self.visit_expr(cause)?;
                }
            }
            Stmt::Try(try_stmt) => self.visit_try(
                &try_stmt.body,
                &try_stmt.handlers,
                &try_stmt.orelse,
                &try_stmt.finalbody,
            )?,
            Stmt::TryStar(try_stmt) => self.visit_try(
                &try_stmt.body,
                &try_stmt.handlers,
                &try_stmt.orelse,
                &try_stmt.finalbody,
            )?,
            Stmt::Assert(assert) => {
                self.visit_expr(&assert.test)?;
                if let Some(msg) = &assert.msg {
                    self.visit_expr(msg)?;
                }
            }
            Stmt::Import(import) => self.visit_import(import)?,
            Stmt::ImportFrom(import) => self.visit_import_from(import)?,
            Stmt::Global(global) => self.visit_global(global)?,
            Stmt::Nonlocal(nonlocal) => self.visit_nonlocal(nonlocal)?,
            Stmt::Expr(expr) => self.visit_expr(&expr.value)?,
            Stmt::Pass(_) => {}
            Stmt::Break(brk) => {
                if self.loop_depths.last() == Some(&0) {
                    return Err(self.error("'break' outside loop", brk.range));
                }
            }
            Stmt::Continue(cont) => {
                if self.loop_depths.last() == Some(&0) {
                    return Err(self.error("'continue' not properly in loop", cont.range));
                }
            }
        }
        Ok(())
    }

    fn visit_function_def(&mut self, def: &FunctionParts) -> Result<(), SyntaxError> {
        if def.has_type_params {
            return Err(self.error("invalid syntax", def.range));
        }
        self.add_def(def.name, ASSIGNED, def.range)?;
        self.visit_exprs(def.decorator_list)?;
        self.visit_arguments_defaults(def.args)?;
        self.visit_annotations(def.args, def.returns)?;
        let id = self.enter(ScopeKind::Function, def.name, def.key);
        self.table.scopes[id].is_coroutine = def.is_async;
        self.define_params(def.args)?;
        self.visit_body(def.body)?;
        self.leave();
        Ok(())
    }

    fn visit_class_def(&mut self, class: &ast::StmtClassDef) -> Result<(), SyntaxError> {
        if !class.type_params.is_empty() {
            return Err(self.error("invalid syntax", class.range));
        }
        self.add_def(class.name.as_str(), ASSIGNED, class.range)?;
        self.visit_exprs(&class.decorator_list)?;
        self.visit_exprs(&class.bases)?;
        for keyword in &class.keywords {
            self.visit_expr(&keyword.value)?;
        }
        self.enter(ScopeKind::Class, class.name.as_str(), node_key(class));
        self.visit_body(&class.body)?;
        self.leave();
        Ok(())
    }

    fn visit_ann_assign(&mut self, assign: &ast::StmtAnnAssign) -> Result<(), SyntaxError> {
        if let ast::Expr::Name(name) = assign.target.as_ref() {
            let mangled = self.mangled(name.id.as_str());
            let flags = self.current_scope().flags(&mangled);
            if flags & (GLOBAL | NONLOCAL) != 0 && assign.simple {
                let which = if flags & GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(self.error(
                    format!("annotated name '{mangled}' can't be {which}"),
                    name.range,
                ));
            }
            let flags = if assign.simple {
                ANNOTATED | ASSIGNED
            } else {
                ASSIGNED
            };
            self.add_def(name.id.as_str(), flags, name.range)?;
        } else {
            self.visit_expr(&assign.target)?;
        }
        self.visit_expr(&assign.annotation)?;
        if let Some(value) = &assign.value {
            self.visit_expr(value)?;
        }
        Ok(())
    }

    fn visit_try(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
    ) -> Result<(), SyntaxError> {
        self.visit_body(body)?;
        let count = handlers.len();
        for (index, handler) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            match &handler.type_ {
                Some(type_) => self.visit_expr(type_)?,
                None if index + 1 < count => {
                    return Err(self.error("default 'except:' must be last", handler.range))
                }
                None => {}
            }
            if let Some(name) = &handler.name {
                self.add_def(name.as_str(), ASSIGNED, handler.range)?;
            }
            self.visit_body(&handler.body)?;
        }
        self.visit_body(orelse)?;
        self.visit_body(finalbody)?;
        Ok(())
    }

    fn visit_import_from(&mut self, import: &ast::StmtImportFrom) -> Result<(), SyntaxError> {
        for alias in &import.names {
            if alias.name.as_str() == "*" {
                if self.current_scope().kind != ScopeKind::Module {
                    return Err(self.error("import * only allowed at module level", import.range));
                }
                continue;
            }
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.add_def(bound.as_str(), IMPORTED, alias.range)?;
        }
        Ok(())
    }

    fn visit_global(&mut self, global: &ast::StmtGlobal) -> Result<(), SyntaxError> {
        for name in &global.names {
            let mangled = self.mangled(name.as_str());
            let flags = self.current_scope().flags(&mangled);
            let problem = if flags & PARAMETER != 0 {
                Some("is parameter and global")
            } else if flags & NONLOCAL != 0 {
                Some("is nonlocal and global")
            } else if flags & USED != 0 {
                Some("is used prior to global declaration")
            } else if flags & ANNOTATED != 0 {
                Some("is annotated and global")
            } else if flags & (ASSIGNED | IMPORTED) != 0 {
                Some("is assigned to before global declaration")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(self.error(format!("name '{mangled}' {problem}"), global.range));
            }
            self.current_scope().add_flags(&mangled, GLOBAL);
            // As in CPython, the module block sees the name as declared
            // global too: its own stores then go to the globals even when
            // they are not its locals (exec with two namespaces).
            if self.table.scopes[0].kind == ScopeKind::Module {
                self.table.scopes[0].add_flags(&mangled, GLOBAL);
            }
        }
        Ok(())
    }

    fn visit_nonlocal(&mut self, nonlocal: &ast::StmtNonlocal) -> Result<(), SyntaxError> {
        if self.current_scope().kind == ScopeKind::Module {
            return Err(self.error(
                "nonlocal declaration not allowed at module level",
                nonlocal.range,
            ));
        }
        for name in &nonlocal.names {
            let mangled = self.mangled(name.as_str());
            let flags = self.current_scope().flags(&mangled);
            let problem = if flags & PARAMETER != 0 {
                Some("is parameter and nonlocal")
            } else if flags & GLOBAL != 0 {
                Some("is nonlocal and global")
            } else if flags & USED != 0 {
                Some("is used prior to nonlocal declaration")
            } else if flags & ANNOTATED != 0 {
                Some("is annotated and nonlocal")
            } else if flags & (ASSIGNED | IMPORTED) != 0 {
                Some("is assigned to before nonlocal declaration")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(self.error(format!("name '{mangled}' {problem}"), nonlocal.range));
            }
            let id = self.current();
            self.positions.insert((id, mangled.clone()), nonlocal.range);
            self.current_scope().add_flags(&mangled, NONLOCAL);
        }
        Ok(())
    }

    fn visit_import(&mut self, import: &ast::StmtImport) -> Result<(), SyntaxError> {
        for alias in &import.names {
            let bound = match &alias.asname {
                Some(asname) => asname.as_str(),
                None => alias.name.as_str().split('.').next().unwrap_or(""),
            };
            self.add_def(bound, IMPORTED, alias.range)?;
        }
        Ok(())
    }

    fn visit_with(&mut self, with: &ast::StmtWith) -> Result<(), SyntaxError> {
        self.visit_with_items(&with.items, &with.body)
    }

    fn visit_with_items(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
    ) -> Result<(), SyntaxError> {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            if let Some(vars) = &item.optional_vars {
                self.visit_expr(vars)?;
            }
        }
        self.visit_body(body)?;
        Ok(())
    }

    /// `async for`, `async with` and `await` only appear in coroutines
    /// (`async def` bodies and asynchronous comprehensions).
    fn require_coroutine(
        &mut self,
        what: &str,
        range: ast::text_size::TextRange,
    ) -> Result<(), SyntaxError> {
        let scope = self.current_scope();
        if scope.is_coroutine {
            return Ok(());
        }
        let (kind, is_generator) = (scope.kind, scope.is_generator);
        let msg = match (kind, what) {
            (ScopeKind::Comprehension, "'await'") if self.in_coroutine() || is_generator => {
                self.current_scope().is_coroutine = true;
                return Ok(());
            }
            (ScopeKind::Comprehension, "'await'") => {
                "asynchronous comprehension outside of an asynchronous function".into()
            }
            (ScopeKind::Module | ScopeKind::Class, "'await'") => "'await' outside function".into(),
            (_, "'await'") => "'await' outside async function".into(),
            _ => format!("{what} outside async function"),
        };
        Err(self.error(msg, range))
    }

    /// Whether the innermost enclosing function is an `async def`.
    fn in_coroutine(&self) -> bool {
        for &id in self.stack.iter().rev() {
            let scope = &self.table.scopes[id];
            if scope.kind != ScopeKind::Comprehension {
                return scope.is_coroutine;
            }
        }
        false
    }

    fn visit_loop_body(&mut self, body: &[ast::Stmt]) -> Result<(), SyntaxError> {
        if let Some(depth) = self.loop_depths.last_mut() {
            *depth += 1;
        }
        let result = self.visit_body(body);
        if let Some(depth) = self.loop_depths.last_mut() {
            *depth = depth.saturating_sub(1);
        }
        result
    }

    /// Dispatches on the expression kind; the larger cases have their own
    /// methods so that this frame, on the stack once per nesting level,
    /// stays small even in unoptimised builds.
    fn visit_expr(&mut self, expr: &ast::Expr) -> Result<(), SyntaxError> {
        use ast::Expr;
        match expr {
            Expr::BoolOp(op) => self.visit_exprs(&op.values),
            Expr::NamedExpr(named) => {
                self.visit_expr(&named.value)?;
                self.visit_named_target(&named.target)
            }
            Expr::BinOp(op) => self.visit_bin_op(op),
            Expr::UnaryOp(op) => self.visit_expr(&op.operand),
            Expr::Lambda(lambda) => self.visit_lambda(lambda),
            Expr::IfExp(if_exp) => {
                self.visit_expr(&if_exp.test)?;
                self.visit_expr(&if_exp.body)?;
                self.visit_expr(&if_exp.orelse)
            }
            Expr::Dict(dict) => self.visit_dict(dict),
            Expr::Set(set) => self.visit_exprs(&set.elts),
            Expr::ListComp(comp) => self.visit_comprehension(
                node_key(comp),
                "<listcomp>",
                &comp.generators,
                &[&comp.elt],
                false,
            ),
            Expr::SetComp(comp) => self.visit_comprehension(
                node_key(comp),
                "<setcomp>",
                &comp.generators,
                &[&comp.elt],
                false,
            ),
            Expr::DictComp(comp) => self.visit_comprehension(
                node_key(comp),
                "<dictcomp>",
                &comp.generators,
                &[&comp.key, &comp.value],
                false,
            ),
            Expr::GeneratorExp(comp) => self.visit_comprehension(
                node_key(comp),
                "<genexpr>",
                &comp.generators,
                &[&comp.elt],
                true,
            ),
            Expr::Await(await_expr) => {
                self.require_coroutine("'await'", await_expr.range)?;
                self.visit_expr(&await_expr.value)
            }
            Expr::Yield(yield_expr) => {
                self.mark_generator(yield_expr.range)?;
                match &yield_expr.value {
                    Some(value) => self.visit_expr(value),
                    None => Ok(()),
                }
            }
            Expr::YieldFrom(yield_from) => {
                self.mark_generator(yield_from.range)?;
                if self.current_scope().is_coroutine {
                    return Err(self.error("'yield from' inside async function", yield_from.range));
                }
                self.visit_expr(&yield_from.value)
            }
            Expr::Compare(compare) => {
                self.visit_expr(&compare.left)?;
                self.visit_exprs(&compare.comparators)
            }
            Expr::Call(call) => self.visit_call(call),
            Expr::FormattedValue(value) => {
                self.visit_expr(&value.value)?;
                match &value.format_spec {
                    Some(spec) => self.visit_expr(spec),
                    None => Ok(()),
                }
            }
            Expr::JoinedStr(joined) => self.visit_exprs(&joined.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(attribute) => self.visit_expr(&attribute.value),
            Expr::Subscript(subscript) => {
                self.visit_expr(&subscript.value)?;
                self.visit_expr(&subscript.slice)
            }
            Expr::Starred(starred) => self.visit_expr(&starred.value),
            Expr::Name(name) => self.visit_name(name),
            Expr::List(list) => self.visit_exprs(&list.elts),
            Expr::Tuple(tuple) => self.visit_exprs(&tuple.elts),
            Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
        }
    }

    /// Long chains like `a + b + c + ...` nest on the left; they are
    /// walked iteratively, in source order.
    fn visit_bin_op(&mut self, op: &ast::ExprBinOp) -> Result<(), SyntaxError> {
        let mut rights = vec![&op.right];
        let mut left = &op.left;
        while let ast::Expr::BinOp(inner) = left.as_ref() {
            rights.push(&inner.right);
            left = &inner.left;
        }
        self.visit_expr(left)?;
        for right in rights.into_iter().rev() {
            self.visit_expr(right)?;
        }
        Ok(())
    }

    fn visit_lambda(&mut self, lambda: &ast::ExprLambda) -> Result<(), SyntaxError> {
        self.visit_arguments_defaults(&lambda.args)?;
        self.enter(ScopeKind::Lambda, "<lambda>", node_key(lambda));
        self.define_params(&lambda.args)?;
        self.visit_expr(&lambda.body)?;
        self.leave();
        Ok(())
    }

    fn visit_dict(&mut self, dict: &ast::ExprDict) -> Result<(), SyntaxError> {
        for (key, value) in dict.keys.iter().zip(&dict.values) {
            if let Some(key) = key {
                self.visit_expr(key)?;
            }
            self.visit_expr(value)?;
        }
        Ok(())
    }

    fn visit_call(&mut self, call: &ast::ExprCall) -> Result<(), SyntaxError> {
        self.visit_expr(&call.func)?;
        self.visit_exprs(&call.args)?;
        for keyword in &call.keywords {
            self.visit_expr(&keyword.value)?;
        }
        Ok(())
    }

    fn visit_name(&mut self, name: &ast::ExprName) -> Result<(), SyntaxError> {
        let flags = match name.ctx {
            ast::ExprContext::Load => USED,
            ast::ExprContext::Store | ast::ExprContext::Del => ASSIGNED,
        };
        if name.ctx == ast::ExprContext::Del && name.id.as_str() == "__debug__" {
            return Err(self.error("cannot delete __debug__", name.range));
        }
        self.add_def(name.id.as_str(), flags, name.range)?;
        if flags == USED
            && name.id.as_str() == "super"
            && self.current_scope().kind.is_function_like()
        {
            self.current_scope().add_flags("__class__", USED);
        }
        Ok(())
    }

    fn mark_generator(&mut self, range: ast::text_size::TextRange) -> Result<(), SyntaxError> {
        let scope = self.current_scope();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.error("'yield' outside function", range))
            }
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.error(format!("'yield' inside {what}"), range))
            }
            ScopeKind::Function | ScopeKind::Lambda => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    fn visit_comprehension(
        &mut self,
        key: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elements: &[&ast::Expr],
        is_generator: bool,
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        let is_async = generators.iter().any(|comp| comp.is_async);
        if is_async && !is_generator && !self.in_coroutine() {
            let range = first.iter.range();
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            ));
        }
        for element in elements {
            if let ast::Expr::Starred(starred) = element {
                return Err(self.error(
                    "iterable unpacking cannot be used in comprehension",
                    starred.range,
                ));
            }
        }
        self.visit_expr(&first.iter)?;
        let id = self.enter(ScopeKind::Comprehension, name, key);
        self.table.scopes[id].is_generator = is_generator;
        self.table.scopes[id].is_coroutine = is_async;
        self.current_scope().add_flags(".0", PARAMETER);
        self.current_scope().params.push(".0".to_owned());
        for (index, comp) in generators.iter().enumerate() {
            if index > 0 {
                self.visit_expr(&comp.iter)?;
            }
            self.visit_comprehension_target(&comp.target)?;
            self.visit_exprs(&comp.ifs)?;
        }
        for element in elements {
            self.visit_expr(element)?;
        }
        self.leave();
        Ok(())
    }

    fn visit_comprehension_target(&mut self, target: &ast::Expr) -> Result<(), SyntaxError> {
        match target {
            ast::Expr::Name(name) => {
                self.add_def(name.id.as_str(), ASSIGNED | COMPREHENSION_ITER, name.range)
            }
            ast::Expr::Tuple(tuple) => tuple
                .elts
                .iter()
                .try_for_each(|elt| self.visit_comprehension_target(elt)),
            ast::Expr::List(list) => list
                .elts
                .iter()
                .try_for_each(|elt| self.visit_comprehension_target(elt)),
            ast::Expr::Starred(starred) => self.visit_comprehension_target(&starred.value),
            other => self.visit_expr(other),
        }
    }

    /// `:=` binds in the nearest enclosing function or module block, even
    /// from inside comprehensions.
    fn visit_named_target(&mut self, target: &ast::Expr) -> Result<(), SyntaxError> {
        let ast::Expr::Name(name) = target else {
            return self.visit_expr(target);
        };
        let id = name.id.as_str();
        if self.current_scope().kind != ScopeKind::Comprehension {
            return self.add_def(id, ASSIGNED, name.range);
        }
        for &scope_id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[scope_id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags(id) & COMPREHENSION_ITER != 0 {
                        return Err(self.error(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{id}'"
                            ),
                            name.range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let declared_global = scope.flags(id) & GLOBAL != 0;
                    let marker = if declared_global { GLOBAL } else { NONLOCAL };
                    self.current_scope().add_flags(id, marker);
                    self.table.scopes[scope_id].add_flags(id, ASSIGNED);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.current_scope().add_flags(id, GLOBAL);
                    self.table.scopes[scope_id].add_flags(id, GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => return Err(self.error(
                    "assignment expression within a comprehension cannot be used in a class body",
                    name.range,
                )),
            }
        }
        Ok(())
    }
}
