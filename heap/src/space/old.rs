//! The old space: pages of `PAGE_BYTES`, each cut into cells of one size
//! class, with a free list per class. Non-moving; reclaimed by mark-sweep.
//!
//! A free cell holds a header of layout `FREE` (so a sweep can tell it from
//! an object) and, in its second word, the address of the next free cell of
//! its class. A page whose cells are all free after a sweep goes back to
//! the system.
//!
//! A fresh page is carved into cells lazily, from its start up, only once
//! its class's free list is empty: the memory past a page's `carved` mark
//! is never written, so the system need not back it with RAM. Every walk
//! over a page's cells stops at that mark.

use std::collections::HashMap;

use crate::header::{Header, MARKED};
use crate::layout::LayoutId;
use crate::raw;

pub const PAGE_BYTES: usize = 64 * 1024;
/// The largest cell; bigger objects live in the large-object space.
pub const MAX_CELL_BYTES: usize = 4096;

/// Cell sizes: four classes per doubling from 64 bytes up keep the waste
/// inside a cell under 25 %, and under 12.5 % for the small objects that
/// dominate Python heaps.
const CLASS_BYTES: [usize; 31] = [
    16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768,
    896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096,
];
const CLASSES: usize = CLASS_BYTES.len();
const MAX_CELL_WORDS: usize = MAX_CELL_BYTES / 8;

struct Page {
    base: usize,
    class: u8,
    /// Bytes from `base` already cut into cells; the rest is untouched.
    carved: usize,
}

pub(crate) struct OldSpace {
    pages: Vec<Page>,
    /// Page base address -> index in `pages`.
    page_index: HashMap<usize, usize>,
    /// Head of each class's free list (0: empty).
    free: [usize; CLASSES],
    /// Index in `pages` of each class's page with uncarved room, if any.
    carving: [Option<usize>; CLASSES],
    /// Size class of an object of `words` words, for 1..=MAX_CELL_WORDS.
    class_of_words: [u8; MAX_CELL_WORDS + 1],
    /// Bytes of cells holding objects.
    used_bytes: usize,
}

impl OldSpace {
    pub(crate) fn new() -> OldSpace {
        let mut class_of_words = [0u8; MAX_CELL_WORDS + 1];
        let mut class = 0;
        for (words, slot) in class_of_words.iter_mut().enumerate() {
            while CLASS_BYTES[class] < (words * 8).max(16) {
                class += 1;
            }
            *slot = class as u8;
        }
        OldSpace {
            pages: Vec::new(),
            page_index: HashMap::new(),
            free: [0; CLASSES],
            carving: [None; CLASSES],
            class_of_words,
            used_bytes: 0,
        }
    }

    /// The cell size an object of `words` words occupies.
    #[cfg(test)]
    fn cell_bytes(&self, words: usize) -> usize {
        CLASS_BYTES[self.class_of_words[words] as usize]
    }

    /// True when allocating `words` words needs a fresh page.
    pub(crate) fn needs_page(&self, words: usize) -> bool {
        let class = self.class_of_words[words] as usize;
        self.free[class] == 0 && self.carving[class].is_none()
    }

    /// A cell for an object of `words` (1..=MAX_CELL_WORDS) words, or `None`
    /// when the system refuses a new page. The cell's contents are garbage.
    #[inline]
    pub(crate) fn alloc(&mut self, words: usize) -> Option<usize> {
        let class = self.class_of_words[words] as usize;
        let cell = self.free[class];
        if cell == 0 {
            return self.carve(class);
        }
        // SAFETY: `cell` is a free cell of one of our pages; its second word
        // holds the next free cell.
        self.free[class] = unsafe { raw::read(cell + 8) } as usize;
        self.used_bytes += CLASS_BYTES[class];
        Some(cell)
    }

    /// The next uncarved cell of `class`, from a fresh page if need be.
    fn carve(&mut self, class: usize) -> Option<usize> {
        let cell_bytes = CLASS_BYTES[class];
        let index = match self.carving[class] {
            Some(index) => index,
            None => self.add_page(class)?,
        };
        let page = &mut self.pages[index];
        let cell = page.base + page.carved;
        page.carved += cell_bytes;
        if page.carved + cell_bytes > PAGE_BYTES {
            self.carving[class] = None;
        }
        self.used_bytes += cell_bytes;
        Some(cell)
    }

    /// Adds an uncarved page of `class` and returns its index.
    fn add_page(&mut self, class: usize) -> Option<usize> {
        let base = raw::map_aligned(PAGE_BYTES, PAGE_BYTES)?;
        let index = self.pages.len();
        self.page_index.insert(base, index);
        self.pages.push(Page {
            base,
            class: class as u8,
            carved: 0,
        });
        self.carving[class] = Some(index);
        Some(index)
    }

