//! Weak references and finalization: what the collector does for objects
//! whose owner wants to hear that they died.
//!
//! A *weak holder* is an object whose first raw field holds a `Value` the
//! collector does not trace (a weak reference). When the object that value
//! points to is found unreachable, the field is set to `None`, and the
//! holder is queued for its owner (`next_cleared_weak`), which runs the
//! callbacks.
//!
//! A *finalizable* object is one whose owner asked to hear once that it is
//! unreachable. The collection that finds it so resurrects it (copies or
//! marks it, with everything it reaches) and queues it for its owner
//! (`next_to_finalize`), which finalizes it at a safepoint after the
//! collection, never inside it. It is then no longer finalizable: if the
//! finalizer resurrects it, it is not finalized again.
//!
//! Order, within one collection:
//! 1. Weak references held by reachable holders are cleared first, so a
//!    finalizer never finds a weak reference to an object being finalized.
//! 2. What the fields of each unreachable finalizable object reach is kept
//!    alive. A finalizable object reached that way from another one waits
//!    for a later collection, so an object is finalized before the objects
//!    it refers to; in a cycle of them, the first registered (among those
//!    reached from their own fields) goes first.
//! 3. Holders that were unreachable but became reachable again through a
//!    finalizable object are settled without being queued (their referents
//!    died with them); holders that stay unreachable are forgotten.
//!
//! Queued objects are roots until their owner takes them.

use std::collections::VecDeque;

use crate::header::Header;
use crate::plan::Heap;
use crate::raw;
use crate::value::{ObjRef, Value};

#[derive(Default)]
pub(crate) struct Lifetime {
    /// Addresses of weak holders.
    weak_holders: Vec<usize>,
    /// Addresses of objects to finalize when found unreachable.
    finalizable: Vec<usize>,
    /// Resurrected objects waiting for their finalizer.
    to_finalize: VecDeque<Value>,
    /// Holders whose referent died, waiting for their callbacks.
    cleared: VecDeque<Value>,
    /// An unreachable finalizable object was kept for a later collection
    /// because another one refers to it.
    deferred: bool,
}

impl Lifetime {
    fn idle(&self) -> bool {
        self.weak_holders.is_empty() && self.finalizable.is_empty()
    }
}

impl Heap {
    /// Makes `holder` a weak holder: its first raw field holds a value the
    /// collector does not keep alive.
    pub fn register_weak_holder(&mut self, holder: ObjRef) {
        assert!(
            self.layouts.get(self.layout_of(holder)).first_value >= 1,
            "a weak holder's layout starts with a raw field"
        );
        self.lifetime.weak_holders.push(holder.address());
    }

    /// The value a weak holder refers to (`None` once it died).
    pub fn weak_value(&self, holder: ObjRef) -> Value {
        Value::from_bits(self.raw(holder, 0))
    }

    /// Sets the value a weak holder refers to. No barrier: the field is
    /// untraced, and every holder is visited by every collection.
    pub fn set_weak_value(&mut self, holder: ObjRef, value: Value) {
        self.set_raw(holder, 0, value.bits());
    }

    /// Asks to hear once, through `next_to_finalize`, that `obj` became
    /// unreachable.
    pub fn register_finalizer(&mut self, obj: ObjRef) {
        self.lifetime.finalizable.push(obj.address());
    }

    /// The next object found unreachable and resurrected for its finalizer.
    pub fn next_to_finalize(&mut self) -> Option<Value> {
        self.lifetime.to_finalize.pop_front()
    }

    /// The next weak holder whose referent died.
    pub fn next_cleared_weak(&mut self) -> Option<Value> {
        self.lifetime.cleared.pop_front()
    }

    /// Whether a finalizable object found unreachable waits for a later
    /// collection because one queued now refers to it (cleared by asking).
    pub fn take_finalization_deferred(&mut self) -> bool {
        std::mem::take(&mut self.lifetime.deferred)
    }

    /// Whether finalizers or weak-reference callbacks are waiting.
    pub fn lifetime_work_pending(&self) -> bool {
        !self.lifetime.to_finalize.is_empty() || !self.lifetime.cleared.is_empty()
    }

