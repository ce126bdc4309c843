//! Collections as the `gc` module sees them: the callbacks of
//! `gc.callbacks`, called at the safepoint around each collection (never
//! inside the collector: the heap has finished, or not yet started, when
//! Python code runs), and the state `gc.enable`/`disable` and
//! `gc.set_threshold` keep beside the heap's own settings.

use minnow_heap::{CollectionKind, Value};
use minnow_objects::layout;

use super::{PyResult, Static, Vm};

/// The gc module's switches.
pub struct GcState {
    /// `gc.isenabled()`.
    pub enabled: bool,
    /// What `gc.set_threshold` was last given; `None` until then, when
    /// `gc.get_threshold()` reports the heap's configuration.
    pub thresholds: Option<[i64; 3]>,
    /// True while callbacks run: a collection they cause runs without them.
    in_callbacks: bool,
}

impl Default for GcState {
    fn default() -> GcState {
        GcState {
            enabled: true,
            thresholds: None,
            in_callbacks: false,
        }
    }
}

/// The generation CPython would name for a collection of `kind`.
pub fn generation_of(kind: CollectionKind) -> i64 {
    match kind {
        CollectionKind::Minor => 0,
        CollectionKind::Major => 2,
    }
}

/// Whether the next collection should call `gc.callbacks`.
pub fn callbacks_wanted(vm: &Vm) -> bool {
    if vm.gc.in_callbacks {
        return false;
    }
    match vm.obj_of(vm.stat(Static::GcCallbacks), layout::LIST) {
        Some(list) => minnow_objects::list::len(&vm.heap, list) > 0,
        None => false,
    }
}

/// Runs the requested collection (`explicit` None) or, for `gc.collect`,
/// a collection of the given kind now, reported as the given generation;
/// with the callbacks called around it when there are any. Returns the
/// objects the collection freed (`GcEvent::freed_objects`).
pub fn collect_with_callbacks(
    vm: &mut Vm,
    explicit: Option<(CollectionKind, i64)>,
) -> PyResult<usize> {
    let wanted = callbacks_wanted(vm);
    let (kind, generation) = match explicit {
        Some(given) => given,
        // Taken, so that the safepoints of the "start" callbacks do not run
        // it unreported.
        None => match vm.heap.take_request() {
            Some(kind) => (kind, generation_of(kind)),
            None => return Ok(0),
        },
    };
    if wanted {
        run_callbacks(vm, "start", generation, 0)?;
    }
    let result = vm.with_roots(|heap, roots| match explicit {
        Some(_) => heap.collect(kind, roots),
        None => heap.collect_requested_as(kind, roots),
    });
    let (ran, freed) = match vm.heap.last_collection() {
        Some(event) => (event.kind, event.freed_objects),
        None => (kind, 0),
    };
    // A major collection that this minor one found due runs next, with its
    // own callbacks; left pending, a safepoint of the "stop" callbacks would
    // run it unreported.
    let major_next = wanted
        && explicit.is_none()
        && ran == CollectionKind::Minor
        && vm.heap.requested_collection() == Some(CollectionKind::Major);
    if major_next {
        vm.heap.take_request();
    }
    // Finalizers and weak-reference callbacks of what died run before
    // `collect()` returns, as in CPython.
    if result.is_ok() && vm.heap.lifetime_work_pending() {
        vm.run_lifetime_work();
    }
    if wanted {
        // Only a heap over its limit after the minor collection turns it
        // into a major one.
        let generation = if ran == kind {
            generation
        } else {
            generation_of(ran)
        };
        run_callbacks(vm, "stop", generation, freed)?;
    }
    if result.is_err() {
        return Err(vm.raise_memory_error());
    }
    if major_next {
        vm.heap.request_major();
        return Ok(freed + collect_with_callbacks(vm, None)?);
    }
    Ok(freed)
}

/// Calls every callback with `phase` and the info dict. An exception from a
/// callback is reported as unraisable and ignored, as CPython does.
fn run_callbacks(
    vm: &mut Vm,
    phase: &'static str,
    generation: i64,
    collected: usize,
) -> PyResult<()> {
    let list = vm.stat(Static::GcCallbacks);
    let callbacks = match vm.obj_of(list, layout::LIST) {
        Some(list) => minnow_objects::list::items(&vm.heap, list).to_vec(),
        None => return Ok(()),
    };
    vm.gc.in_callbacks = true;
    let result = vm.rooted(&callbacks, |vm, base| -> PyResult<()> {
        let phase = vm.intern_static(phase)?;
        let info = vm.new_dict()?;
        vm.stack.push(info);
        let set = |vm: &mut Vm, key: &'static str, value: Value| -> PyResult<()> {
            let key = vm.intern_static(key)?;
            let info = vm.stack[base + callbacks.len()];
            vm.dict_set(info, key, value)
        };
        set(vm, "generation", Value::small_int_const(generation))?;
        set(vm, "collected", Value::small_int_const(collected as i64))?;
        set(vm, "uncollectable", Value::small_int_const(0))?;
        for i in 0..callbacks.len() {
            let callback = vm.stack[base + i];
            let info = vm.stack[base + callbacks.len()];
            if vm.call(callback, &[phase, info]).is_err() {
                vm.report_unraisable(vm.stack[base + i]);
            }
        }
        Ok(())
    });
    vm.gc.in_callbacks = false;
    result
}
