//! The heap verifier: checks the invariants stated in `lib.rs`, over the
//! whole heap (`Heap::verify`) or over what one minor collection works on
//! (`verify_before_minor`, `verify_after_minor`). Verify mode runs them
//! around every collection, on the schedule described in `lib.rs`; tests
//! may call `verify` directly.

use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

use crate::header::{Header, LARGE, MARKED, OLD, UNLOGGED};
use crate::plan::Heap;
use crate::raw;
use crate::roots::{RootSet, Tracer};
use crate::value::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError(pub String);

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for VerifyError {}

macro_rules! fail {
    ($($arg:tt)*) => { return Err(VerifyError(format!($($arg)*))) };
}

/// What the remembered set covers: whole old objects, and single fields of
/// old large objects.
#[derive(Default)]
struct Remembered {
    objects: HashSet<usize>,
    slots: HashSet<usize>,
}

/// The nursery's objects (found by walking it), for checking that a pointer
/// into the nursery lands on one; old and large objects are recognized
/// through the spaces' own tables without listing them.
struct NurseryIndex(HashSet<usize>);

impl Heap {
    /// Checks the heap's invariants over the whole heap; the first broken
    /// one is the error.
    pub fn verify<R: RootSet + ?Sized>(&self, roots: &mut R) -> Result<(), VerifyError> {
        let index = self.nursery_index()?;
        let remembered = self.remembered_set()?;
        for &obj in &index.0 {
            self.verify_object(obj, &index, &remembered)?;
        }
        if let Some(obj) = self
            .young_large
            .iter()
            .find(|&&obj| !self.large.contains(obj))
        {
            fail!("{obj:#x}, listed as a young large object, is no large object");
        }
        let mut result = Ok(());
        self.large.for_each_object(|obj| {
            if result.is_ok() {
                result = self.verify_object(obj, &index, &remembered);
            }
        });
        result?;
        let mut result = Ok(());
        self.old.for_each_object(|cell, cell_bytes| {
            if result.is_ok() {
                result = self.verify_old_object(cell, cell_bytes, &index, &remembered);
            }
        });
        result?;
        self.verify_roots(roots, &index)
    }

    /// The checks before a minor collection, in time proportional to the
    /// collection's own work: the roots, the nursery's objects, the
    /// remembered set, and the objects the previous minor collection
    /// promoted (the old objects most likely to have been given young
    /// pointers since, so a store that skipped the barrier is usually caught
    /// here, while the young object is still intact).
    pub(crate) fn verify_before_minor<R: RootSet + ?Sized>(
        &self,
        roots: &mut R,
    ) -> Result<(), VerifyError> {
        let index = self.nursery_index()?;
        let remembered = self.remembered_set()?;
        for &obj in &index.0 {
            self.verify_object(obj, &index, &remembered)?;
        }
        for &obj in self.remembered.iter().chain(&self.young_large) {
            self.verify_any_object(obj, &index, &remembered)?;
        }
        for &obj in &self.recently_promoted {
            self.verify_any_object(obj, &index, &remembered)?;
        }
        self.verify_roots(roots, &index)
    }

    /// The checks after a minor collection, in time proportional to its
    /// work: the nursery and the remembered set are empty, the roots point
    /// at old objects, and every object this collection promoted is a valid
    /// old object, not remembered, with no pointer into the nursery.
    pub(crate) fn verify_after_minor<R: RootSet + ?Sized>(
        &self,
        roots: &mut R,
    ) -> Result<(), VerifyError> {
        if self.nursery.used() != 0 {
            fail!(
                "the nursery holds {} bytes after a minor collection",
                self.nursery.used()
            );
        }
        if !self.remembered.is_empty() {
            fail!(
                "the remembered set holds {} objects after a minor collection",
                self.remembered.len()
            );
        }
        if !self.young_large.is_empty() {
            fail!(
                "{} large objects are still young after a minor collection",
                self.young_large.len()
            );
        }
        if !self.remembered_slots.is_empty() {
            fail!(
                "{} remembered fields are left after a minor collection",
                self.remembered_slots.len()
            );
        }
        let index = NurseryIndex(HashSet::new());
        let remembered = Remembered::default();
        for &obj in &self.recently_promoted {
            self.verify_any_object(obj, &index, &remembered)?;
        }
        self.verify_roots(roots, &index)
    }

    /// The remembered objects and fields, each field checked to be a traced
    /// field of an old large object.
    fn remembered_set(&self) -> Result<Remembered, VerifyError> {
        let objects: HashSet<usize> = self.remembered.iter().copied().collect();
        if objects.len() != self.remembered.len() {
            fail!("an object is in the remembered set twice");
        }
        for &slot in &self.remembered_slots {
            let Some(obj) = self.large.object_containing(slot) else {
                fail!("remembered field {slot:#x} is in no large object");
            };
            // SAFETY: `obj` is a large object, whose first word is its header.
            let header = Header(unsafe { raw::read(obj) });
            let traced = self
                .layouts
                .get(header.layout())
                .value_range(header.words() - 1);
            let field = (slot - obj) / 8;
            if !header.has(OLD) || slot % 8 != 0 || field == 0 || !traced.contains(&(field - 1)) {
                fail!("remembered field {slot:#x} is no traced field of an old large object");
            }
        }
        let slots = self.remembered_slots.iter().copied().collect();
        Ok(Remembered { objects, slots })
    }

