//! Layouts: how the collector sizes and traces each kind of object.
//!
//! An object is a header word followed by `fields` words. A layout says
//! which fields hold `Value`s: the collector traces exactly the span
//! `first_value..first_value+count` (or to the end of the object for
//! `ValueSpan::ToEnd`); the other fields are raw words it never reads. Raw
//! data therefore comes first in a layout, then the traced values. Layouts
//! are declared once, as data, and the tracing loop is the same for every
//! object: there is no per-type trace function to get wrong.

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct LayoutId(pub u16);

impl LayoutId {
    /// The layout of a free old-space cell (never handed out).
    pub(crate) const FREE: LayoutId = LayoutId(0);
}

/// Which fields of an object are traced `Value`s.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ValueSpan {
    /// A fixed number of value fields.
    Fixed(u32),
    /// Every field from `first_value` to the end of the object.
    ToEnd,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Layout {
    pub name: &'static str,
    /// Index of the first value field (fields are counted after the header).
    pub first_value: u32,
    pub values: ValueSpan,
}

impl Layout {
    /// A layout whose fields are all values.
    pub const fn values(name: &'static str) -> Layout {
        Layout {
            name,
            first_value: 0,
            values: ValueSpan::ToEnd,
        }
    }

    /// A layout with no value fields (strings, byte buffers, floats).
    pub const fn raw(name: &'static str) -> Layout {
        Layout {
            name,
            first_value: 0,
            values: ValueSpan::Fixed(0),
        }
    }

    /// `raw` raw fields, then values to the end of the object.
    pub const fn raw_then_values(name: &'static str, raw: u32) -> Layout {
        Layout {
            name,
            first_value: raw,
            values: ValueSpan::ToEnd,
        }
    }

    /// The traced field range of an object of this layout with `fields` fields.
    #[inline(always)]
    pub(crate) fn value_range(&self, fields: usize) -> core::ops::Range<usize> {
        let start = (self.first_value as usize).min(fields);
        let end = match self.values {
            ValueSpan::Fixed(n) => (start + n as usize).min(fields),
            ValueSpan::ToEnd => fields,
        };
        start..end
    }
}

/// The layouts known to one heap, indexed by `LayoutId`.
pub(crate) struct LayoutTable {
    layouts: Vec<Layout>,
}

impl LayoutTable {
    pub(crate) fn new() -> LayoutTable {
        LayoutTable {
            layouts: vec![Layout::raw("free cell")],
        }
    }

    pub(crate) fn register(&mut self, layout: Layout) -> Option<LayoutId> {
        let id = u16::try_from(self.layouts.len()).ok()?;
        self.layouts.push(layout);
        Some(LayoutId(id))
    }

    #[inline(always)]
    pub(crate) fn get(&self, id: LayoutId) -> &Layout {
        &self.layouts[id.0 as usize]
    }

    pub(crate) fn is_registered(&self, id: LayoutId) -> bool {
        id != LayoutId::FREE && (id.0 as usize) < self.layouts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_ranges_clip_to_the_object() {
        assert_eq!(Layout::values("t").value_range(3), 0..3);
        assert_eq!(Layout::raw("s").value_range(5), 0..0);
        assert_eq!(Layout::raw_then_values("l", 2).value_range(5), 2..5);
        assert_eq!(Layout::raw_then_values("l", 2).value_range(1), 1..1);
        let fixed = Layout {
            name: "f",
            first_value: 1,
            values: ValueSpan::Fixed(2),
        };
        assert_eq!(fixed.value_range(6), 1..3);
        assert_eq!(fixed.value_range(2), 1..2);
    }
}
