//! Built-in modules, made on first import before `sys.path` is searched,
//! as CPython's built-in and frozen importers come before its path finder:
//! native ones (`gc`, `math`, `time`, `random`, `_os`) built in Rust, and bundled ones
//! written in Python (`lib/*.py`), compiled into the binary as source and
//! run as a `.py` file would be.

pub mod gc;
pub mod math;
pub mod os;
pub mod random;
mod sha512;
pub mod time;
pub mod weakref;

use minnow_heap::Value;

use crate::runtime::natives::NativeFn;
use crate::runtime::{PyResult, Static, Vm};

/// Fills a new module's dict.
type Installer = fn(&mut Vm, Value) -> PyResult<()>;

fn installer(name: &str) -> Option<Installer> {
    Some(match name {
        "_os" => os::install,
        "gc" => gc::install,
        "math" => math::install,
        "random" => random::install,
        "time" => time::install,
        "_weakref" => weakref::install,
        _ => return None,
    })
}

/// The modules written in Python: name and source.
const BUNDLED: &[(&str, &str)] = &[
    ("collections", include_str!("lib/collections.py")),
    ("functools", include_str!("lib/functools.py")),
    ("io", include_str!("lib/io.py")),
    ("itertools", include_str!("lib/itertools.py")),
    ("operator", include_str!("lib/operator.py")),
    ("os", include_str!("lib/os.py")),
    ("posixpath", include_str!("lib/posixpath.py")),
    ("string", include_str!("lib/string.py")),
    ("types", include_str!("lib/types.py")),
    ("weakref", include_str!("lib/weakref.py")),
];

/// The built-in module `name`, made and entered in `sys.modules`; `None`
/// if there is no built-in module of that name.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(install) = installer(name) else {
        return match BUNDLED.iter().find(|(n, _)| *n == name) {
            Some((_, source)) => {
                crate::import::load_source(vm, name, source, None, None, None).map(Some)
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
        let f = vm.native_function(name, func)?;
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