    pub(crate) fn used_bytes(&self) -> usize {
        self.used_bytes
    }

    pub(crate) fn page_bytes(&self) -> usize {
        self.pages.len() * PAGE_BYTES
    }

    /// True when `addr` is the start of a cell holding an object.
    pub(crate) fn is_object_start(&self, addr: usize) -> bool {
        self.object_cell_bytes(addr).is_some()
    }

    /// The size of the cell starting at `addr`, if it holds an object.
    pub(crate) fn object_cell_bytes(&self, addr: usize) -> Option<usize> {
        let base = addr & !(PAGE_BYTES - 1);
        let &index = self.page_index.get(&base)?;
        let page = &self.pages[index];
        let cell_bytes = CLASS_BYTES[page.class as usize];
        let offset = addr - base;
        if offset % cell_bytes != 0 || offset + cell_bytes > page.carved {
            return None;
        }
        // SAFETY: `addr` is a cell boundary inside one of our pages.
        let header = Header(unsafe { raw::read(addr) });
        (header.layout() != LayoutId::FREE).then_some(cell_bytes)
    }

    /// Calls `f(address, cell_bytes)` for every cell holding an object.
    pub(crate) fn for_each_object(&self, mut f: impl FnMut(usize, usize)) {
        for page in &self.pages {
            let cell_bytes = CLASS_BYTES[page.class as usize];
            for cell in (page.base..page.base + page.carved).step_by(cell_bytes) {
                // SAFETY: `cell` is a cell boundary inside one of our pages.
                let header = Header(unsafe { raw::read(cell) });
                if header.layout() != LayoutId::FREE {
                    f(cell, cell_bytes);
                }
            }
        }
    }

    /// Frees every unmarked object (after `on_free` has seen it), clears the
    /// marks of the rest, rebuilds the free lists and returns empty pages to
    /// the system. Returns the bytes freed.
    ///
    /// Each class's free list hands out the cells of its fullest pages
    /// first, so that new objects fill the pages that are mostly live and
    /// the sparse ones get the chance to empty and leave the process.
    pub(crate) fn sweep(&mut self, poison: bool, mut on_free: impl FnMut(usize, Header)) -> usize {
        let mut freed = 0;
        self.free = [0; CLASSES];
        let carving = std::mem::replace(&mut self.carving, [None; CLASSES]);
        self.page_index.clear();
        let mut kept = Vec::with_capacity(self.pages.len());
        let mut lists = Vec::with_capacity(self.pages.len());
        for (index, page) in std::mem::take(&mut self.pages).into_iter().enumerate() {
            let class = page.class as usize;
            let cell_bytes = CLASS_BYTES[class];
            let cells = page.carved / cell_bytes;
            let mut list = PageFreeList {
                class,
                live: 0,
                head: 0,
                tail: 0,
            };
            for i in (0..cells).rev() {
                let cell = page.base + i * cell_bytes;
                // SAFETY: `cell` is a cell boundary inside a page of this space.
                let header = Header(unsafe { raw::read(cell) });
                if header.layout() != LayoutId::FREE {
                    if header.has(MARKED) {
                        // SAFETY: as above; clears the mark of a live object.
                        unsafe { raw::write(cell, header.without(MARKED).0) };
                        list.live += 1;
                        continue;
                    }
                    on_free(cell, header);
                    freed += cell_bytes;
                    if poison {
                        // SAFETY: the object is unreachable; its cell is ours.
                        unsafe { raw::fill(cell + 16, cell_bytes / 8 - 2, raw::POISON) };
                    }
                }
                // SAFETY: `cell` is now free; only the free list will refer to it.
                unsafe {
                    raw::write(cell, free_header(cell_bytes).0);
                    raw::write(cell + 8, list.head as u64);
                }
                if list.tail == 0 {
                    list.tail = cell;
                }
                list.head = cell;
            }
            if list.live == 0 {
                // SAFETY: the page came from `map_aligned(PAGE_BYTES, ..)`
                // and holds no object; no free list links its cells.
                unsafe { raw::unmap(page.base, PAGE_BYTES) };
                continue;
            }
            if carving[class] == Some(index) {
                self.carving[class] = Some(kept.len());
            }
            self.page_index.insert(page.base, kept.len());
            kept.push(page);
            if list.head != 0 {
                lists.push(list);
            }
        }
        // Linked from the emptiest page to the fullest: the last one linked
        // is the head.
        lists.sort_by_key(|list| list.live);
        for list in lists {
            // SAFETY: `tail` is the last free cell of a kept page; its second
            // word is the link to the next cell.
            unsafe { raw::write(list.tail + 8, self.free[list.class] as u64) };
            self.free[list.class] = list.head;
        }
        self.pages = kept;
        self.used_bytes -= freed;
        freed
    }
}

