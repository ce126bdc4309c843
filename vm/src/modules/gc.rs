//! The `gc` module: CPython's interface over Minnow's collector.
//!
//! CPython counts references and runs a cycle collector over three
//! generations; Minnow traces from its roots over two: a nursery emptied by
//! *minor* collections (CPython's generation 0) and an old space that
//! *major* collections mark and sweep along with everything else
//! (generation 2). Generation 1 exists in the results only, always empty.
//!
//! - `collect(generation=2)`: generation 2 runs a major collection, 0 and 1
//!   a minor one. It returns the objects the collection found dead: the
//!   old and large objects a major collection sweeps, plus the nursery's dead
//!   objects, which an explicit collection counts by walking the nursery.
//! - `disable()` stops the major collections that heap growth starts, the
//!   counterpart of CPython's cycle collector. Minor collections go on, as
//!   they reclaim short-lived objects the way CPython's reference counting
//!   does (without them, every object ever made would be kept); a major
//!   collection still runs when the heap reaches its limit (`-X heap`), and
//!   `collect()` still collects.
//! - Thresholds: `threshold0` is the nursery size in KiB (CPython's default
//!   700 is about Minnow's 1024; a larger value means rarer collections;
//!   sizes are kept between 64 KiB and 1 GiB, and to a quarter of the heap
//!   limit); 0 stops automatic major collections, as `disable()` does but
//!   without changing `isenabled()`. `threshold1` has no effect: there is
//!   no middle generation. `threshold2` sets the growth factor to
//!   `1 + threshold2 / 10` (a major collection runs when the old space has
//!   grown that many times over what the last one left), so CPython's
//!   default 10 means 2.0 and Minnow's default 1.5 reads as 5.
//!   `get_threshold()` returns what `set_threshold` was given, or the
//!   configuration's values before that.
//! - `get_count()`: the KiB in use in the nursery, the minor collections
//!   since the last major one, and 0.
//! - `get_stats()`: per generation, `collections`, `collected` (objects
//!   found dead, counted by the collections that see them: every major
//!   collection and explicit `collect()`; a minor collection started by a
//!   full nursery touches only survivors and counts none) and
//!   `uncollectable` (always 0: Minnow frees every unreachable object).
//! - `callbacks`: called with `"start"` and `"stop"` and an info dict
//!   (`generation`, `collected`, `uncollectable`) at the safepoint around
//!   each collection, never inside the collector. A collection the
//!   callbacks themselves cause runs without calling them.
//! - `heap_info()` (Minnow's own): where the heap's memory is.

use minnow_heap::{CollectionKind, Value, KIB, MIN_NURSERY_BYTES};

use crate::runtime::gc::collect_with_callbacks;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Static, Vm};

/// The largest nursery `threshold0` asks for, in KiB (1 GiB).
const MAX_NURSERY_KIB: i64 = 1 << 20;

/// `threshold1` when `set_threshold` has not been called: CPython's.
const DEFAULT_THRESHOLD1: i64 = 10;

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [keyword]) = vm.args_with_keywords(args, "collect", ["generation"])?;
    if positional.len() > 1 {
        let msg = format!(
            "collect() takes at most 1 argument ({} given)",
            positional.len()
        );
        return Err(vm.type_error(&msg));
    }
    if !positional.is_empty() && keyword.is_some() {
        return Err(
            vm.type_error("argument for collect() given by name ('generation') and position (1)")
        );
    }
    let generation = match positional.first().copied().or(keyword) {
        Some(v) => vm.as_index(v)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let kind = if generation == 2 {
        CollectionKind::Major
    } else {
        CollectionKind::Minor
    };
    let freed = collect_with_callbacks(vm, Some((kind, generation)))?;
    vm.new_int_i128(freed as i128)
}

/// Turns the heap's automatic major collections on or off as `enabled`
/// and `threshold0` say.
fn apply_enabled(vm: &mut Vm) {
    let threshold0 = thresholds(vm)[0];
    let on = vm.gc.enabled && threshold0 != 0;
    vm.heap.set_automatic_major(on);
}

fn enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.enable")?;
    vm.gc.enabled = true;
    apply_enabled(vm);
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.disable")?;
    vm.gc.enabled = false;
    apply_enabled(vm);
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.isenabled")?;
    Ok(Value::from_bool(vm.gc.enabled))
}

fn get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.get_count")?;
    let info = vm.heap.info();
    let nursery_kib = (info.nursery_used / KIB) as i64;
    let minors = vm.heap.minor_collections_since_major() as i64;
    vm.new_tuple(&[
        Value::small_int_const(nursery_kib),
        Value::small_int_const(minors),
        Value::small_int_const(0),
    ])
}

/// The thresholds `get_threshold` reports.
fn thresholds(vm: &Vm) -> [i64; 3] {
    vm.gc.thresholds.unwrap_or_else(|| {
        let nursery_kib = (vm.heap.info().nursery_bytes / KIB) as i64;
        let growth_tenths = ((vm.heap.config().growth_factor - 1.0) * 10.0).round() as i64;
        [nursery_kib, DEFAULT_THRESHOLD1, growth_tenths]
    })
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.get_threshold")?;
    let values = thresholds(vm);
    let items = values.map(Value::small_int_const);
    vm.new_tuple(&items)
}

