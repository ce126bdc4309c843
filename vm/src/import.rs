//! Modules and imports: `.py` files and packages found on `sys.path`,
//! relative imports, `exec`/`eval`/`compile`, and running compiled code.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use minnow_heap::Value;
use minnow_objects::{self as objects, field, layout};

use crate::builtins::{dict_get_str, sys::sys_attr};
use crate::code::CodeObject;
use crate::compiler::{compile, Mode};
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{Frame, FrameExit, PyResult, Static, Vm};

pub fn new_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let name_str = vm.new_str(name)?;
    let dict = vm.new_dict()?;
    let key = vm.intern_static("__name__")?;
    vm.dict_set(dict, key, name_str)?;
    let key = vm.intern_static("__doc__")?;
    vm.dict_set(dict, key, Value::NONE)?;
    let m = vm.alloc(layout::MODULE, field::MODULE::COUNT)?;
    vm.heap.set_field(m, field::MODULE::name, name_str);
    vm.heap.set_field(m, field::MODULE::dict, dict);
    Ok(m.value())
}

pub fn module_dict(vm: &Vm, m: Value) -> Value {
    vm.heap
        .field(m.as_obj().expect("a module"), field::MODULE::dict)
}

/// Runs `code` with the given globals and locals mapping; its result.
pub fn run_code(
    vm: &mut Vm,
    code: Rc<CodeObject>,
    globals: Value,
    locals: Value,
) -> PyResult<Value> {
    if !dict_get_str(vm, globals, "__builtins__").is_some() {
        let key = vm.intern_static("__builtins__")?;
        let builtins = vm.stat(Static::BuiltinsDict);
        vm.dict_set(globals, key, builtins)?;
    }
    let base_depth = vm.stack.len();
    vm.stack.extend_from_slice(&[globals, locals]);
    let code_obj = vm.code_object(Rc::clone(&code));
    let (globals, locals) = (vm.stack[base_depth], vm.stack[base_depth + 1]);
    let code_obj = match code_obj {
        Ok(c) => c,
        Err(e) => {
            vm.stack.truncate(base_depth);
            return Err(e);
        }
    };
    let base = vm.stack.len();
    vm.stack.resize(base + code.varnames.len(), Value::EMPTY);
    for _ in 0..code.cellvars.len() {
        let cell = vm.alloc(layout::CELL, field::CELL::COUNT)?;
        vm.stack.push(cell.value());
    }
    vm.frames.push(Frame {
        code,
        code_obj,
        function: Value::EMPTY,
        globals,
        locals,
        instance: Value::EMPTY,
        generator: Value::EMPTY,
        base,
        return_to: base,
        pc: 0,
        exit: FrameExit::ToNative,
    });
    let r = vm.run_nested();
    vm.stack.truncate(base_depth);
    r
}

/// Compiles source, turning a syntax error into a raised SyntaxError.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<CodeObject>> {
    vm.sources.insert(
        filename.to_string(),
        Rc::new(source.lines().map(str::to_string).collect()),
    );
    compile(source, filename, mode).map_err(|e| raise_parse_error(vm, &e))
}

/// Raises a compile-time error as its Python exception class.
pub fn raise_parse_error(vm: &mut Vm, e: &crate::parser::SyntaxError) -> crate::runtime::Raised {
    let class = match e.kind.class_name() {
        "IndentationError" => TypeId::IndentationError,
        "TabError" => TypeId::TabError,
        "RecursionError" => TypeId::RecursionError,
        _ => TypeId::SyntaxError,
    };
    raise_syntax_error(vm, class, e)
}

