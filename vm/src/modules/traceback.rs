//! The `_traceback` module: the text of an exception as the uncaught
//! exception printer writes it, for the bundled `traceback` module.

use minnow_heap::Value;

use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

/// `format(exc)`: the chain, the traceback entries and the last line.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [exc] = vm.exact_args::<1>(args, "format")?;
    let text = crate::traceback::format_exception(vm, exc);
    vm.new_str(&text)
}

/// `format_only(exc)`: the `Type: message` line alone.
fn format_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [exc] = vm.exact_args::<1>(args, "format_only")?;
    let line = crate::traceback::exception_line(vm, exc);
    vm.new_str(&line)
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(
        vm,
        module,
        &[("format", format), ("format_only", format_only)],
    )
}