/// The free cells of one page after a sweep, linked upwards.
struct PageFreeList {
    class: usize,
    live: usize,
    head: usize,
    tail: usize,
}

fn free_header(cell_bytes: usize) -> Header {
    Header::new(LayoutId::FREE, cell_bytes / 8, 0)
}

impl Drop for OldSpace {
    fn drop(&mut self) {
        for page in &self.pages {
            // SAFETY: each page came from `map_aligned(PAGE_BYTES, ..)`; the
            // heap is going away.
            unsafe { raw::unmap(page.base, PAGE_BYTES) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_fit_and_waste_little() {
        let old = OldSpace::new();
        for words in 1..=MAX_CELL_WORDS {
            let cell = old.cell_bytes(words);
            assert!(cell >= words * 8 && cell >= 16);
            if words >= 8 {
                assert!(cell * 4 <= words * 8 * 5, "{words} words in {cell}");
            }
        }
    }

    #[test]
    fn cells_are_handed_out_upwards_and_recycled() {
        let mut old = OldSpace::new();
        let a = old.alloc(4).unwrap();
        let b = old.alloc(4).unwrap();
        assert_eq!(b, a + 32);
        assert_eq!(old.used_bytes(), 64);
        assert_eq!(old.page_bytes(), PAGE_BYTES);
        // Neither cell holds an object header yet: make `a` a live, marked
        // object and `b` a dead one.
        // SAFETY (test): both cells were just handed out by `alloc`.
        unsafe {
            raw::write(a, Header::new(LayoutId(1), 4, MARKED).0);
            raw::write(b, Header::new(LayoutId(1), 4, 0).0);
        }
        let mut freed_objects = vec![];
        let freed = old.sweep(true, |addr, _| freed_objects.push(addr));
        assert_eq!(freed, 32);
        assert_eq!(freed_objects, vec![b]);
        assert!(old.is_object_start(a) && !old.is_object_start(b) && !old.is_object_start(a + 8));
        assert_eq!(old.alloc(4), Some(b));
        // SAFETY (test): `b` was handed out again; make it dead once more and
        // `a` dead too: the page empties and goes back to the system.
        unsafe {
            raw::write(a, Header::new(LayoutId(1), 4, 0).0);
            raw::write(b, Header::new(LayoutId(1), 4, 0).0);
        }
        old.sweep(false, |_, _| {});
        assert_eq!(old.page_bytes(), 0);
        assert_eq!(old.used_bytes(), 0);
    }

    #[test]
    fn only_carved_cells_are_walked() {
        let mut old = OldSpace::new();
        let a = old.alloc(2).unwrap();
        // SAFETY (test): `a` was just handed out by `alloc`.
        unsafe { raw::write(a, Header::new(LayoutId(1), 2, MARKED).0) };
        let mut seen = vec![];
        old.for_each_object(|cell, bytes| seen.push((cell, bytes)));
        assert_eq!(seen, vec![(a, 16)]);
        assert!(!old.is_object_start(a + 16));
        assert!(!old.needs_page(2));
        assert_eq!(old.sweep(false, |_, _| {}), 0);
        assert_eq!(old.alloc(2), Some(a + 16));
    }

    #[test]
    fn the_fullest_page_is_refilled_first() {
        let mut old = OldSpace::new();
        let words = MAX_CELL_WORDS;
        let per_page = PAGE_BYTES / MAX_CELL_BYTES;
        let cells: Vec<usize> = (0..2 * per_page)
            .map(|_| old.alloc(words).unwrap())
            .collect();
        assert_eq!(old.page_bytes(), 2 * PAGE_BYTES);
        // The first page keeps 2 objects, the second 10.
        for (i, &cell) in cells.iter().enumerate() {
            let live = if i < per_page {
                i < 2
            } else {
                i - per_page < 10
            };
            let flags = if live { MARKED } else { 0 };
            // SAFETY (test): every cell was handed out by `alloc`.
            unsafe { raw::write(cell, Header::new(LayoutId(1), words, flags).0) };
        }
        old.sweep(false, |_, _| {});
        let second_page = cells[per_page] & !(PAGE_BYTES - 1);
        for _ in 0..per_page - 10 {
            let cell = old.alloc(words).unwrap();
            assert_eq!(cell & !(PAGE_BYTES - 1), second_page);
        }
        assert_ne!(old.alloc(words).unwrap() & !(PAGE_BYTES - 1), second_page);
    }
}
