//! `mappingproxy` (layout MAPPINGPROXY: `mapping`): the read-only view of
//! a mapping that `cls.__dict__` and `vars(cls)` give, so Python code
//! cannot change a class's dict behind the type caches. Every operation
//! reads through to the mapping; there is no way to write.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const MAPPINGPROXY_METHODS: Methods = &[
    ("__new__", proxy_new),
    ("__getitem__", proxy_getitem),
    ("__contains__", proxy_contains),
    ("__iter__", proxy_iter),
    ("__len__", proxy_len),
    ("__reversed__", proxy_reversed),
    ("__repr__", proxy_repr),
    ("__str__", proxy_str),
    ("get", proxy_get),
    ("keys", proxy_keys),
    ("values", proxy_values),
    ("items", proxy_items),
    ("copy", proxy_copy),
];

/// A new read-only view of `mapping`.
pub fn new_proxy(vm: &mut Vm, mapping: Value) -> PyResult<Value> {
    let base = vm.stack.len();
    vm.stack.push(mapping);
    let proxy = vm.alloc(layout::MAPPINGPROXY, field::MAPPINGPROXY::COUNT);
    let mapping = vm.stack[base];
    vm.stack.truncate(base);
    let proxy = proxy?;
    vm.heap
        .set_field(proxy, field::MAPPINGPROXY::mapping, mapping);
    Ok(proxy.value())
}

fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [mapping]) = vm.args_with_keywords(args, "mappingproxy", ["mapping"])?;
    let mapping = match (positional.get(1), mapping) {
        (Some(&m), None) | (None, Some(m)) => m,
        _ => {
            let msg = "mappingproxy() missing required argument 'mapping' (pos 1)";
            return Err(vm.type_error(msg));
        }
    };
    let is_mapping = !vm.is_layout(mapping, layout::LIST)
        && !vm.is_layout(mapping, layout::TUPLE)
        && vm.lookup_special(mapping, "__getitem__")?.is_some()
        && vm.lookup_special(mapping, "keys")?.is_some();
    if !is_mapping {
        let msg = format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name_of(mapping)
        );
        return Err(vm.type_error(&msg));
    }
    new_proxy(vm, mapping)
}

/// The proxied mapping of receiver `proxy`.
fn mapping_of(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let proxy = vm.positional(args).first().copied().unwrap_or(Value::EMPTY);
    match vm.obj_of(proxy, layout::MAPPINGPROXY) {
        Some(p) => Ok(vm.heap.field(p, field::MAPPINGPROXY::mapping)),
        None => {
            let msg = format!(
                "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
                vm.type_name_of(proxy)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `proxy.name(*args)` as `mapping.name(*args)`.
fn forward(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<Value> {
    let mapping = mapping_of(vm, args, name)?;
    let rest = vm.positional(args)[1..].to_vec();
    vm.call_method(mapping, name, &rest)
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "__getitem__")
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "__contains__")
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "__iter__")
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "__len__")
}

fn proxy_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mapping = mapping_of(vm, args, "__reversed__")?;
    let builtins = vm.stat(crate::runtime::Static::BuiltinsDict);
    let reversed = super::dict_get_str(vm, builtins, "reversed").expect("a builtin");
    vm.call(reversed, &[mapping])
}

fn proxy_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "get")
}

fn proxy_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "keys")
}

fn proxy_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "values")
}

fn proxy_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "items")
}

fn proxy_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "copy")
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapping_of(vm, args, "__repr__")?;
    let text = repr(vm, vm.positional(args)[0])?;
    vm.new_str(&text)
}

/// `repr(proxy)`.
pub fn repr(vm: &mut Vm, proxy: Value) -> PyResult<String> {
    let p = proxy.as_obj().expect("a mappingproxy");
    let mapping = vm.heap.field(p, field::MAPPINGPROXY::mapping);
    let inner = vm.repr(mapping)?;
    Ok(format!("mappingproxy({})", vm.str_text(inner)))
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mapping = mapping_of(vm, args, "__str__")?;
    vm.to_str(mapping)
}
