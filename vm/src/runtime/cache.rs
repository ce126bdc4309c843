//! Lookup caches: the type-attribute cache behind `lookup_in_type`, and a
//! code object's inline caches: per name, for `LOAD_GLOBAL` and for
//! attribute access on instances.
//!
//! Neither cache is traced. An entry holds raw words of heap values and is
//! used only while a stamp it recorded is current; every stamp includes
//! `watched_epoch`, which the VM advances after each collection, so no entry
//! is read after its objects may have moved or died.

use std::cell::Cell;

use minnow_heap::Value;
use minnow_objects as objects;

/// Direct-mapped (type, name) -> MRO lookup result.
///
/// Valid while no class namespace changed: class dicts are watched (see
/// `objects::dict`), so any store, deletion or clear in one advances the
/// epoch and empties the cache at once. The MRO of a class never changes
/// after creation.
pub struct TypeCache {
    entries: Box<[Cell<TypeEntry>]>,
    /// The same for `user_special`: a dunder defined by a user class, not
    /// inherited from `object`.
    specials: Box<[Cell<TypeEntry>]>,
}

#[derive(Clone, Copy)]
struct TypeEntry {
    ty: Value,
    name: Value,
    epoch: u64,
    /// The attribute found, or EMPTY for "not on the MRO".
    found: Value,
}

const TYPE_CACHE_SIZE: usize = 4096;

impl Default for TypeCache {
    fn default() -> TypeCache {
        TypeCache::new()
    }
}

impl TypeCache {
    pub fn new() -> TypeCache {
        let empty = TypeEntry {
            ty: Value::EMPTY,
            name: Value::EMPTY,
            epoch: u64::MAX,
            found: Value::EMPTY,
        };
        TypeCache {
            entries: (0..TYPE_CACHE_SIZE).map(|_| Cell::new(empty)).collect(),
            specials: (0..SPECIAL_CACHE_SIZE).map(|_| Cell::new(empty)).collect(),
        }
    }

    /// `Some(result)` on a hit; the result is `None` for a name not found.
    #[inline]
    pub fn get(&self, ty: Value, name: Value) -> Option<Option<Value>> {
        probe(&self.entries, ty, name)
    }

    pub fn put(&self, ty: Value, name: Value, found: Option<Value>) {
        fill(&self.entries, ty, name, found);
    }

    #[inline]
    pub fn get_special(&self, ty: Value, name: Value) -> Option<Option<Value>> {
        probe(&self.specials, ty, name)
    }

    pub fn put_special(&self, ty: Value, name: Value, found: Option<Value>) {
        fill(&self.specials, ty, name, found);
    }
}

const SPECIAL_CACHE_SIZE: usize = 256;

fn slot(table: &[Cell<TypeEntry>], ty: Value, name: Value) -> &Cell<TypeEntry> {
    let h = (ty.bits() >> 3) ^ (name.bits() >> 3).wrapping_mul(0x9e37_79b9);
    &table[(h as usize) & (table.len() - 1)]
}

#[inline]
fn probe(table: &[Cell<TypeEntry>], ty: Value, name: Value) -> Option<Option<Value>> {
    let e = slot(table, ty, name).get();
    (e.ty == ty && e.name == name && e.epoch == objects::dict::watched_epoch())
        .then_some((!e.found.is_empty()).then_some(e.found))
}

fn fill(table: &[Cell<TypeEntry>], ty: Value, name: Value, found: Option<Value>) {
    slot(table, ty, name).set(TypeEntry {
        ty,
        name,
        epoch: objects::dict::watched_epoch(),
        found: found.unwrap_or(Value::EMPTY),
    });
}

/// `LOAD_GLOBAL`'s cache: one entry per name of a code object.
///
/// An entry is valid while the globals and builtins dicts it was filled
/// from keep their versions (which identify both the dict and its state)
/// and no collection has run since.
pub struct GlobalCache {
    entries: Box<[Cell<GlobalEntry>]>,
}

#[derive(Clone, Copy)]
struct GlobalEntry {
    globals_version: u64,
    builtins_version: u64,
    epoch: u64,
    value: Value,
}

impl GlobalCache {
    pub fn new(names: usize) -> GlobalCache {
        let empty = GlobalEntry {
            globals_version: 0,
            builtins_version: 0,
            epoch: u64::MAX,
            value: Value::EMPTY,
        };
        GlobalCache {
            entries: (0..names).map(|_| Cell::new(empty)).collect(),
        }
    }

