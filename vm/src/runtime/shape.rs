//! Hidden classes ("shapes", as PyPy's maps) for instances of user
//! classes.
//!
//! An INSTANCE keeps its attributes in the `slots` tail of the object while
//! its `shape` says which name is in which slot; instances that set the
//! same attributes in the same order share a shape. A shape is a path of
//! transitions from the empty root, one name per step, and lives for the
//! whole run in this table (names are interned strs, which never move and
//! stay rooted, so the table is not traced).
//!
//! The instance dict is made on demand: anything that needs one (`vars`,
//! `__dict__`, `del`, an attribute name that is not interned, a class with
//! `__slots__`) *materializes* it from the slots and switches the instance
//! to `DICT_MODE` for good, so a dict that Python code holds is always the
//! instance's only store of attributes.

use minnow_heap::Value;
use rustc_hash::FxHashMap;

/// The `shape` of an instance whose attributes live in its dict.
pub const DICT_MODE: u64 = u64::MAX;
/// Not a shape: the key under which the `LOAD_METHOD` cache holds methods
/// of a builtin container (`Vm::plain_builtin_type`), which has no
/// attributes of its own.
pub const BUILTIN_RECEIVER: u64 = u64::MAX - 1;
/// The shape of an instance with no attributes yet.
pub const ROOT: u64 = 0;
/// Instances with more attributes than this use a dict.
pub const MAX_SLOTS: usize = 32;
/// Slots given to the first instances of a class, before it has learned
/// how many its instances use.
pub const DEFAULT_SLOTS: usize = 4;

pub struct Shapes {
    shapes: Vec<Shape>,
}

struct Shape {
    /// The attribute names in slot order.
    names: Vec<Value>,
    slots: FxHashMap<u64, usize>,
    transitions: FxHashMap<u64, u64>,
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes::new()
    }
}

impl Shapes {
    pub fn new() -> Shapes {
        Shapes {
            shapes: vec![Shape {
                names: Vec::new(),
                slots: FxHashMap::default(),
                transitions: FxHashMap::default(),
            }],
        }
    }

    /// The slot of interned `name` in `shape`.
    #[inline]
    pub fn slot(&self, shape: u64, name: Value) -> Option<usize> {
        self.shapes[shape as usize].slots.get(&name.bits()).copied()
    }

    pub fn names(&self, shape: u64) -> &[Value] {
        &self.shapes[shape as usize].names
    }

    /// The shape after adding interned `name` to `shape` (whose slot is
    /// the last), or `None` past `MAX_SLOTS`.
    pub fn with(&mut self, shape: u64, name: Value) -> Option<u64> {
        if let Some(&next) = self.shapes[shape as usize].transitions.get(&name.bits()) {
            return Some(next);
        }
        let parent = &self.shapes[shape as usize];
        if parent.names.len() >= MAX_SLOTS {
            return None;
        }
        let mut names = parent.names.clone();
        let mut slots = parent.slots.clone();
        slots.insert(name.bits(), names.len());
        names.push(name);
        let next = self.shapes.len() as u64;
        self.shapes.push(Shape {
            names,
            slots,
            transitions: FxHashMap::default(),
        });
        self.shapes[shape as usize]
            .transitions
            .insert(name.bits(), next);
        Some(next)
    }
}
