//! The large-object space: each object above the old space's largest cell
//! gets its own system allocation and is never moved. Reclaimed by the
//! sweep of a major collection.

use std::collections::BTreeMap;

use crate::header::{Header, MARKED};
use crate::raw;

const ALIGN: usize = 16;

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
        let addr = raw::system_alloc(bytes, ALIGN)?;
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

    /// True when `addr` is the start of a large object.
    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.objects.contains_key(&addr)
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
                // SAFETY: `addr` came from `system_alloc(bytes, ALIGN)` and the
                // object is unreachable: nothing refers to it any more.
                unsafe { raw::system_free(addr, bytes, ALIGN) };
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
            // SAFETY: each entry is one `system_alloc(bytes, ALIGN)`; the heap
            // is going away, so nothing refers to it.
            unsafe { raw::system_free(addr, bytes, ALIGN) };
        }
    }
}