    #[inline]
    pub fn get(&self, name: usize, globals_version: u64, builtins_version: u64) -> Option<Value> {
        let e = self.entries[name].get();
        (e.globals_version == globals_version
            && e.builtins_version == builtins_version
            && e.epoch == objects::dict::watched_epoch())
        .then_some(e.value)
    }

    pub fn put(&self, name: usize, globals_version: u64, builtins_version: u64, value: Value) {
        self.entries[name].set(GlobalEntry {
            globals_version,
            builtins_version,
            epoch: objects::dict::watched_epoch(),
            value,
        });
    }
}

/// Per-name caches of instance attribute access, keyed on the instance's
/// class and shape (see `shape.rs`). An entry holds what the general path
/// found for that class and shape: a slot index (as a small int), a method,
/// or a shape transition. Valid while no class namespace changed and no
/// collection ran (`watched_epoch`), as the class decides the rest.
pub struct AttrCache {
    entries: Box<[Cell<AttrEntry>]>,
}

#[derive(Clone, Copy)]
struct AttrEntry {
    class: Value,
    shape: u64,
    epoch: u64,
    found: Value,
}

/// Entries per name: a site that sees a few classes (a loop over mixed
/// shapes or task kinds) still hits.
const ATTR_WAYS: usize = 4;

impl AttrCache {
    pub fn new(names: usize) -> AttrCache {
        let empty = AttrEntry {
            class: Value::EMPTY,
            shape: 0,
            epoch: u64::MAX,
            found: Value::EMPTY,
        };
        AttrCache {
            entries: (0..names * ATTR_WAYS).map(|_| Cell::new(empty)).collect(),
        }
    }

    #[inline]
    pub fn get(&self, name: usize, class: Value, shape: u64) -> Option<Value> {
        let epoch = objects::dict::watched_epoch();
        self.entries[name * ATTR_WAYS..(name + 1) * ATTR_WAYS]
            .iter()
            .map(Cell::get)
            .find(|e| e.class == class && e.shape == shape && e.epoch == epoch)
            .map(|e| e.found)
    }

    /// Fills a stale way if there is one, else drops the oldest entry
    /// (the first) and appends.
    pub fn put(&self, name: usize, class: Value, shape: u64, found: Value) {
        let epoch = objects::dict::watched_epoch();
        let ways = &self.entries[name * ATTR_WAYS..(name + 1) * ATTR_WAYS];
        let entry = AttrEntry {
            class,
            shape,
            epoch,
            found,
        };
        if let Some(stale) = ways.iter().find(|e| e.get().epoch != epoch) {
            stale.set(entry);
            return;
        }
        for i in 0..ATTR_WAYS - 1 {
            ways[i].set(ways[i + 1].get());
        }
        ways[ATTR_WAYS - 1].set(entry);
    }
}

/// A code object's inline caches, each with one entry per name.
pub struct InlineCaches {
    pub globals: GlobalCache,
    /// `LOAD_ATTR` of an attribute in a slot: the slot.
    pub load_attr: AttrCache,
    /// `STORE_ATTR` to an attribute already in a slot: the slot.
    pub store_attr: AttrCache,
    /// `STORE_ATTR` adding an attribute: the shape after it.
    pub add_attr: AttrCache,
    /// `LOAD_METHOD` of a function on the class that no slot shadows.
    pub load_method: AttrCache,
}

impl InlineCaches {
    pub fn new(names: usize) -> InlineCaches {
        InlineCaches {
            globals: GlobalCache::new(names),
            load_attr: AttrCache::new(names),
            store_attr: AttrCache::new(names),
            add_attr: AttrCache::new(names),
            load_method: AttrCache::new(names),
        }
    }
}

/// Fresh caches: clones of a code object share nothing at run time.
impl Clone for InlineCaches {
    fn clone(&self) -> InlineCaches {
        InlineCaches::new(self.globals.entries.len())
    }
}

/// Caches hold no meaning of their own: any two compare equal.
impl PartialEq for InlineCaches {
    fn eq(&self, _: &InlineCaches) -> bool {
        true
    }
}

impl std::fmt::Debug for InlineCaches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "InlineCaches({} names)", self.globals.entries.len())
    }
}