/// A threshold argument: an integer that fits a C int, as in CPython.
fn threshold_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = vm.as_index(v)?;
    if n > i32::MAX as i64 {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "signed integer is greater than maximum",
        ));
    }
    if n < i32::MIN as i64 {
        return Err(vm.raise_msg(TypeId::OverflowError, "signed integer is less than minimum"));
    }
    Ok(n)
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_keywords(args, "set_threshold")?;
    let given = vm.positional(args).to_vec();
    if given.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if given.len() > 3 {
        let msg = format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            given.len()
        );
        return Err(vm.type_error(&msg));
    }
    let old = thresholds(vm);
    let mut new = old;
    for (slot, &v) in new.iter_mut().zip(&given) {
        *slot = threshold_arg(vm, v)?;
    }
    vm.gc.thresholds = Some(new);
    if new[0] != old[0] && new[0] != 0 {
        let kib = new[0].clamp((MIN_NURSERY_BYTES / KIB) as i64, MAX_NURSERY_KIB);
        vm.heap.set_nursery_bytes(kib as usize * KIB);
    }
    if new[2] != old[2] {
        vm.heap.set_growth_factor(1.0 + new[2].max(0) as f64 / 10.0);
    }
    apply_enabled(vm);
    Ok(Value::NONE)
}

/// A dict of str keys to values.
fn new_str_dict(vm: &mut Vm, entries: &[(&'static str, Value)]) -> PyResult<Value> {
    let values: Vec<Value> = entries.iter().map(|&(_, v)| v).collect();
    vm.rooted(&values, |vm, base| {
        let dict = vm.new_dict()?;
        vm.stack.push(dict);
        for (i, &(name, _)) in entries.iter().enumerate() {
            let key = vm.intern_static(name)?;
            let dict = vm.stack[base + entries.len()];
            vm.dict_set(dict, key, vm.stack[base + i])?;
        }
        Ok(vm.stack[base + entries.len()])
    })
}

fn get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.get_stats")?;
    let stats = vm.heap.stats();
    let per_generation = [
        (stats.minor_collections, stats.minor_objects_freed),
        (0, 0),
        (stats.major_collections, stats.major_objects_freed),
    ];
    let mut dicts = Vec::new();
    for (collections, collected) in per_generation {
        let collections = vm.new_int_i128(collections as i128)?;
        vm.stack.push(collections);
        let collected = vm.new_int_i128(collected as i128)?;
        let collections = vm.stack.pop().expect("pushed above");
        let dict = new_str_dict(
            vm,
            &[
                ("collections", collections),
                ("collected", collected),
                ("uncollectable", Value::small_int_const(0)),
            ],
        )?;
        dicts.push(dict);
        vm.stack.push(dict);
    }
    let list = vm.new_list(&dicts);
    vm.stack.truncate(vm.stack.len() - dicts.len());
    list
}

/// `gc.heap_info()`: where the heap's memory is, in bytes.
fn heap_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "gc.heap_info")?;
    let info = vm.heap.info();
    let counts = [
        ("heap_bytes", info.heap_bytes),
        (
            "used_bytes",
            info.nursery_used + info.old_used_bytes + info.large_bytes,
        ),
        ("nursery_bytes", info.nursery_bytes),
        ("nursery_used", info.nursery_used),
        ("old_page_bytes", info.old_page_bytes),
        ("old_used_bytes", info.old_used_bytes),
        ("large_bytes", info.large_bytes),
        ("large_objects", info.large_objects),
        ("young_large_bytes", info.young_large_bytes),
        ("remembered_set", info.remembered_set),
        ("remembered_fields", info.remembered_fields),
        ("major_threshold", info.major_threshold),
    ];
    let mut entries = Vec::new();
    let base = vm.stack.len();
    let limit = match info.limit {
        Some(limit) => vm.new_int_i128(limit as i128)?,
        None => Value::NONE,
    };
    vm.stack.push(limit);
    entries.push("limit");
    for (name, n) in counts {
        let v = vm.new_int_i128(n as i128)?;
        vm.stack.push(v);
        entries.push(name);
    }
    let fragmentation = vm.new_float(info.fragmentation)?;
    vm.stack.push(fragmentation);
    entries.push("fragmentation");
    let pairs: Vec<(&'static str, Value)> = entries
        .iter()
        .zip(&vm.stack[base..])
        .map(|(&name, &v)| (name, v))
        .collect();
    let result = new_str_dict(vm, &pairs);
    vm.stack.truncate(base);
    result
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    vm.rooted(&[module], |vm, base| {
        super::add_functions(
            vm,
            vm.stack[base],
            &[
                ("collect", collect),
                ("enable", enable),
                ("disable", disable),
                ("isenabled", isenabled),
                ("get_count", get_count),
                ("get_threshold", get_threshold),
                ("set_threshold", set_threshold),
                ("get_stats", get_stats),
                ("heap_info", heap_info),
            ],
        )?;
        if vm.stat(Static::GcCallbacks) == Value::NONE {
            let callbacks = vm.new_list(&[])?;
            vm.statics[Static::GcCallbacks as usize] = callbacks;
        }
        let callbacks = vm.stat(Static::GcCallbacks);
        super::set(vm, vm.stack[base], "callbacks", callbacks)?;
        let garbage = vm.new_list(&[])?;
        super::set(vm, vm.stack[base], "garbage", garbage)
    })
}
