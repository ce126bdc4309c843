//! Code objects' attributes (`co_name`, `co_varnames`, ...) and repr.

use minnow_heap::Value;
use minnow_objects::field;

use crate::runtime::{PyResult, Vm};

fn str_tuple(vm: &mut Vm, names: &[String]) -> PyResult<Value> {
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        items.push(vm.new_str(n)?);
    }
    vm.new_tuple(&items)
}

/// A `co_*` attribute of a code object; `None` for other names.
pub fn code_attribute(vm: &mut Vm, code: Value, name: &str) -> PyResult<Option<Value>> {
    let c = vm.code_of(code);
    let small = |n: u32| Ok(Some(Value::small_int_const(n as i64)));
    match name {
        "co_name" => vm.new_str(&c.name).map(Some),
        "co_qualname" => vm.new_str(&c.qualname).map(Some),
        "co_filename" => vm.new_str(&c.filename).map(Some),
        "co_firstlineno" => small(c.first_line),
        "co_argcount" => small(c.arg_count),
        "co_posonlyargcount" => small(c.posonly_arg_count),
        "co_kwonlyargcount" => small(c.kwonly_arg_count),
        "co_flags" => small(c.python_flags()),
        "co_nlocals" => small(c.varnames.len() as u32),
        "co_stacksize" => small(c.max_stack_depth),
        "co_varnames" => str_tuple(vm, &c.varnames).map(Some),
        "co_cellvars" => str_tuple(vm, &c.cellvars).map(Some),
        "co_freevars" => str_tuple(vm, &c.freevars).map(Some),
        "co_names" => str_tuple(vm, &c.names).map(Some),
        "co_consts" => {
            let obj = code.as_obj().expect("a code object");
            Ok(Some(vm.heap.field(obj, field::CODE::consts)))
        }
        _ => Ok(None),
    }
}

/// `<code object NAME at 0x..., file "FILE", line N>`.
pub fn code_repr(vm: &mut Vm, code: Value) -> String {
    let c = vm.code_of(code);
    let id = vm.heap.identity(code.as_obj().expect("a code object"));
    format!(
        "<code object {} at {id:#x}, file \"{}\", line {}>",
        c.name, c.filename, c.first_line
    )
}
