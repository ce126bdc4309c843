//! `_inspect`: what the bundled `inspect` module needs to know about
//! generators that Python code cannot see (there are no frame objects).

use minnow_heap::Value;
use minnow_objects::layout;

use crate::runtime::iter::gen_state;
use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(vm, module, &[("generator_state", generator_state)])
}

/// `generator_state(g)`: "CREATED", "RUNNING", "SUSPENDED" or "CLOSED",
/// for generators, coroutines and async generators alike.
fn generator_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [g] = vm.exact_args::<1>(args, "generator_state")?;
    if !vm.is_layout(g, layout::GENERATOR) {
        let msg = format!("expected a generator, got {}", vm.type_name_of(g));
        return Err(vm.type_error(&msg));
    }
    let name = match vm.gen_state(g) {
        gen_state::CREATED => "CREATED",
        gen_state::RUNNING | gen_state::PARKED => "RUNNING",
        gen_state::SUSPENDED => "SUSPENDED",
        _ => "CLOSED",
    };
    vm.new_str(name)
}