    /// Queues every object still registered for finalization, reachable or
    /// not: what an owner shutting down finalizes. They are queued in
    /// layers, as a collection would find them if nothing else held them:
    /// first those no other registered object reaches (or that reach
    /// themselves), in registration order, then the same among the rest.
    pub fn finalize_all_registered(&mut self) {
        let mut remaining = std::mem::take(&mut self.lifetime.finalizable);
        while !remaining.is_empty() {
            let mut visited = std::collections::HashSet::new();
            let mut in_cycle = vec![false; remaining.len()];
            for (i, &obj) in remaining.iter().enumerate() {
                if !visited.contains(&obj) {
                    self.visit_from_fields(obj, &mut visited);
                    in_cycle[i] = visited.contains(&obj);
                }
            }
            let mut later = Vec::new();
            for (i, &obj) in remaining.iter().enumerate() {
                if visited.contains(&obj) && !in_cycle[i] {
                    later.push(obj);
                } else {
                    self.lifetime
                        .to_finalize
                        .push_back(Value::from_address(obj));
                }
            }
            remaining = later;
        }
    }

    /// Adds to `visited` every object reachable from the traced fields of
    /// `obj` (outside any collection: nothing is forwarded or marked).
    fn visit_from_fields(&self, obj: usize, visited: &mut std::collections::HashSet<usize>) {
        let mut pending = vec![obj];
        let mut first = true;
        while let Some(addr) = pending.pop() {
            if !first && !visited.insert(addr) {
                continue;
            }
            first = false;
            let fields = self.fields(ObjRef::from_address(addr));
            let layout = self.layouts.get(self.layout_of(ObjRef::from_address(addr)));
            for i in layout.value_range(fields.len()) {
                let value = fields[i];
                if value.is_ptr() {
                    pending.push(value.address());
                }
            }
        }
    }

    /// The queues, as roots: copied out of the nursery in a minor
    /// collection (`minor`), marked in a major one.
    pub(crate) fn trace_lifetime_queues(&mut self, minor: bool) {
        let mut queued: Vec<Value> = self
            .lifetime
            .to_finalize
            .iter()
            .chain(self.lifetime.cleared.iter())
            .copied()
            .collect();
        for value in &mut queued {
            if minor {
                *value = self.evacuate(*value);
            } else {
                self.mark_value(*value);
            }
        }
        for (slot, value) in self
            .lifetime
            .to_finalize
            .iter_mut()
            .chain(self.lifetime.cleared.iter_mut())
            .zip(queued)
        {
            *slot = value;
        }
    }

    /// The minor collection's part, once everything reachable from the
    /// roots and the remembered set is copied and scanned.
    pub(crate) fn minor_lifetime(&mut self) {
        if self.lifetime.idle() {
            return;
        }
        let holders = std::mem::take(&mut self.lifetime.weak_holders);
        let mut kept = Vec::with_capacity(holders.len());
        let mut undecided = Vec::new();
        for holder in holders {
            match self.survivor(holder) {
                Some(holder) => {
                    if self.settle_young_referent(holder) {
                        self.lifetime.cleared.push_back(Value::from_address(holder));
                    }
                    kept.push(holder);
                }
                None => undecided.push(holder),
            }
        }

        let entries = std::mem::take(&mut self.lifetime.finalizable);
        let mut registered = Vec::with_capacity(entries.len());
        let mut unreachable = Vec::new();
        for obj in entries {
            match self.survivor(obj) {
                Some(obj) => registered.push(obj),
                None => unreachable.push(obj),
            }
        }
        // Each one's fields first: whatever they reach survives, and a
        // finalizable object among them waits for a later collection.
        let mut in_cycle = vec![false; unreachable.len()];
        for (i, &obj) in unreachable.iter().enumerate() {
            if self.survivor(obj).is_none() {
                self.scan_young_fields(obj);
                self.drain_young();
                in_cycle[i] = self.survivor(obj).is_some();
            }
        }
        for (i, &obj) in unreachable.iter().enumerate() {
            match self.survivor(obj) {
                Some(moved) if !in_cycle[i] => {
                    self.lifetime.deferred = true;
                    registered.push(moved);
                }
                _ => {
                    let moved = self.evacuate(Value::from_address(obj));
                    self.drain_young();
                    self.lifetime.to_finalize.push_back(moved);
                }
            }
        }
        self.lifetime.finalizable = registered;

        for holder in undecided {
            if let Some(holder) = self.survivor(holder) {
                self.settle_young_referent(holder);
                kept.push(holder);
            }
        }
        self.lifetime.weak_holders = kept;
    }