    fn verify_roots<R: RootSet + ?Sized>(
        &self,
        roots: &mut R,
        index: &NurseryIndex,
    ) -> Result<(), VerifyError> {
        let mut bad_root = None;
        let mut check_root = |slot: &mut Value| {
            if bad_root.is_none() && !self.is_object(index, slot.bits() as usize) {
                bad_root = Some(*slot);
            }
        };
        roots.trace_roots(&mut Tracer::new(&mut check_root));
        let root_stack = Rc::clone(&self.root_stack);
        for value in root_stack.borrow_mut().values.iter_mut() {
            if value.is_ptr() {
                check_root(value);
            }
        }
        if let Some(root) = bad_root {
            fail!("root {root:?} does not point at an object");
        }
        Ok(())
    }

    fn is_object(&self, index: &NurseryIndex, addr: usize) -> bool {
        if self.nursery.contains(addr) {
            index.0.contains(&addr)
        } else {
            self.old.is_object_start(addr) || self.large.contains(addr)
        }
    }

    /// Walks the nursery (objects lie end to end).
    fn nursery_index(&self) -> Result<NurseryIndex, VerifyError> {
        let mut nursery = HashSet::new();
        let mut addr = self.nursery.start();
        while addr < self.nursery.top() {
            // SAFETY: `addr` is an object boundary below the nursery's top.
            let header = Header(unsafe { raw::read(addr) });
            if header.is_forwarded() {
                fail!("forwarded object at {addr:#x} outside a collection");
            }
            if header.words() == 0 || addr + header.words() * 8 > self.nursery.top() {
                fail!(
                    "nursery object at {addr:#x} has a bad size {}",
                    header.words()
                );
            }
            nursery.insert(addr);
            addr += header.words() * 8;
        }
        Ok(NurseryIndex(nursery))
    }

    /// `verify_object` for an object found through a pointer held outside
    /// the spaces' walks (the remembered set, the promoted list): it must
    /// be an object of one of the spaces.
    fn verify_any_object(
        &self,
        obj: usize,
        index: &NurseryIndex,
        remembered: &Remembered,
    ) -> Result<(), VerifyError> {
        if let Some(cell_bytes) = self.old.object_cell_bytes(obj) {
            self.verify_old_object(obj, cell_bytes, index, remembered)
        } else if self.large.contains(obj) || index.0.contains(&obj) {
            self.verify_object(obj, index, remembered)
        } else {
            fail!("{obj:#x}, in the remembered set or just promoted, is no object")
        }
    }

    fn verify_old_object(
        &self,
        cell: usize,
        cell_bytes: usize,
        index: &NurseryIndex,
        remembered: &Remembered,
    ) -> Result<(), VerifyError> {
        // SAFETY: `cell` holds an object of the old space.
        let header = Header(unsafe { raw::read(cell) });
        if header.words() * 8 > cell_bytes {
            fail!(
                "old object at {cell:#x} of {} words overflows its {cell_bytes}-byte cell",
                header.words()
            );
        }
        self.verify_object(cell, index, remembered)
    }

