//! Field access without a per-access bounds check, for code that has already
//! checked the object's size once.
//!
//! `Heap::field` and `Heap::set_field` compare the index with the size in the
//! header on every access. `HasFields<N>` is the proof that an object has at
//! least `N` fields, made by one such comparison (`Heap::has_fields`), and
//! `FieldIndex<N>` the proof that an index is below `N`; `Heap::field_at` and
//! `Heap::set_field_at` take both and check nothing but the barrier. An
//! object's size never changes, so the proof holds for the object's whole
//! life; the `ObjRef` inside it has the usual contract (valid until the next
//! safepoint unless rooted).

use crate::header::UNLOGGED;
use crate::plan::Heap;
use crate::raw;
use crate::value::{ObjRef, Value};

/// An object with at least `N` fields.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct HasFields<const N: usize>(ObjRef);

impl<const N: usize> HasFields<N> {
    #[inline(always)]
    pub fn obj(self) -> ObjRef {
        self.0
    }
}

/// A field index below `N`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct FieldIndex<const N: usize>(usize);

impl<const N: usize> FieldIndex<N> {
    /// `index`, if it is below `N`.
    #[inline(always)]
    pub const fn new(index: usize) -> Option<FieldIndex<N>> {
        if index < N {
            Some(FieldIndex(index))
        } else {
            None
        }
    }

    /// The constant index `I`, checked at compile time.
    #[inline(always)]
    pub const fn of<const I: usize>() -> FieldIndex<N> {
        const { assert!(I < N, "field index out of range") };
        FieldIndex(I)
    }

    #[inline(always)]
    pub const fn get(self) -> usize {
        self.0
    }
}

impl Heap {
    /// The proof that `obj` has at least `N` fields, if it has.
    #[inline(always)]
    pub fn has_fields<const N: usize>(&self, obj: ObjRef) -> Option<HasFields<N>> {
        (self.field_count(obj) >= N).then_some(HasFields(obj))
    }

    #[inline(always)]
    pub fn field_at<const N: usize>(&self, obj: HasFields<N>, index: FieldIndex<N>) -> Value {
        // SAFETY: field `index` < N <= the object's field count, so the word
        // lies inside the live object (the `ObjRef` contract).
        Value::from_bits(unsafe { raw::read(field_address(obj, index)) })
    }

    /// As `set_field`: the same barrier, without the bounds check.
    #[inline(always)]
    pub fn set_field_at<const N: usize>(
        &mut self,
        obj: HasFields<N>,
        index: FieldIndex<N>,
        value: Value,
    ) {
        // Read before the store, which the compiler cannot always tell
        // apart from the header.
        let unlogged = self.header(obj.0).has(UNLOGGED);
        let slot = field_address(obj, index);
        // SAFETY: as in `field_at`; `&mut self` means no slice into the heap
        // is borrowed.
        unsafe { raw::write(slot, value.bits()) };
        if value.has_pointer_tag() && unlogged {
            self.remember(obj.0, slot, value);
        }
    }
}

#[inline(always)]
fn field_address<const N: usize>(obj: HasFields<N>, index: FieldIndex<N>) -> usize {
    obj.0.address() + 8 + 8 * index.0
}

#[cfg(test)]
mod tests {
    use crate::config::HeapConfig;
    use crate::layout::Layout;
    use crate::plan::Heap;
    use crate::stats::CollectionKind;
    use crate::value::Value;

    use super::FieldIndex;

    #[test]
    fn proofs_are_checked_once_and_the_barrier_still_runs() {
        let mut heap = Heap::new(HeapConfig::default()).unwrap();
        let node = heap.register_layout(Layout::values("node")).unwrap();
        let obj = heap.alloc(node, 3).unwrap();
        assert!(heap.has_fields::<4>(obj).is_none());
        assert!(FieldIndex::<3>::new(3).is_none());
        let mut roots = vec![obj.value()];
        heap.collect(CollectionKind::Minor, &mut roots).unwrap();
        let old = heap.has_fields::<3>(roots[0].as_obj().unwrap()).unwrap();
        let young = heap.alloc(node, 1).unwrap().value();
        heap.set_field_at(old, FieldIndex::new(2).unwrap(), young);
        heap.set_field_at(old, FieldIndex::of::<0>(), Value::NONE);
        assert_eq!(heap.field_at(old, FieldIndex::of::<2>()), young);
        assert_eq!(heap.info().remembered_set, 1);
        heap.verify(&mut roots).unwrap();
    }
}
