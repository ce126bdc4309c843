//! `Mutator`: the nursery's bump pointer held in the owner's locals.
//!
//! `Heap::alloc` reads the nursery's top from the heap and writes it back on
//! every allocation. The object's words are written through addresses the
//! compiler cannot tell apart from the heap's own fields, so it keeps the
//! top in memory, and each allocation waits for the previous one's store of
//! it. A `Mutator` borrows the heap and keeps a copy of the top and the limit
//! in its own fields, which stay in registers while the mutator's address is
//! never taken; it hands the top back to the heap only around its slow paths
//! (a full nursery, stress mode, a requested collection) and when it is
//! dropped or lends the heap out.

use crate::layout::LayoutId;
use crate::plan::{init_object, Heap, HeapError, MAX_NURSERY_FIELDS};
use crate::roots::RootSet;
use crate::value::{ObjRef, Value};

/// Allocation and safepoints for a stretch of code that allocates in a loop
/// of its own (`Heap::mutator`). While it lives, the heap is reached only
/// through it.
pub struct Mutator<'h> {
    heap: &'h mut Heap,
    /// The nursery's top, ahead of the heap's copy.
    top: usize,
    /// The nursery's allocation limit; 0 while the heap is lent out by
    /// `heap()` and its own top is the current one.
    limit: usize,
}

impl Heap {
    /// Bumps the nursery from the returned `Mutator`'s locals until it is
    /// dropped.
    pub fn mutator(&mut self) -> Mutator<'_> {
        let (top, limit) = self.nursery.cursor();
        Mutator {
            heap: self,
            top,
            limit,
        }
    }
}

impl Mutator<'_> {
    /// As `Heap::alloc`.
    #[inline(always)]
    pub fn alloc(&mut self, layout: LayoutId, fields: usize) -> Result<ObjRef, HeapError> {
        if fields <= MAX_NURSERY_FIELDS {
            let words = fields + 1;
            let new_top = self.top + words * 8;
            if new_top <= self.limit {
                let addr = self.top;
                self.top = new_top;
                // SAFETY: `top` and `limit` came from the nursery, which this
                // mutator borrows, and `limit` is at most the nursery's end:
                // [addr, new_top) is unclaimed nursery memory.
                unsafe { init_object(addr, layout, words, 0) };
                return Ok(ObjRef::from_address(addr));
            }
        }
        let result = alloc_slow(self.heap, self.top, self.limit, layout, fields);
        self.reload();
        result
    }

    /// As `Heap::safepoint`.
    #[inline(always)]
    pub fn safepoint<R: RootSet + ?Sized>(&mut self, roots: &mut R) -> Result<(), HeapError> {
        if !self.heap.collection_requested() {
            return Ok(());
        }
        self.sync();
        let result = self.heap.collect_requested(roots);
        self.reload();
        result
    }

    /// As `Heap::set_field` (the barrier reads the nursery's bounds, never
    /// its top).
    #[inline(always)]
    pub fn set_field(&mut self, obj: ObjRef, index: usize, value: Value) {
        self.heap.set_field(obj, index, value);
    }

    /// As `Heap::field`.
    #[inline(always)]
    pub fn field(&self, obj: ObjRef, index: usize) -> Value {
        self.heap.field(obj, index)
    }

    /// The heap, with the nursery's top handed back, for everything else.
    /// The next allocation takes the slow path once, to fetch the top again.
    pub fn heap(&mut self) -> &mut Heap {
        self.sync();
        self.limit = 0;
        self.heap
    }

    /// Hands the top back to the heap, unless the heap is lent out and
    /// already holds the current one.
    #[inline(always)]
    fn sync(&mut self) {
        if self.limit != 0 {
            self.heap.nursery.set_top(self.top);
        }
    }

    #[inline(always)]
    fn reload(&mut self) {
        (self.top, self.limit) = self.heap.nursery.cursor();
    }
}

/// The mutator's slow path, out of line and taking the cursor by value so
/// that the mutator's own fields can stay in registers.
#[cold]
#[inline(never)]
fn alloc_slow(
    heap: &mut Heap,
    top: usize,
    limit: usize,
    layout: LayoutId,
    fields: usize,
) -> Result<ObjRef, HeapError> {
    if limit != 0 {
        heap.nursery.set_top(top);
    }
    heap.alloc(layout, fields)
}

impl Drop for Mutator<'_> {
    fn drop(&mut self) {
        self.sync();
    }
}