    fn verify_object(
        &self,
        obj: usize,
        index: &NurseryIndex,
        remembered: &Remembered,
    ) -> Result<(), VerifyError> {
        // SAFETY: callers pass objects found by walking a space or checked to
        // be one.
        let header = Header(unsafe { raw::read(obj) });
        let in_nursery = self.nursery.contains(obj);
        if !self.layouts.is_registered(header.layout()) {
            fail!(
                "object at {obj:#x} has unknown layout {:?}",
                header.layout()
            );
        }
        let name = self.layouts.get(header.layout()).name;
        if header.has(MARKED) {
            fail!("{name} at {obj:#x} is still marked outside a major collection");
        }
        if header.has(LARGE) != (!in_nursery && !self.old.is_object_start(obj)) {
            fail!("{name} at {obj:#x}: the LARGE flag disagrees with where it lives");
        }
        // A large object lacks `OLD` exactly while it is young.
        let young_large = header.has(LARGE) && !header.has(OLD);
        if header.has(LARGE) && young_large != self.young_large.contains(&obj) {
            fail!("large {name} at {obj:#x}: the OLD flag disagrees with the young large objects");
        }
        if !header.has(LARGE) && in_nursery == header.has(OLD) {
            fail!("{name} at {obj:#x}: the OLD flag disagrees with where it lives");
        }
        let young = in_nursery || young_large;
        let logged = !young && !header.has(UNLOGGED);
        if young && header.has(UNLOGGED) {
            fail!("young {name} at {obj:#x} is marked UNLOGGED");
        }
        if logged != remembered.objects.contains(&obj) {
            fail!("old {name} at {obj:#x}: UNLOGGED flag and remembered set disagree");
        }
        let range = self
            .layouts
            .get(header.layout())
            .value_range(header.words() - 1);
        for i in range {
            // SAFETY: a traced field of a live object.
            let value = Value::from_bits(unsafe { raw::read(obj + 8 + 8 * i) });
            if value.bits() & 0b111 > 0b100 || value.bits() & 0b111 == 0b011 {
                fail!(
                    "field {i} of {name} at {obj:#x} holds a reserved word {:#x}",
                    value.bits()
                );
            }
            if !value.is_ptr() {
                continue;
            }
            let target = value.bits() as usize;
            if !self.is_object(index, target) {
                fail!("field {i} of {name} at {obj:#x} points at {target:#x}, which is no object");
            }
            if !young
                && !logged
                && self.is_young_address(target)
                && !remembered.slots.contains(&(obj + 8 + 8 * i))
            {
                fail!(
                    "field {i} of old {name} at {obj:#x} points at a young object, \
                     but the object is not remembered (a store missed the write barrier)"
                );
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::panic::{catch_unwind, AssertUnwindSafe};

    use crate::config::HeapConfig;
    use crate::layout::Layout;
    use crate::plan::Heap;
    use crate::raw;
    use crate::stats::CollectionKind;
    use crate::value::ObjRef;

    /// A verifying heap with one old object, rooted in `roots[0]`, promoted
    /// by the last minor collection.
    fn heap_with_an_old_holder() -> (Heap, Vec<crate::Value>, crate::LayoutId) {
        let mut heap = Heap::new(HeapConfig {
            verify: true,
            ..HeapConfig::default()
        })
        .unwrap();
        let node = heap.register_layout(Layout::values("node")).unwrap();
        let holder = heap.alloc(node, 1).unwrap();
        let mut roots = vec![holder.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        (heap, roots, node)
    }

    /// Stores a young pointer into field 0 of the old `holder` without the
    /// barrier. The public API cannot do that; a raw write can.
    fn store_skipping_the_barrier(holder: ObjRef, young: ObjRef) {
        // SAFETY (test): field 0 of the live old object `holder`.
        unsafe { raw::write(holder.address() + 8, young.value().bits()) };
    }

    #[test]
    fn a_store_that_skips_the_barrier_is_caught() {
        let (mut heap, mut roots, node) = heap_with_an_old_holder();
        let holder = roots[0].as_obj().unwrap();
        let young = heap.alloc(node, 1).unwrap();
        store_skipping_the_barrier(holder, young);
        let error = heap.verify(&mut roots).unwrap_err();
        assert!(error.0.contains("missed the write barrier"), "{error}");
        heap.set_field(holder, 0, young.value());
        heap.verify(&mut roots).unwrap();
    }

    /// The check before a minor collection covers the objects the previous
    /// one promoted, so verify mode reports a missed barrier on one of them
    /// at the next collection, without walking the whole heap.
    #[test]
    fn the_minor_collection_checks_catch_a_missed_barrier() {
        let (mut heap, mut roots, node) = heap_with_an_old_holder();
        assert!(!heap.full_verification_due());
        let holder = roots[0].as_obj().unwrap();
        let young = heap.alloc(node, 1).unwrap();
        store_skipping_the_barrier(holder, young);
        let error = heap.verify_before_minor(&mut roots).unwrap_err();
        assert!(error.0.contains("missed the write barrier"), "{error}");
        let panic = catch_unwind(AssertUnwindSafe(|| {
            heap.collect(CollectionKind::Minor, &mut roots).unwrap()
        }))
        .unwrap_err();
        let message = panic.downcast_ref::<String>().unwrap();
        assert!(
            message.contains("before a minor collection")
                && message.contains("missed the write barrier"),
            "{message}"
        );
    }

    /// The check after a minor collection covers the objects it promoted.
    #[test]
    fn the_minor_collection_checks_catch_a_bad_promoted_object() {
        let (mut heap, mut roots, node) = heap_with_an_old_holder();
        let young = heap.alloc(node, 1).unwrap();
        heap.set_field(roots[0].as_obj().unwrap(), 0, young.value());
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let promoted = heap.field(roots[0].as_obj().unwrap(), 0).as_obj().unwrap();
        heap.verify_after_minor(&mut roots).unwrap();
        // SAFETY (test): field 0 of the live old object `promoted`.
        unsafe { raw::write(promoted.address() + 8, raw::POISON) };
        let error = heap.verify_after_minor(&mut roots).unwrap_err();
        assert!(error.0.contains("reserved word"), "{error}");
    }
}
