//! The object header: one word at the start of every heap object.
//!
//! ```text
//! bits 63..32  size of the object in words, header included
//! bits 31..16  layout id (how to trace it; see `layout.rs`)
//! bits 15..0   GC flags
//! ```
//!
//! A forwarded nursery object has its whole header replaced by the new
//! address with `FORWARDED` set; nothing else is read from it again.

use crate::layout::LayoutId;

/// The header has been replaced by a forwarding address (minor collection).
pub(crate) const FORWARDED: u64 = 1 << 0;
/// Reached in the current major collection's mark phase.
pub(crate) const MARKED: u64 = 1 << 1;
/// Old and not in the remembered set: the next store of a pointer into this
/// object takes the barrier's slow path.
pub(crate) const UNLOGGED: u64 = 1 << 2;
/// Lives outside the nursery (old space or large space).
pub(crate) const OLD: u64 = 1 << 3;
/// Lives in the large-object space.
pub(crate) const LARGE: u64 = 1 << 4;
/// Was given an identity while young; the identity table follows it.
pub(crate) const HAS_IDENTITY: u64 = 1 << 5;

const LAYOUT_SHIFT: u32 = 16;
const SIZE_SHIFT: u32 = 32;

/// The largest object, in words, that a header can describe.
pub(crate) const MAX_OBJECT_WORDS: usize = u32::MAX as usize;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub(crate) struct Header(pub(crate) u64);

impl Header {
    #[inline(always)]
    pub(crate) const fn new(layout: LayoutId, words: usize, flags: u64) -> Header {
        Header(((words as u64) << SIZE_SHIFT) | ((layout.0 as u64) << LAYOUT_SHIFT) | flags)
    }

    #[inline(always)]
    pub(crate) const fn forwarding(to: usize) -> Header {
        Header(to as u64 | FORWARDED)
    }

    #[inline(always)]
    pub(crate) const fn is_forwarded(self) -> bool {
        self.0 & FORWARDED != 0
    }

    #[inline(always)]
    pub(crate) const fn forwarded_to(self) -> usize {
        (self.0 & !FORWARDED) as usize
    }

    #[inline(always)]
    pub(crate) const fn words(self) -> usize {
        (self.0 >> SIZE_SHIFT) as usize
    }

    #[inline(always)]
    pub(crate) const fn layout(self) -> LayoutId {
        LayoutId((self.0 >> LAYOUT_SHIFT) as u16)
    }

    #[inline(always)]
    pub(crate) const fn has(self, flag: u64) -> bool {
        self.0 & flag != 0
    }

    #[inline(always)]
    pub(crate) const fn with(self, flag: u64) -> Header {
        Header(self.0 | flag)
    }

    #[inline(always)]
    pub(crate) const fn without(self, flag: u64) -> Header {
        Header(self.0 & !flag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_one_word_and_round_trips() {
        assert_eq!(core::mem::size_of::<Header>(), 8);
        let h = Header::new(LayoutId(0xbeef), MAX_OBJECT_WORDS, OLD | UNLOGGED);
        assert_eq!(h.layout(), LayoutId(0xbeef));
        assert_eq!(h.words(), MAX_OBJECT_WORDS);
        assert!(h.has(OLD) && h.has(UNLOGGED) && !h.has(MARKED) && !h.is_forwarded());
        assert_eq!(h.with(MARKED).without(MARKED), h);
        let f = Header::forwarding(0x1000_0008);
        assert!(f.is_forwarded());
        assert_eq!(f.forwarded_to(), 0x1000_0008);
    }
}
