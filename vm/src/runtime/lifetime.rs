//! Running what a collection found: weak-reference callbacks and `__del__`
//! methods, at a safepoint after the collection, never inside it. The heap
//! queues them (`lifetime.rs` in `minnow-heap`); an exception one raises is
//! reported as CPython reports an unraisable exception, and the program
//! goes on.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use super::Vm;

impl Vm {
    /// Runs every queued finalizer, then every queued weak-reference
    /// callback (the order CPython's reference counting gives when an object
    /// dies: `__del__` first, then the callbacks), until both queues are
    /// empty. A collection during one of them queues more, which this same
    /// call runs.
    #[cold]
    #[inline(never)]
    pub fn run_lifetime_work(&mut self) {
        if self.in_lifetime_work {
            return;
        }
        self.in_lifetime_work = true;
        let handled = self.handled;
        loop {
            if let Some(obj) = self.heap.next_to_finalize() {
                self.run_finalizer(obj);
            } else if let Some(holder) = self.heap.next_cleared_weak() {
                self.run_weak_callback(holder);
            } else {
                break;
            }
        }
        // Objects the finalized ones referred to can only be found dead by
        // the next collection; it is a major one, as they were promoted.
        if self.heap.take_finalization_deferred() {
            self.heap.request_major();
        }
        self.handled = handled;
        self.in_lifetime_work = false;
    }

    fn run_weak_callback(&mut self, holder: Value) {
        let Some(r) = holder.as_obj() else { return };
        if self.heap.layout_of(r) != layout::WEAKREF {
            return;
        }
        let callback = self.heap.field(r, field::WEAKREF::callback);
        if callback == Value::NONE || callback.is_empty() {
            return;
        }
        self.rooted(&[callback, holder], |vm, base| {
            let (callback, holder) = (vm.stack[base], vm.stack[base + 1]);
            if vm.call(callback, &[holder]).is_err() {
                vm.report_unraisable(vm.stack[base]);
            }
        });
    }

    fn run_finalizer(&mut self, obj: Value) {
        let Ok(name) = self.intern_static("__del__") else {
            return;
        };
        let class = self.type_of(obj);
        let Some(finalizer) = self.lookup_in_type(class, name) else {
            return;
        };
        self.rooted(&[finalizer, obj], |vm, base| {
            let (finalizer, obj) = (vm.stack[base], vm.stack[base + 1]);
            if vm.call(finalizer, &[obj]).is_err() {
                vm.report_unraisable(vm.stack[base]);
            }
        });
    }

    /// Prints the pending exception as CPython prints one it cannot raise:
    /// `Exception ignored in: <where>`, then the traceback, on stderr.
    pub fn report_unraisable(&mut self, place: Value) {
        let exc = self.take_exception();
        self.rooted(&[exc], |vm, base| {
            let place = match vm.repr(place) {
                Ok(r) => vm.str_text(r).to_string(),
                Err(_) => {
                    vm.take_exception();
                    "<object repr() failed>".to_string()
                }
            };
            let text = crate::traceback::format_exception(vm, vm.stack[base]);
            vm.flush_stdout();
            eprint!("Exception ignored in: {place}\n{text}");
        });
    }
}
