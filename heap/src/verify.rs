//! The heap verifier: checks every invariant stated in `lib.rs` over the
//! whole heap. Run before and after each collection in verify mode, and
//! callable directly from tests.

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

/// Where the objects are, for checking that a pointer lands on one: the
/// nursery's objects (found by walking it) and the large objects; old-space
/// objects are recognized through the page table without listing them.
struct ObjectIndex {
    nursery: HashSet<usize>,
    large: Vec<usize>,
}

impl Heap {
    /// Checks the heap's invariants; the first broken one is the error.
    pub fn verify<R: RootSet + ?Sized>(&self, roots: &mut R) -> Result<(), VerifyError> {
        let index = self.object_index()?;
        let remembered: HashSet<usize> = self.remembered.iter().copied().collect();
        if remembered.len() != self.remembered.len() {
            fail!("an object is in the remembered set twice");
        }
        for &obj in &index.nursery {
            self.verify_object(obj, &index, &remembered)?;
        }
        for &obj in &index.large {
            self.verify_object(obj, &index, &remembered)?;
        }
        let mut result = Ok(());
        self.old.for_each_object(|cell, cell_bytes| {
            if result.is_err() {
                return;
            }
            // SAFETY: `cell` holds an object of the old space.
            let header = Header(unsafe { raw::read(cell) });
            result = if header.words() * 8 > cell_bytes {
                Err(VerifyError(format!(
                    "old object at {cell:#x} of {} words overflows its {cell_bytes}-byte cell",
                    header.words()
                )))
            } else {
                self.verify_object(cell, &index, &remembered)
            };
        });
        result?;
        let mut bad_root = None;
        let mut check_root = |slot: &mut Value| {
            if bad_root.is_none() && !self.is_object(&index, slot.bits() as usize) {
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

    fn is_object(&self, index: &ObjectIndex, addr: usize) -> bool {
        if self.nursery.contains(addr) {
            index.nursery.contains(&addr)
        } else {
            self.old.is_object_start(addr) || index.large.binary_search(&addr).is_ok()
        }
    }

    /// Walks the nursery (objects lie end to end) and lists large objects.
    fn object_index(&self) -> Result<ObjectIndex, VerifyError> {
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
        let mut large = Vec::with_capacity(self.large.count());
        self.large.for_each_object(|addr| large.push(addr));
        large.sort_unstable();
        Ok(ObjectIndex { nursery, large })
    }

    fn verify_object(
        &self,
        obj: usize,
        index: &ObjectIndex,
        remembered: &HashSet<usize>,
    ) -> Result<(), VerifyError> {
        // SAFETY: `obj` came from `object_starts`.
        let header = Header(unsafe { raw::read(obj) });
        let young = self.nursery.contains(obj);
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
        if young == header.has(OLD) {
            fail!("{name} at {obj:#x}: the OLD flag disagrees with where it lives");
        }
        if header.has(LARGE) != (!young && !self.old.is_object_start(obj)) {
            fail!("{name} at {obj:#x}: the LARGE flag disagrees with where it lives");
        }
        let logged = !young && !header.has(UNLOGGED);
        if young && header.has(UNLOGGED) {
            fail!("young {name} at {obj:#x} is marked UNLOGGED");
        }
        if logged != remembered.contains(&obj) {
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
            if !young && !logged && self.nursery.contains(target) {
                fail!(
                    "field {i} of old {name} at {obj:#x} points into the nursery, \
                     but the object is not remembered (a store missed the write barrier)"
                );
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::config::HeapConfig;
    use crate::layout::Layout;
    use crate::plan::Heap;
    use crate::raw;
    use crate::stats::CollectionKind;

    /// The public API cannot store without the barrier, so this test does it
    /// with a raw write, to show that the verifier catches a missed barrier.
    #[test]
    fn a_store_that_skips_the_barrier_is_caught() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        let node = heap.register_layout(Layout::values("node")).unwrap();
        let holder = heap.alloc(node, 1).unwrap();
        let mut roots = vec![holder.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let holder = roots[0].as_obj().unwrap();
        let young = heap.alloc(node, 1).unwrap();
        // SAFETY (test): field 0 of the live old object `holder`.
        unsafe { raw::write(holder.address() + 8, young.value().bits()) };
        let error = heap.verify(&mut roots).unwrap_err();
        assert!(error.0.contains("missed the write barrier"), "{error}");
        heap.set_field(holder, 0, young.value());
        heap.verify(&mut roots).unwrap();
    }
}