fn raise_syntax_error(
    vm: &mut Vm,
    class: TypeId,
    e: &crate::parser::SyntaxError,
) -> crate::runtime::Raised {
    let detail = (|| -> PyResult<Value> {
        let filename = vm.new_str(&e.filename)?;
        // CPython's text is the whole source line, newline included.
        let text = match &e.text {
            Some(t) => vm.new_str(&format!("{t}\n"))?,
            None => Value::NONE,
        };
        let msg = vm.new_str(&e.msg)?;
        let (end_line, end_column) = match e.end {
            Some((l, c)) => (
                Value::small_int_const(l as i64),
                Value::small_int_const(c as i64),
            ),
            None => (Value::NONE, Value::NONE),
        };
        let info = vm.new_tuple(&[
            filename,
            Value::small_int_const(e.line as i64),
            Value::small_int_const(e.column as i64),
            text,
            end_line,
            end_column,
        ])?;
        let exc = vm.new_exception(vm.ty(class), &[msg, info])?;
        let d = vm.instance_dict(exc, true)?.expect("exceptions have dicts");
        for (name, v) in [
            ("msg", msg),
            ("filename", filename),
            ("lineno", Value::small_int_const(e.line as i64)),
            ("offset", Value::small_int_const(e.column as i64)),
            ("text", text),
            ("end_lineno", end_line),
            ("end_offset", end_column),
        ] {
            let key = vm.intern(name)?;
            vm.dict_set(d, key, v)?;
        }
        Ok(exc)
    })();
    match detail {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

/// The directories a top-level import searches: `sys.path`.
fn search_path(vm: &Vm) -> Vec<String> {
    let Some(path) = sys_attr(vm, "path") else {
        return vec![];
    };
    let Some(list) = vm.obj_of(path, layout::LIST) else {
        return vec![];
    };
    objects::list::items(&vm.heap, list)
        .iter()
        .filter(|v| vm.is_layout(**v, layout::STR))
        .map(|v| vm.str_text(*v).to_string())
        .collect()
}

/// Imports `fullname` (dotted, absolute) and returns the module.
pub fn import_module(vm: &mut Vm, fullname: &str) -> PyResult<Value> {
    if let Some(m) = dict_get_str(vm, vm.stat(Static::Modules), fullname) {
        return Ok(m);
    }
    let (parent, leaf) = match fullname.rsplit_once('.') {
        Some((p, l)) => (Some(p.to_string()), l.to_string()),
        None => (None, fullname.to_string()),
    };
    let dirs = match &parent {
        Some(p) => {
            let parent_module = import_module(vm, p)?;
            // The parent's __init__ may have imported this module (and,
            // running, moved `sys.modules`).
            if let Some(m) = dict_get_str(vm, vm.stat(Static::Modules), fullname) {
                return Ok(m);
            }
            // A bundled submodule (`collections.abc`) of a bundled module.
            if let Some(m) = crate::modules::load(vm, fullname)? {
                return Ok(m);
            }
            let d = module_dict(vm, parent_module);
            match dict_get_str(vm, d, "__path__") {
                Some(path) => objects::list::items(&vm.heap, path.as_obj().expect("a list"))
                    .iter()
                    .map(|v| vm.str_text(*v).to_string())
                    .collect(),
                None => {
                    let msg = format!("No module named '{fullname}'; '{p}' is not a package");
                    return Err(raise_import_error(
                        vm,
                        TypeId::ModuleNotFoundError,
                        &msg,
                        fullname,
                    ));
                }
            }
        }
        None => {
            if let Some(m) = crate::modules::load(vm, fullname)? {
                return Ok(m);
            }
            search_path(vm)
        }
    };
    for dir in dirs {
        let dir = if dir.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(dir)
        };
        let package_init = dir.join(&leaf).join("__init__.py");
        let file = dir.join(format!("{leaf}.py"));
        if package_init.is_file() {
            return load_file(
                vm,
                fullname,
                &package_init,
                Package::Directory(&dir.join(&leaf)),
                parent.as_deref(),
            );
        }
        if file.is_file() {
            return load_file(vm, fullname, &file, Package::No, parent.as_deref());
        }
    }
    let msg = format!("No module named '{fullname}'");
    Err(raise_import_error(
        vm,
        TypeId::ModuleNotFoundError,
        &msg,
        fullname,
    ))
}

/// Raises an ImportError (or subclass) with its `name` attribute.
fn raise_import_error(vm: &mut Vm, class: TypeId, msg: &str, name: &str) -> crate::runtime::Raised {
    let exc = (|| {
        let m = vm.new_str(msg)?;
        let exc = vm.new_exception(vm.ty(class), &[m])?;
        let d = vm.instance_dict(exc, true)?.expect("exceptions have dicts");
        let key = vm.intern_static("name")?;
        let name = vm.new_str(name)?;
        vm.dict_set(d, key, name)?;
        Ok(exc)
    })();
    match exc {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

fn load_file(
    vm: &mut Vm,
    fullname: &str,
    file: &Path,
    package: Package,
    parent: Option<&str>,
) -> PyResult<Value> {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            let msg = format!("{}: {e}", file.display());
            return Err(vm.raise_msg(TypeId::ImportError, &msg));
        }
    };
    let filename = file.display().to_string();
    load_source(vm, fullname, &source, Some(&filename), package, parent)
}

/// Whether a module made from source is a package, and where its
/// submodules are searched.
pub enum Package<'a> {
    No,
    /// `__init__.py` of a directory: `__path__` is that directory.
    Directory(&'a Path),
    /// Bundled in the binary: `__path__` is empty, as its submodules are
    /// bundled too.
    Bundled,
}

/// Makes the module `fullname` from Python source, entered in
/// `sys.modules` while it runs. `file` is its `__file__`; a module without
/// one (bundled in the binary) is compiled as `<frozen NAME>`.
pub fn load_source(
    vm: &mut Vm,
    fullname: &str,
    source: &str,
    file: Option<&str>,
    package: Package,
    parent: Option<&str>,
) -> PyResult<Value> {
    let module = new_module(vm, fullname)?;
    let dict = module_dict(vm, module);
    let package_name = match package {
        Package::No => parent.unwrap_or(""),
        Package::Directory(_) | Package::Bundled => fullname,
    };
    let key = vm.intern_static("__package__")?;
    let value = vm.new_str(package_name)?;
    vm.dict_set(dict, key, value)?;
    let filename = match file {
        Some(f) => {
            let key = vm.intern_static("__file__")?;
            let value = vm.new_str(f)?;
            vm.dict_set(dict, key, value)?;
            f.to_string()
        }
        None => format!("<frozen {fullname}>"),
    };
    let path = match package {
        Package::No => None,
        Package::Directory(dir) => {
            let p = vm.new_str(&dir.display().to_string())?;
            Some(vm.new_list(&[p])?)
        }
        Package::Bundled => Some(vm.new_list(&[])?),
    };
    if let Some(path) = path {
        let key = vm.intern_static("__path__")?;
        vm.dict_set(dict, key, path)?;
    }
    let modules = vm.stat(Static::Modules);
    let name = vm.new_str(fullname)?;
    vm.dict_set(modules, name, module)?;
    let base = vm.stack.len();
    vm.stack.push(module);
    let result = compile_source(vm, source, &filename, Mode::Exec).and_then(|code| {
        run_code(
            vm,
            code,
            module_dict(vm, vm.stack[base]),
            module_dict(vm, vm.stack[base]),
        )
    });
    let module = vm.stack[base];
    vm.stack.truncate(base);
    if let Err(e) = result {
        let modules = vm.stat(Static::Modules);
        let name = vm.new_str(fullname)?;
        let _ = vm.dict_del(modules, name);
        return Err(e);
    }
    if let Some(p) = parent {
        let parent_module = import_module(vm, p)?;
        let leaf = fullname.rsplit('.').next().expect("a dotted name");
        let key = vm.intern(leaf)?;
        let d = module_dict(vm, parent_module);
        vm.dict_set(d, key, module)?;
    }
    Ok(module)
}

/// The absolute name for a relative import of `name` at `level`.
fn resolve_name(vm: &mut Vm, name: &str, globals: Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package =
        match dict_get_str(vm, globals, "__package__").filter(|p| vm.is_layout(*p, layout::STR)) {
            Some(p) => vm.str_text(p).to_string(),
            None => {
                let module = dict_get_str(vm, globals, "__name__")
                    .map(|n| vm.str_text(n).to_string())
                    .unwrap_or_default();
                if dict_get_str(vm, globals, "__path__").is_some() {
                    module
                } else {
                    module
                        .rsplit_once('.')
                        .map(|p| p.0.to_string())
                        .unwrap_or_default()
                }
            }
        };
    if package.is_empty() {
        return Err(vm.raise_msg(
            TypeId::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level - 1 >= parts.len() {
        return Err(vm.raise_msg(
            TypeId::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    parts.truncate(parts.len() - (level - 1));
    let mut base = parts.join(".");
    if !name.is_empty() {
        base.push('.');
        base.push_str(name);
    }
    Ok(base)
}

/// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
pub fn import_name(
    vm: &mut Vm,
    name: Value,
    globals: Value,
    fromlist: Value,
    level: Value,
) -> PyResult<Value> {
    let text = vm.str_text(name).to_string();
    let level = level.as_small_int().unwrap_or(0).max(0) as usize;
    let fullname = resolve_name(vm, &text, globals, level)?;
    let module = import_module(vm, &fullname)?;
    let has_fromlist = fromlist != Value::NONE && vm.truthy(fromlist)?;
    if has_fromlist || level > 0 && text.is_empty() {
        return Ok(module);
    }
    if level > 0 {
        let top = &text[..text.find('.').unwrap_or(text.len())];
        let full_top = resolve_name(vm, top, globals, level)?;
        return import_module(vm, &full_top);
    }
    let top = fullname.split('.').next().expect("a name");
    import_module(vm, top)
}

/// `IMPORT_FROM`: `module.name`, importing the submodule if needed.
pub fn import_from(vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
    match vm.getattr_opt(module, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        // A module `__getattr__` that refuses the name: try a submodule.
        Err(_) if vm.exception_matches(TypeId::AttributeError) => {
            vm.take_exception();
        }
        Err(e) => return Err(e),
    }
    let module_name = if vm.is_layout(module, layout::MODULE) {
        let n = vm
            .heap
            .field(module.as_obj().expect("a module"), field::MODULE::name);
        vm.str_text(n).to_string()
    } else {
        String::new()
    };
    let full = format!("{module_name}.{}", vm.str_text(name));
    match import_module(vm, &full) {
        Ok(m) => Ok(m),
        // Only the submodule's own absence becomes "cannot import name";
        // a module it failed to import is reported as itself.
        Err(_)
            if vm.exception_matches(TypeId::ModuleNotFoundError)
                && missing_module_is(vm, &full)? =>
        {
            vm.take_exception();
            let msg = format!(
                "cannot import name '{}' from '{module_name}'",
                vm.str_text(name)
            );
            Err(raise_import_error(
                vm,
                TypeId::ImportError,
                &msg,
                &module_name,
            ))
        }
        Err(e) => Err(e),
    }
}

/// True when the pending ModuleNotFoundError is about `name` itself.
fn missing_module_is(vm: &mut Vm, name: &str) -> PyResult<bool> {
    let exc = vm.take_exception();
    let (found, exc) = vm.rooted(&[exc], |vm, base| {
        let found = (|| {
            let key = vm.intern_static("name")?;
            let missing = vm.getattr_opt(vm.stack[base], key)?;
            Ok(missing.is_some_and(|v| vm.is_layout(v, layout::STR) && vm.str_text(v) == name))
        })();
        (found, vm.stack[base])
    });
    if vm.exception.is_empty() {
        vm.exception = exc;
    }
    found
}

/// `from module import *` into `target`.
pub fn import_star(vm: &mut Vm, module: Value, target: Value) -> PyResult<()> {
    let dict = module_dict(vm, module);
    let names: Vec<Value> = match dict_get_str(vm, dict, "__all__") {
        Some(all) => crate::builtins::functions::collect(vm, all)?,
        None => objects::dict::items(&vm.heap, dict.as_obj().expect("a dict"))
            .iter()
            .map(|p| p.0)
            .filter(|k| vm.is_layout(*k, layout::STR) && !vm.str_text(*k).starts_with('_'))
            .collect(),
    };
    let base = vm.stack.len();
    vm.stack.push(module);
    vm.stack.push(target);
    vm.stack.extend_from_slice(&names);
    let result = (|| {
        for i in 0..names.len() {
            let name = vm.stack[base + 2 + i];
            let v = vm.getattr(vm.stack[base], name)?;
            vm.dict_set(vm.stack[base + 1], name, v)?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    result
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [name_kw, globals_kw, _locals, fromlist_kw, level_kw]) = vm
        .args_with_keywords(
            args,
            "__import__",
            ["name", "globals", "locals", "fromlist", "level"],
        )?;
    if !positional.is_empty() && name_kw.is_some() {
        let msg = "argument for __import__() given by name ('name') and position (1)";
        return Err(vm.type_error(msg));
    }
    let Some(name) = positional.first().copied().or(name_kw) else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    if !vm.is_layout(name, layout::STR) {
        return Err(vm.type_error("module name must be a string"));
    }
    if vm.str_text(name).is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let globals = positional
        .get(1)
        .copied()
        .or(globals_kw)
        .filter(|g| vm.is_layout(*g, layout::DICT));
    let globals = match globals {
        Some(g) => g,
        None => vm.new_dict()?,
    };
    let fromlist = positional
        .get(3)
        .copied()
        .or(fromlist_kw)
        .unwrap_or(Value::NONE);
    let level = positional
        .get(4)
        .copied()
        .or(level_kw)
        .unwrap_or(Value::small_int_const(0));
    import_name(vm, name, globals, fromlist, level)
}

/// The globals and locals for `exec`/`eval`: the caller's when not given.
fn namespaces(vm: &mut Vm, globals: Value, locals: Value, func: &str) -> PyResult<(Value, Value)> {
    let globals = if globals.is_empty() || globals == Value::NONE {
        match vm.frames.last() {
            Some(f) => {
                if locals.is_empty() || locals == Value::NONE {
                    // A function's variables, as `locals()` shows them.
                    let l = crate::builtins::functions::frame_locals(vm)?;
                    let g = vm.frames.last().expect("a frame").globals;
                    return Ok((g, l));
                }
                f.globals
            }
            None => vm.new_dict()?,
        }
    } else {
        if !vm.is_layout(globals, layout::DICT) {
            let msg = if func == "eval" {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!(
                    "{func}() globals must be a dict, not {}",
                    vm.type_name_of(globals)
                )
            };
            return Err(vm.type_error(&msg));
        }
        globals
    };
    if !locals.is_empty()
        && locals != Value::NONE
        && vm.lookup_special(locals, "__getitem__")?.is_none()
    {
        return Err(vm.type_error("locals must be a mapping"));
    }
    let locals = if locals.is_empty() || locals == Value::NONE {
        globals
    } else {
        locals
    };
    Ok((globals, locals))
}

fn source_text(vm: &mut Vm, source: Value, func: &str) -> PyResult<Option<String>> {
    if vm.is_layout(source, layout::STR) {
        return Ok(Some(vm.str_text(source).to_string()));
    }
    if matches!(
        vm.layout_of(source),
        Some(layout::BYTES | layout::BYTEARRAY)
    ) {
        return Ok(Some(
            String::from_utf8_lossy(crate::builtins::bytes::bytes_of(vm, source)).into_owned(),
        ));
    }
    if vm.is_layout(source, layout::CODE) {
        return Ok(None);
    }
    let what = if func == "compile" { "AST" } else { "code" };
    let msg = format!("{func}() arg 1 must be a string, bytes or {what} object");
    Err(vm.type_error(&msg))
}

pub fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, globals, locals] = vm.range_args::<3>(args, 1, "exec")?;
    let (globals, locals) = namespaces(vm, globals, locals, "exec")?;
    let code = match source_text(vm, source, "exec")? {
        Some(text) => {
            let base = vm.stack.len();
            vm.stack.extend_from_slice(&[globals, locals]);
            let code = compile_source(vm, &text, "<string>", Mode::Exec);
            vm.stack.truncate(base);
            code?
        }
        None => code_without_free_variables(vm, source, "exec")?,
    };
    run_code(vm, code, globals, locals)?;
    Ok(Value::NONE)
}

pub fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, globals, locals] = vm.range_args::<3>(args, 1, "eval")?;
    let (globals, locals) = namespaces(vm, globals, locals, "eval")?;
    let code = match source_text(vm, source, "eval")? {
        Some(text) => {
            let base = vm.stack.len();
            vm.stack.extend_from_slice(&[globals, locals]);
            let code = compile_source(
                vm,
                text.trim_start_matches([' ', '\t']),
                "<string>",
                Mode::Eval,
            );
            vm.stack.truncate(base);
            code?
        }
        None => code_without_free_variables(vm, source, "eval")?,
    };
    run_code(vm, code, globals, locals)
}

/// The code of a code object given to exec() or eval(), which have no
/// closure to give it: one that needs free variables is refused, with
/// CPython's message for each.
fn code_without_free_variables(vm: &mut Vm, source: Value, func: &str) -> PyResult<Rc<CodeObject>> {
    let code = vm.code_of(source);
    let free = code.freevars.len();
    if free > 0 {
        let msg = if func == "exec" {
            format!("code object requires a closure of exactly length {free}")
        } else {
            format!("code object passed to {func}() may not contain free variables")
        };
        return Err(vm.type_error(&msg));
    }
    Ok(code)
}

/// `compile()`'s flag asking for the syntax tree instead of code.
const PYCF_ONLY_AST: i64 = 0x400;

pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, keywords) = vm.args_with_keywords(
        args,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let mut given = [None; 3];
    for (i, slot) in given.iter_mut().enumerate() {
        *slot = positional.get(i).copied().or(keywords[i]);
    }
    let names = ["source", "filename", "mode"];
    let mut values = [Value::NONE; 3];
    for i in 0..3 {
        match given[i] {
            Some(v) => values[i] = v,
            None => {
                let msg = format!(
                    "compile() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    let [source, filename, mode] = values;
    let flags = match positional.get(3).copied().or(keywords[3]) {
        Some(flags) => vm.as_index(flags)?,
        None => 0,
    };
    let is_text = matches!(
        vm.layout_of(source),
        Some(layout::STR | layout::BYTES | layout::BYTEARRAY)
    );
    let is_code = vm.is_layout(source, layout::CODE);
    if flags & PYCF_ONLY_AST != 0 || !(is_text || is_code) {
        // Trees are made and read by the bundled `ast` module.
        let mut call_args = [Value::NONE; 6];
        call_args[..3].copy_from_slice(&values);
        call_args[3] = Value::small_int_const(flags);
        call_args[4] = positional
            .get(4)
            .copied()
            .or(keywords[4])
            .unwrap_or(Value::FALSE);
        call_args[5] = positional
            .get(5)
            .copied()
            .or(keywords[5])
            .unwrap_or(Value::small_int_const(-1));
        return vm.rooted(&call_args, |vm, base| {
            let compile_tree = crate::modules::bundled_attribute(vm, "ast", "_compile")?;
            let call_args = vm.stack[base..base + 6].to_vec();
            vm.call(compile_tree, &call_args)
        });
    }
    let text = match source_text(vm, source, "compile")? {
        Some(t) => t,
        None => {
            let msg = "compile() arg 1 must be a string, bytes or AST object";
            return Err(vm.type_error(msg));
        }
    };
    let filename = vm.str_string(filename)?;
    let mode = match vm.str_string(mode)?.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = compile_source(vm, &text, &filename, mode)?;
    if mode == Mode::Single && !single_statement(&text) {
        let e = crate::parser::SyntaxError {
            kind: crate::parser::SyntaxErrorKind::SyntaxError,
            msg: "multiple statements found while compiling a single statement".into(),
            filename,
            line: 1,
            column: 1,
            end: None,
            text: text.lines().next().map(str::to_string),
        };
        return Err(raise_syntax_error(vm, TypeId::SyntaxError, &e));
    }
    vm.code_object(code)
}

/// Whether `single`-mode source holds one statement: one simple-statement
/// line, or one compound statement whose body is indented below it.
fn single_statement(text: &str) -> bool {
    let mut lines = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let Some(first) = lines.next() else {
        return true;
    };
    let compound = first.trim_end().ends_with(':');
    lines.all(|l| {
        let indented = l.starts_with([' ', '\t']);
        let continuation = ["else", "elif", "except", "finally", "case"]
            .iter()
            .any(|k| l.starts_with(k));
        compound && (indented || continuation)
    })
}
