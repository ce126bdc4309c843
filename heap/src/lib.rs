//! Minnow's heap: tagged values, object headers and a generational,
//! precise, stop-the-world collector.
//!
//! # Invariants
//!
//! These hold at every safepoint, i.e. whenever no collection is running.
//! `Heap::verify` checks each of them; verify mode runs it before and after
//! every collection.
//!
//! 1. Every heap object starts with a one-word header giving its size in
//!    words and its layout; the layout says which fields are traced values.
//!    A traced field holds a valid `Value`: `EMPTY`, an immediate, or the
//!    address of an object's header. Untraced fields are never read as values.
//! 2. An object lives in exactly one space: the nursery (no `OLD` flag), an
//!    old-space cell (`OLD`), or the large-object space (`OLD | LARGE`).
//!    Objects never move except out of the nursery, in a minor collection.
//! 3. The remembered set holds exactly the old objects without the
//!    `UNLOGGED` flag. An old object with `UNLOGGED` holds no pointer into the
//!    nursery. Every store of a value into an object goes through
//!    `Heap::set_field` (or `set_fields`), whose barrier keeps this true: a
//!    pointer into the nursery stored in an `UNLOGGED` object clears the flag
//!    and enters the object in the set. An object born outside the nursery
//!    starts in the set, so its initializing stores need no barrier.
//! 4. No header is forwarded and none is marked: forwarding exists only
//!    inside a minor collection, marks only inside a major one.
//! 5. Allocation never collects. It only requests a collection, which the
//!    heap's owner runs at its next safepoint (`Heap::safepoint`), where every
//!    value it still needs is reachable from its `RootSet` or a `RootScope`.
//!    An `ObjRef` or unrooted `Value` held across a safepoint may dangle.
//! 6. After a minor collection the nursery is empty; after a major one every
//!    object in the old and large spaces was reachable when it ran.
//!
//! # Collections
//!
//! A minor collection copies the nursery objects reachable from the roots
//! and the remembered set into the old space (promotion after one survival),
//! leaving forwarding headers behind, then scans the copies (a gray stack)
//! until no young pointer remains, and empties the nursery. A major
//! collection first runs a minor one, then marks from the roots and sweeps
//! the old and large spaces; it runs when old bytes exceed the live bytes
//! after the previous major collection times the growth factor, when the
//! heap is over its limit, or on request.

mod config;
mod fields;
mod header;
mod layout;
mod mutator;
mod plan;
mod raw;
mod roots;
mod space;
mod stats;
mod value;
mod verify;

pub use config::{
    parse_size, ConfigError, HeapConfig, KIB, MIB, MIN_HEAP_LIMIT, MIN_NURSERY_BYTES,
};
pub use fields::{FieldIndex, HasFields};
pub use layout::{Layout, LayoutId, ValueSpan};
pub use mutator::Mutator;
pub use plan::{Heap, HeapError, HeapInfo, MAX_NURSERY_FIELDS};
pub use roots::{RootScope, RootSet, Rooted, Tracer};
pub use space::old::{MAX_CELL_BYTES, PAGE_BYTES};
pub use stats::{CollectionKind, GcEvent, HeapStats, PAUSE_BUCKETS};
pub use value::{ObjRef, Value, SMALL_INT_MAX, SMALL_INT_MIN};
pub use verify::VerifyError;
