//! The large-object space: each object above the old space's largest cell
//! gets its own system allocation and is never moved. Reclaimed by the
//! sweep of a major collection, or, for one that died young, by the minor
//! collection after its birth (`free`).

use std::collections::BTreeMap;

use crate::header::{Header, MARKED};
use crate::raw;

const ALIGN: usize = 16;
/// Objects from this size up are mapped from the kernel on their own pages,
/// so that freeing one returns its memory at once; the C allocator would
/// keep it (glibc raises its own mapping threshold as large blocks are
/// freed) and a growing dict or list would leave a trail of freed tables.
const MAPPED_BYTES: usize = 64 * 1024;
const SYSTEM_PAGE_BYTES: usize = 4096;

/// Gets `bytes` for one object.
fn obtain(bytes: usize) -> Option<usize> {
    if bytes >= MAPPED_BYTES {
        raw::map_aligned(bytes.next_multiple_of(SYSTEM_PAGE_BYTES), SYSTEM_PAGE_BYTES)
    } else {
        raw::system_alloc(bytes, ALIGN)
    }
}

/// Gives back what `obtain(bytes)` returned.
///
/// # Safety
/// `addr` came from `obtain(bytes)` and nothing refers to it any more.
unsafe fn release(addr: usize, bytes: usize) {
    if bytes >= MAPPED_BYTES {
        // SAFETY: the caller guarantees `addr` is a mapping of `obtain`.
        unsafe { raw::unmap(addr, bytes.next_multiple_of(SYSTEM_PAGE_BYTES)) }
    } else {
        // SAFETY: the caller guarantees `addr` came from `system_alloc`.
        unsafe { raw::system_free(addr, bytes, ALIGN) }
    }
}

pub(crate) struct LargeSpace {
    /// Address -> bytes of every large object.
    objects: BTreeMap<usize, usize>,
    bytes: usize,
}

impl LargeSpace {
    pub(crate) fn new() -> LargeSpace {
        LargeSpace {
            objects: BTreeMap::new(),
            bytes: 0,
        }
    }

    pub(crate) fn alloc(&mut self, bytes: usize) -> Option<usize> {
        let addr = obtain(bytes)?;
        self.objects.insert(addr, bytes);
        self.bytes += bytes;
        Some(addr)
    }

    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    pub(crate) fn count(&self) -> usize {
        self.objects.len()
    }

    pub(crate) fn for_each_object(&self, mut f: impl FnMut(usize)) {
        for &addr in self.objects.keys() {
            f(addr);
        }
    }

    /// The large object whose bytes include `addr`, if any.
    pub(crate) fn object_containing(&self, addr: usize) -> Option<usize> {
        let (&start, &bytes) = self.objects.range(..=addr).next_back()?;
        (addr < start + bytes).then_some(start)
    }

    /// True when `addr` is the start of a large object.
    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.objects.contains_key(&addr)
    }

    /// Frees the object at `addr`.
    ///
    /// # Safety
    /// Nothing refers to the object any more.
    pub(crate) unsafe fn free(&mut self, addr: usize) {
        let bytes = self
            .objects
            .remove(&addr)
            .expect("a large object of this space");
        self.bytes -= bytes;
        // SAFETY: `addr` came from `obtain(bytes)` (it was in `objects`), and
        // the caller guarantees that nothing refers to it.
        unsafe { release(addr, bytes) };
    }

    /// Frees every unmarked object (after calling `on_free` with it) and
    /// clears the mark of the rest. Returns the bytes freed.
    pub(crate) fn sweep(&mut self, mut on_free: impl FnMut(usize, Header)) -> usize {
        let before = self.bytes;
        self.objects.retain(|&addr, &mut bytes| {
            // SAFETY: `addr` is a live large object's header, owned by this space.
            let header = Header(unsafe { raw::read(addr) });
            if header.has(MARKED) {
                // SAFETY: as above.
                unsafe { raw::write(addr, header.without(MARKED).0) };
                true
            } else {
                on_free(addr, header);
                // SAFETY: `addr` came from `obtain(bytes)` and the object is
                // unreachable: nothing refers to it any more.
                unsafe { release(addr, bytes) };
                false
            }
        });
        self.bytes = self.objects.values().sum();
        before - self.bytes
    }
}

impl Drop for LargeSpace {
    fn drop(&mut self) {
        for (&addr, &bytes) in &self.objects {
            // SAFETY: each entry is one `obtain(bytes)`; the heap is going
            // away, so nothing refers to it.
            unsafe { release(addr, bytes) };
        }
    }
}
