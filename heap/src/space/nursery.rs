//! The nursery: one contiguous region, allocated into by bumping a pointer
//! and emptied all at once by a minor collection.

use crate::raw;

const ALIGN: usize = 4096;

pub(crate) struct Nursery {
    start: usize,
    end: usize,
    top: usize,
    /// The fast path allocates while the new top stays at or below this:
    /// `end` normally, `start` in stress mode, so that there every
    /// allocation takes the slow path, which requests a collection.
    limit: usize,
    /// Bytes allocated in earlier cycles (before the last reset).
    allocated_before: u64,
}

impl Nursery {
    /// A nursery of `bytes` (a multiple of 8), or `None` when the system
    /// refuses the memory. With `stress`, the fast path never succeeds.
    pub(crate) fn new(bytes: usize, stress: bool) -> Option<Nursery> {
        let start = raw::system_alloc(bytes, ALIGN)?;
        let end = start + bytes;
        Some(Nursery {
            start,
            end,
            top: start,
            limit: if stress { start } else { end },
            allocated_before: 0,
        })
    }

    /// A nursery of `bytes` to take the place of this one, once it is empty,
    /// carrying over the count of bytes allocated.
    pub(crate) fn resized(&self, bytes: usize, stress: bool) -> Option<Nursery> {
        debug_assert_eq!(self.used(), 0);
        let mut nursery = Nursery::new(bytes, stress)?;
        nursery.allocated_before = self.allocated_before;
        Some(nursery)
    }

    /// The fast path: claims `bytes` and returns their address, or `None`
    /// when the new top would pass the limit.
    #[inline(always)]
    pub(crate) fn bump(&mut self, bytes: usize) -> Option<usize> {
        let top = self.top;
        let new_top = top + bytes;
        if new_top <= self.limit {
            self.top = new_top;
            Some(top)
        } else {
            None
        }
    }

    /// The slow path: claims `bytes` if they fit before the end, whatever the limit.
    pub(crate) fn bump_to_end(&mut self, bytes: usize) -> Option<usize> {
        let top = self.top;
        let new_top = top + bytes;
        if new_top <= self.end {
            self.top = new_top;
            Some(top)
        } else {
            None
        }
    }

    /// The top and the limit, for a `Mutator` to bump in its own locals.
    #[inline(always)]
    pub(crate) fn cursor(&self) -> (usize, usize) {
        (self.top, self.limit)
    }

    /// Takes back the top a `Mutator` bumped: a value `cursor` returned,
    /// advanced by whole objects, never past the end.
    #[inline(always)]
    pub(crate) fn set_top(&mut self, top: usize) {
        debug_assert!(self.start <= top && top <= self.end);
        self.top = top;
    }

    #[inline(always)]
    pub(crate) fn contains(&self, addr: usize) -> bool {
        addr.wrapping_sub(self.start) < self.end - self.start
    }

    pub(crate) fn capacity(&self) -> usize {
        self.end - self.start
    }

    pub(crate) fn used(&self) -> usize {
        self.top - self.start
    }

    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn top(&self) -> usize {
        self.top
    }

    pub(crate) fn bytes_allocated(&self) -> u64 {
        self.allocated_before + self.used() as u64
    }

    /// Empties the nursery; with `poison`, overwrites what was in it.
    pub(crate) fn reset(&mut self, poison: bool) {
        if poison {
            // SAFETY: [start, top) is nursery memory; the collector has
            // evacuated every live object out of it and no reference into it
            // remains.
            unsafe { raw::fill(self.start, self.used() / 8, raw::POISON) };
        }
        self.allocated_before += self.used() as u64;
        self.top = self.start;
    }
}

impl Drop for Nursery {
    fn drop(&mut self) {
        // SAFETY: this is the region `new` allocated, with its size and alignment.
        unsafe { raw::system_free(self.start, self.end - self.start, ALIGN) };
    }
}
