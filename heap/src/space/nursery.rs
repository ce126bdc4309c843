//! The nursery: one contiguous region, allocated into by bumping a pointer
//! and emptied all at once by a minor collection.

use crate::raw;

const ALIGN: usize = 4096;

pub(crate) struct Nursery {
    start: usize,
    end: usize,
    top: usize,
    /// Bytes allocated in earlier cycles (before the last reset).
    allocated_before: u64,
}

impl Nursery {
    /// A nursery of `bytes` (a multiple of 8), or `None` when the system
    /// refuses the memory.
    pub(crate) fn new(bytes: usize) -> Option<Nursery> {
        let start = raw::system_alloc(bytes, ALIGN)?;
        Some(Nursery {
            start,
            end: start + bytes,
            top: start,
            allocated_before: 0,
        })
    }

    /// Claims `bytes` and returns their address, or `None` when full.
    #[inline(always)]
    pub(crate) fn bump(&mut self, bytes: usize) -> Option<usize> {
        let top = self.top;
        let new_top = top + bytes;
        if new_top <= self.end {
            self.top = new_top;
            Some(top)
        } else {
            None
        }
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
