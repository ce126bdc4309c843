//! Minnow's heap: tagged values, object headers and a generational,
//! precise, stop-the-world collector.
//!
//! # Invariants
//!
//! These hold at every safepoint, i.e. whenever no collection is running.
//! `Heap::verify` checks each of them over the whole heap; verify mode runs
//! checks before and after every collection, on the schedule under
//! "Verification" below.
//!
//! 1. Every heap object starts with a one-word header giving its size in
//!    words and its layout; the layout says which fields are traced values.
//!    A traced field holds a valid `Value`: `EMPTY`, an immediate, or the
//!    address of an object's header. Untraced fields are never read as values.
//! 2. An object lives in exactly one space: the nursery (no `OLD` flag), an
//!    old-space cell (`OLD`), or the large-object space (`LARGE`). Objects
//!    never move except out of the nursery, in a minor collection.
//! 3. *Young* objects are those of the nursery and the *young large* ones:
//!    large objects born since the last minor collection, listed in
//!    `young_large`, which lack `OLD` until that collection reaches them (it
//!    frees the others). Every other large object has `OLD`. A young object
//!    is never `UNLOGGED` nor in the remembered set.
//! 4. The remembered set holds exactly the old objects without the
//!    `UNLOGGED` flag. An old object with `UNLOGGED` holds no pointer to a
//!    young object except in the *remembered fields*, which are fields of
//!    old large objects. Every store of a value into an object goes through
//!    `Heap::set_field` (or `set_fields`), whose barrier keeps this true: a
//!    pointer to a young object stored in an `UNLOGGED` object adds the
//!    field to the remembered fields if the object is large (while they
//!    number fewer than 65 536), else clears the flag and enters the object
//!    in the set; `move_fields` enters a large object whole when it moves a
//!    young pointer. An old object born outside the nursery starts in the
//!    set, so its initializing stores need no barrier.
//! 5. No header is forwarded and none is marked: forwarding exists only
//!    inside a minor collection, marks only inside a major one.
//! 6. Allocation never collects. It only requests a collection, which the
//!    heap's owner runs at its next safepoint (`Heap::safepoint`), where every
//!    value it still needs is reachable from its `RootSet` or a `RootScope`.
//!    An `ObjRef` or unrooted `Value` held across a safepoint may dangle.
//! 7. After a minor collection the nursery is empty and no large object is
//!    young; after a major one every object in the old and large spaces was
//!    reachable when it ran.
//!
//! # Verification
//!
//! Verify mode checks around every collection, in one of two extents:
//!
//! - *Full*: `Heap::verify`, every invariant above over every object of
//!   every space, and the roots. It runs before and after every major
//!   collection, and before and after a minor one when it is *due*: when
//!   the bytes promoted or allocated outside the nursery since the last full
//!   verification exceed the bytes of old pages and large objects that
//!   verification walked. Each full verification therefore costs no more
//!   than the growth that made it due, and all of them together cost time
//!   linear in the bytes that entered the old and large spaces.
//! - *Minor*, otherwise, in time proportional to the minor collection's own
//!   work. Before it: the roots point at objects; the nursery walks end to
//!   end, with no forwarded header; every nursery object, every object in
//!   the remembered set (no duplicates, none `UNLOGGED`) and every object
//!   the previous minor collection promoted satisfies invariants 1 to 5, in
//!   particular an `UNLOGGED` one holds no pointer into the nursery outside
//!   its remembered fields, each a traced field of an old large object (a store
//!   that skipped the barrier into a recently promoted object is caught
//!   here, while the young object is intact), and every young large object
//!   is checked as the nursery's are. After it: the nursery, the remembered
//!   set, the remembered fields and the list of young large objects are
//!   empty, the roots point at old or large objects, and
//!   every object this collection promoted fits its cell, is `OLD` and
//!   `UNLOGGED`, and holds only valid values, none into the nursery.
//!
//! A missed barrier into an older object is caught by the next full
//! verification, or by the next minor check if the object was promoted by
//! the collection before.
//!
//! # Collections
//!
//! A minor collection copies the nursery objects reachable from the roots
//! and the remembered set into the old space (promotion after one survival),
//! leaving forwarding headers behind, and makes the young large objects it
//! reaches old in place; it scans both (a gray stack) until no young pointer
//! remains, empties the nursery and frees the young large objects it did not
//! reach. Young large bytes count against the nursery's capacity: reaching
//! it requests a minor collection. A major
//! collection first runs a minor one, then marks from the roots and sweeps
//! the old and large spaces; it runs when old bytes exceed the live bytes
//! after the previous major collection times the growth factor, when the
//! heap is over its limit, or on request. Stress mode makes every
//! `stress_major_every`-th requested collection a major one once the old and
//! large spaces have doubled since the last major collection. The kind of a collection is
//! settled when it starts: when a minor collection's promotions take the old
//! space past the growth threshold, the major collection runs at the next
//! safepoint, as a pause of its own. Only a heap over its limit after the
//! minor collection goes on to a major one at once. Growth can be kept from
//! starting major collections (`Heap::set_automatic_major`).

mod config;
mod fields;
mod header;
mod layout;
mod lifetime;
mod mutator;
mod plan;
mod raw;
mod roots;
mod space;
mod stats;
mod value;
mod verify;

pub use config::{
    parse_size, ConfigError, HeapConfig, KIB, MIB, MIN_ADAPTIVE_NURSERY_BYTES, MIN_HEAP_LIMIT,
    MIN_NURSERY_BYTES,
};
pub use fields::{FieldIndex, HasFields};
pub use layout::{Layout, LayoutId, ValueSpan};
pub use mutator::Mutator;
pub use plan::{Heap, HeapError, HeapInfo, MAX_NURSERY_FIELDS};
pub use raw::unmap_freed_blocks_from;
pub use roots::{RootScope, RootSet, Rooted, Tracer};
pub use space::old::{MAX_CELL_BYTES, PAGE_BYTES};
pub use stats::{
    pause_bucket, pause_bucket_range, CollectionKind, GcEvent, HeapStats, PAUSE_BUCKETS,
    PAUSE_SUB_BUCKETS,
};
pub use value::{ObjRef, Value, SMALL_INT_MAX, SMALL_INT_MIN};
pub use verify::VerifyError;
