//! `_functools`: the parts of `functools` that are builtin functions in
//! CPython, so that, stored in a class, they stay plain functions rather
//! than binding as methods: `reduce`, and `cmp_to_key`, whose key class is
//! made by the Python module (`functools._key_class`).

use minnow_heap::Value;

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [function, iterable, initial] = vm.range_args::<3>(args, 2, "reduce")?;
    let it = match vm.get_iter(iterable) {
        Ok(it) => it,
        Err(_) if vm.exception_matches(TypeId::TypeError) => {
            vm.take_exception();
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    // The function, the iterator and the running value stay rooted while
    // Python code runs.
    vm.rooted(&[function, it, initial], |vm, base| {
        if vm.stack[base + 2].is_empty() {
            match vm.next(vm.stack[base + 1])? {
                Some(first) => vm.stack[base + 2] = first,
                None => {
                    return Err(vm.type_error("reduce() of empty iterable with no initial value"))
                }
            }
        }
        while let Some(item) = vm.next(vm.stack[base + 1])? {
            let value = vm.call(vm.stack[base], &[vm.stack[base + 2], item])?;
            vm.stack[base + 2] = value;
        }
        Ok(vm.stack[base + 2])
    })
}

/// `cmp_to_key(mycmp)`: a key class whose instances compare by `mycmp`.
fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [keyword]) = vm.args_with_keywords(args, "cmp_to_key", ["mycmp"])?;
    let given = positional.len() + usize::from(keyword.is_some());
    if given > 1 {
        let msg = format!("cmp_to_key() takes at most 1 argument ({given} given)");
        return Err(vm.type_error(&msg));
    }
    let mycmp = match (positional.as_slice(), keyword) {
        (&[mycmp], None) | (&[], Some(mycmp)) => mycmp,
        _ => return Err(vm.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)")),
    };
    vm.rooted(&[mycmp], |vm, base| {
        let make = super::bundled_attribute(vm, "functools", "_key_class")?;
        vm.call(make, &[vm.stack[base]])
    })
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(
        vm,
        module,
        &[("reduce", reduce), ("cmp_to_key", cmp_to_key)],
    )
}
