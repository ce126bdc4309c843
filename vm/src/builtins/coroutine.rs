//! The methods of coroutines, async generators and their awaitables
//! (the machinery is in `runtime::coro`).

use minnow_heap::Value;

use super::function::{gen_close, gen_send, gen_throw, thrown_exception};
use super::Methods;
use crate::runtime::coro::gen_kind;
use crate::runtime::iter::kind;
use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

pub const COROUTINE_METHODS: Methods = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__await__", coroutine_await),
];

pub const ASYNC_GENERATOR_METHODS: Methods = &[
    ("__aiter__", return_self),
    ("__anext__", async_gen_anext),
    ("asend", async_gen_asend),
    ("athrow", async_gen_athrow),
    ("aclose", async_gen_aclose),
];

/// `coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`.
pub const AWAITABLE_METHODS: Methods = &[
    ("__await__", return_self),
    ("__iter__", return_self),
    ("__next__", awaitable_next),
    ("send", awaitable_send),
    ("throw", awaitable_throw),
    ("close", awaitable_close),
];

fn return_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.positional(args)[0])
}

fn receiver_of(vm: &mut Vm, v: Value, k: u64, type_name: &str, method: &str) -> PyResult<Value> {
    if vm.is_gen_kind(v, k) {
        return Ok(v);
    }
    Err(super::wrong_receiver(vm, type_name, method, v))
}

fn coroutine_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, []) = vm.method_args::<0>(args, "__await__")?;
    let c = receiver_of(vm, c, gen_kind::COROUTINE, "coroutine", "__await__")?;
    vm.new_coroutine_wrapper(c)
}

fn async_gen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, []) = vm.method_args::<0>(args, "__anext__")?;
    let g = receiver_of(
        vm,
        g,
        gen_kind::ASYNC_GENERATOR,
        "async_generator",
        "__anext__",
    )?;
    vm.new_asend(g, Value::NONE)
}

fn async_gen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, [v]) = vm.method_args::<1>(args, "asend")?;
    let g = receiver_of(vm, g, gen_kind::ASYNC_GENERATOR, "async_generator", "asend")?;
    vm.new_asend(g, v)
}

fn async_gen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, [exc, value, _tb]) = vm.method_range_args::<3>(args, 1, "athrow")?;
    receiver_of(
        vm,
        g,
        gen_kind::ASYNC_GENERATOR,
        "async_generator",
        "athrow",
    )?;
    let exc = thrown_exception(vm, exc, value)?;
    // Making the exception may have collected, moving the generator.
    let g = vm.stack[args.base];
    vm.new_athrow(g, exc)
}

fn async_gen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, []) = vm.method_args::<0>(args, "aclose")?;
    let g = receiver_of(
        vm,
        g,
        gen_kind::ASYNC_GENERATOR,
        "async_generator",
        "aclose",
    )?;
    vm.new_athrow(g, Value::NONE)
}

fn awaitable_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<Value> {
    if vm.is_native_awaitable(v) {
        return Ok(v);
    }
    let msg = format!(
        "descriptor '{method}' requires an awaitable object but received a '{}'",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

fn awaitable_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (aw, []) = vm.method_args::<0>(args, "__next__")?;
    let aw = awaitable_of(vm, aw, "__next__")?;
    let r = vm.awaitable_step(aw, Value::NONE, None)?;
    vm.stop_with(r)
}

fn awaitable_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (aw, [v]) = vm.method_args::<1>(args, "send")?;
    let aw = awaitable_of(vm, aw, "send")?;
    let r = vm.awaitable_step(aw, v, None)?;
    vm.stop_with(r)
}

fn awaitable_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (aw, [exc, value, _tb]) = vm.method_range_args::<3>(args, 1, "throw")?;
    awaitable_of(vm, aw, "throw")?;
    let exc = thrown_exception(vm, exc, value)?;
    // Making the exception may have collected, moving the awaitable.
    let aw = vm.stack[args.base];
    let r = vm.awaitable_step(aw, Value::NONE, Some(exc))?;
    vm.stop_with(r)
}

fn awaitable_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (aw, []) = vm.method_args::<0>(args, "close")?;
    let aw = awaitable_of(vm, aw, "close")?;
    vm.close_awaitable(aw)?;
    Ok(Value::NONE)
}

/// `aiter(x)`.
pub fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = vm.exact_args::<1>(args, "aiter")?;
    if vm.lookup_special(x, "__aiter__")?.is_none() && !vm.is_gen_kind(x, gen_kind::ASYNC_GENERATOR)
    {
        let msg = format!("'{}' object is not an async iterable", vm.type_name_of(x));
        return Err(vm.type_error(&msg));
    }
    vm.get_aiter(x)
}

/// `anext(aiter[, default])`: the awaitable of `aiter.__anext__()`; with a
/// default, one that gives the default instead of StopAsyncIteration.
pub fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [aiter, default] = vm.range_args::<2>(args, 1, "anext")?;
    if !vm.is_gen_kind(aiter, gen_kind::ASYNC_GENERATOR)
        && vm.lookup_special(aiter, "__anext__")?.is_none()
    {
        let msg = format!(
            "'{}' object is not an async iterator",
            vm.type_name_of(aiter)
        );
        return Err(vm.type_error(&msg));
    }
    let awaitable = if vm.is_gen_kind(aiter, gen_kind::ASYNC_GENERATOR) {
        vm.new_asend(aiter, Value::NONE)?
    } else {
        let m = vm
            .lookup_special(aiter, "__anext__")?
            .expect("checked above");
        vm.call_descriptor_method(m, aiter, &[])?
    };
    if default.is_empty() {
        return Ok(awaitable);
    }
    // `__anext__` may have collected, moving the default.
    let default = vm.positional(args)[1];
    vm.rooted(&[awaitable, default], |vm, base| {
        let it = vm.get_awaitable(vm.stack[base], 0)?;
        vm.new_native_iter(kind::ANEXT_DEFAULT, &[it, vm.stack[base + 1]])
    })
}