    /// The major collection's part, once everything reachable from the
    /// roots is marked.
    pub(crate) fn major_lifetime(&mut self) {
        if self.lifetime.idle() {
            return;
        }
        let holders = std::mem::take(&mut self.lifetime.weak_holders);
        let mut kept = Vec::with_capacity(holders.len());
        let mut undecided = Vec::new();
        for holder in holders {
            if self.is_marked(holder) {
                if self.settle_old_referent(holder) {
                    self.lifetime.cleared.push_back(Value::from_address(holder));
                }
                kept.push(holder);
            } else {
                undecided.push(holder);
            }
        }

        let entries = std::mem::take(&mut self.lifetime.finalizable);
        let mut registered = Vec::with_capacity(entries.len());
        let mut unreachable = Vec::new();
        for obj in entries {
            if self.is_marked(obj) {
                registered.push(obj);
            } else {
                unreachable.push(obj);
            }
        }
        let mut in_cycle = vec![false; unreachable.len()];
        for (i, &obj) in unreachable.iter().enumerate() {
            if !self.is_marked(obj) {
                self.mark_fields(obj);
                self.drain_marking();
                in_cycle[i] = self.is_marked(obj);
            }
        }
        for (i, &obj) in unreachable.iter().enumerate() {
            if self.is_marked(obj) && !in_cycle[i] {
                self.lifetime.deferred = true;
                registered.push(obj);
            } else {
                self.mark_value(Value::from_address(obj));
                self.drain_marking();
                self.lifetime
                    .to_finalize
                    .push_back(Value::from_address(obj));
            }
        }
        self.lifetime.finalizable = registered;

        for holder in undecided {
            if self.is_marked(holder) {
                self.settle_old_referent(holder);
                kept.push(holder);
            }
        }
        self.lifetime.weak_holders = kept;
    }

    /// Where the object at `addr` is after this minor collection's copying
    /// so far: `None` if it is young and was not copied (or, a young large
    /// one, not reached).
    fn survivor(&self, addr: usize) -> Option<usize> {
        if !self.nursery.contains(addr) {
            return (!self.is_young_large(addr)).then_some(addr);
        }
        // SAFETY: `addr` is a nursery object; the nursery is intact until
        // the end of the minor collection, holding either its header or a
        // forwarding header.
        let header = Header(unsafe { raw::read(addr) });
        header.is_forwarded().then(|| header.forwarded_to())
    }

    /// Updates a surviving holder's referent if it was young: to its copy,
    /// or to `None` if it died (then `true`).
    fn settle_young_referent(&mut self, holder: usize) -> bool {
        // SAFETY: `holder` is a live old object whose layout starts with a
        // raw field (checked at registration).
        let referent = Value::from_bits(unsafe { raw::read(holder + 8) });
        if !referent.is_ptr() || !self.is_young_address(referent.address()) {
            return false;
        }
        let (moved, died) = match self.survivor(referent.address()) {
            Some(to) => (Value::from_address(to), false),
            None => (Value::NONE, true),
        };
        // SAFETY: as above; the field is raw, so no barrier is involved.
        unsafe { raw::write(holder + 8, moved.bits()) };
        died
    }

    /// Sets a marked holder's referent to `None` if it is not marked (then
    /// `true`).
    fn settle_old_referent(&mut self, holder: usize) -> bool {
        // SAFETY: `holder` is a marked object whose layout starts with a raw
        // field (checked at registration).
        let referent = Value::from_bits(unsafe { raw::read(holder + 8) });
        if !referent.is_ptr() || self.is_marked(referent.address()) {
            return false;
        }
        // SAFETY: as above.
        unsafe { raw::write(holder + 8, Value::NONE.bits()) };
        true
    }
}
