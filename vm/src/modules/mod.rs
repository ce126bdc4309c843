//! Built-in modules, made on first import before `sys.path` is searched,
//! as CPython's built-in and frozen importers come before its path finder:
//! native ones (`gc`, `math`, `time`, `random`, `_os`, `_traceback`,
//! `_float_pack`, `_functools`) built in Rust, and bundled ones written in Python
//! (`lib/*.py`), compiled into the binary as source and run as a `.py` file
//! would be.

pub mod ast;
pub mod dis;
pub mod float_pack;
pub mod functools;
pub mod gc;
pub mod inspect;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
mod sha512;
pub mod time;
pub mod traceback;
pub mod unicodedata;
pub mod weakref;

use minnow_heap::Value;

use crate::runtime::natives::NativeFn;
use crate::runtime::{PyResult, Static, Vm};

/// Fills a new module's dict.
type Installer = fn(&mut Vm, Value) -> PyResult<()>;

fn installer(name: &str) -> Option<Installer> {
    Some(match name {
        "_ast" => ast::install,
        "_float_pack" => float_pack::install,
        "_functools" => functools::install,
        "_os" => os::install,
        "gc" => gc::install,
        "_dis" => dis::install,
        "_inspect" => inspect::install,
        "math" => math::install,
        "random" => random::install,
        "_re" => re::install,
        "time" => time::install,
        "_traceback" => traceback::install,
        "unicodedata" => unicodedata::install,
        "_weakref" => weakref::install,
        _ => return None,
    })
}

/// The modules written in Python: name and source.
const BUNDLED: &[(&str, &str)] = &[
    ("_complex", include_str!("lib/complex.py")),
    ("_thread", include_str!("lib/_thread.py")),
    ("_collections_user", include_str!("lib/collections_user.py")),
    ("_exceptiongroup", include_str!("lib/exceptiongroup.py")),
    ("_string", include_str!("lib/_string.py")),
    ("abc", include_str!("lib/abc.py")),
    ("ast", include_str!("lib/ast.py")),
    ("asyncio", include_str!("lib/asyncio.py")),
    ("asyncio.events", include_str!("lib/asyncio_events.py")),
    ("array", include_str!("lib/array.py")),
    ("bisect", include_str!("lib/bisect.py")),
    ("collections", include_str!("lib/collections.py")),
    ("collections.abc", include_str!("lib/collections_abc.py")),
    ("codecs", include_str!("lib/codecs.py")),
    ("contextlib", include_str!("lib/contextlib.py")),
    ("dis", include_str!("lib/dis.py")),
    ("doctest", include_str!("lib/doctest.py")),
    ("errno", include_str!("lib/errno.py")),
    ("copy", include_str!("lib/copy.py")),
    ("decimal", include_str!("lib/decimal.py")),
    ("fractions", include_str!("lib/fractions.py")),
    ("functools", include_str!("lib/functools.py")),
    ("heapq", include_str!("lib/heapq.py")),
    ("inspect", include_str!("lib/inspect.py")),
    ("io", include_str!("lib/io.py")),
    ("itertools", include_str!("lib/itertools.py")),
    ("locale", include_str!("lib/locale.py")),
    ("operator", include_str!("lib/operator.py")),
    ("os", include_str!("lib/os.py")),
    ("pickle", include_str!("lib/pickle.py")),
    ("platform", include_str!("lib/platform.py")),
    ("posixpath", include_str!("lib/posixpath.py")),
    ("re", include_str!("lib/re.py")),
    ("shutil", include_str!("lib/shutil.py")),
    ("stat", include_str!("lib/stat.py")),
    ("string", include_str!("lib/string.py")),
    ("struct", include_str!("lib/struct.py")),
    ("textwrap", include_str!("lib/textwrap.py")),
    ("tempfile", include_str!("lib/tempfile.py")),
    ("threading", include_str!("lib/threading.py")),
    ("traceback", include_str!("lib/traceback.py")),
    ("types", include_str!("lib/types.py")),
    ("typing", include_str!("lib/typing.py")),
    ("unittest", include_str!("lib/unittest.py")),
    ("unittest.mock", include_str!("lib/unittest_mock.py")),
    ("warnings", include_str!("lib/warnings.py")),
    ("weakref", include_str!("lib/weakref.py")),
];

/// Builtins written in Python, made on first use so that programs that
/// never use them do not pay for compiling them: name and bundled module.
const LAZY_BUILTINS: &[(&str, &str)] = &[
    ("complex", "_complex"),
    ("BaseExceptionGroup", "_exceptiongroup"),
    ("ExceptionGroup", "_exceptiongroup"),
];

/// A builtin of `LAZY_BUILTINS` looked up for the first time: imported,
/// entered in the builtins dict and returned; `None` for other names.
pub fn lazy_builtin(vm: &mut Vm, name: Value) -> PyResult<Option<Value>> {
    let text = vm.str_text(name);
    let Some(&(attr, module)) = LAZY_BUILTINS.iter().find(|(n, _)| *n == text) else {
        return Ok(None);
    };
    let value = bundled_attribute(vm, module, attr)?;
    vm.rooted(&[value], |vm, base| {
        let key = vm.intern(attr)?;
        let builtins = vm.stat(Static::BuiltinsDict);
        vm.dict_set(builtins, key, vm.stack[base])?;
        Ok(Some(vm.stack[base]))
    })
}

/// `module.attr` of a bundled module, importing it if needed.
pub fn bundled_attribute(vm: &mut Vm, module: &str, attr: &str) -> PyResult<Value> {
    let m = crate::import::import_module(vm, module)?;
    vm.rooted(&[m], |vm, base| {
        let key = vm.intern(attr)?;
        vm.getattr(vm.stack[base], key)
    })
}

/// The built-in module `name`, made and entered in `sys.modules`; `None`
/// if there is no built-in module of that name.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(install) = installer(name) else {
        return match BUNDLED.iter().find(|(n, _)| *n == name) {
            Some((_, source)) => {
                let parent = name.rsplit_once('.').map(|(parent, _)| parent);
                let is_package = BUNDLED.iter().any(|(n, _)| {
                    n.strip_prefix(name)
                        .is_some_and(|rest| rest.starts_with('.'))
                });
                let package = if is_package {
                    crate::import::Package::Bundled
                } else {
                    crate::import::Package::No
                };
                crate::import::load_source(vm, name, source, None, package, parent).map(Some)
            }
            None => Ok(None),
        };
    };
    let module = crate::import::new_module(vm, name)?;
    vm.rooted(&[module], |vm, base| {
        install(vm, vm.stack[base])?;
        let module = vm.stack[base];
        let key = vm.new_str(name)?;
        let modules = vm.stat(Static::Modules);
        vm.dict_set(modules, key, module)?;
        Ok(Some(module))
    })
}

/// Puts native functions in a module's dict.
pub fn add_functions(
    vm: &mut Vm,
    module: Value,
    functions: &[(&'static str, NativeFn)],
) -> PyResult<()> {
    for &(name, func) in functions {
        let f = vm.module_function(name, func)?;
        set(vm, module, name, f)?;
    }
    Ok(())
}

/// `module.name = value`.
pub fn set(vm: &mut Vm, module: Value, name: &str, value: Value) -> PyResult<()> {
    let dict = crate::import::module_dict(vm, module);
    let key = vm.intern(name)?;
    vm.dict_set(dict, key, value)
}
