//! The generational plan (policy): composes the nursery, the old space and
//! the large-object space into one `Heap`, and decides when to collect,
//! where survivors go, and when the heap limit is reached. The invariants it
//! keeps are stated in `lib.rs`.

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use crate::config::HeapConfig;
use crate::header::{Header, HAS_IDENTITY, LARGE, MARKED, MAX_OBJECT_WORDS, OLD, UNLOGGED};
use crate::layout::{Layout, LayoutId, LayoutTable};
use crate::lifetime::Lifetime;
use crate::raw;
use crate::roots::{RootScope, RootSet, RootStack, Tracer};
use crate::space::large::LargeSpace;
use crate::space::nursery::Nursery;
use crate::space::old::{OldSpace, MAX_CELL_BYTES, PAGE_BYTES};
use crate::stats::{CollectionKind, GcEvent, HeapStats};
use crate::value::{ObjRef, Value};
use crate::verify::VerifyError;

/// Objects with more fields than this are born in the large-object space.
pub const MAX_NURSERY_FIELDS: usize = MAX_CELL_BYTES / 8 - 1;

/// The most fields of old large objects remembered one by one between two
/// minor collections; past it, a large object is remembered whole.
const MAX_REMEMBERED_SLOTS: usize = 1 << 16;

/// Why the heap could not do what was asked. The VM raises `MemoryError`
/// for each; the heap stays usable after any of them.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum HeapError {
    /// Serving the request would take the heap past its limit and its reserve.
    LimitReached { requested_bytes: usize },
    /// After a full collection the heap is still above its limit.
    StillOverLimit { heap_bytes: usize, limit: usize },
    /// No object can be this large (or larger than the whole limit).
    TooLarge { requested_fields: usize },
    /// The system refused memory.
    SystemOutOfMemory { requested_bytes: usize },
    /// More layouts than a header can name.
    TooManyLayouts,
}

impl core::fmt::Display for HeapError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            HeapError::LimitReached { requested_bytes } => {
                write!(f, "heap limit reached allocating {requested_bytes} bytes")
            }
            HeapError::StillOverLimit { heap_bytes, limit } => write!(
                f,
                "heap holds {heap_bytes} bytes after a full collection, over its limit of {limit}"
            ),
            HeapError::TooLarge { requested_fields } => {
                write!(f, "cannot allocate an object of {requested_fields} fields")
            }
            HeapError::SystemOutOfMemory { requested_bytes } => {
                write!(f, "the system refused {requested_bytes} bytes")
            }
            HeapError::TooManyLayouts => f.write_str("too many object layouts"),
        }
    }
}

impl std::error::Error for HeapError {}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Request {
    None,
    Minor,
    Major,
}

/// Where the heap's memory is, for `gc.heap_info()` and reports.
#[derive(Clone, Debug, PartialEq)]
pub struct HeapInfo {
    pub limit: Option<usize>,
    pub heap_bytes: usize,
    pub nursery_bytes: usize,
    pub nursery_used: usize,
    pub old_page_bytes: usize,
    pub old_used_bytes: usize,
    pub large_bytes: usize,
    pub large_objects: usize,
    /// Of `large_bytes`, those of large objects born since the last minor
    /// collection, which decides whether they live.
    pub young_large_bytes: usize,
    pub remembered_set: usize,
    /// Fields of old large objects remembered one by one (see
    /// `Heap::remember`), a field stored into twice counted twice.
    pub remembered_fields: usize,
    /// Share of old-space page bytes not holding objects.
    pub fragmentation: f64,
    /// Old and large bytes past which growth starts a major collection.
    pub major_threshold: usize,
}

/// Identities (`id()`) of objects asked for one while young: their address
/// would change when they move, so they get a number from a counter instead,
/// which follows them into the old space. Counter ids have 0b100 in their
/// low bits, so they never equal an address.
#[derive(Default)]
struct Identities {
    young: HashMap<usize, u64>,
    old: HashMap<usize, u64>,
    issued: u64,
}

pub struct Heap {
    pub(crate) nursery: Nursery,
    pub(crate) old: OldSpace,
    pub(crate) large: LargeSpace,
    pub(crate) layouts: LayoutTable,
    /// Old objects that may hold pointers into the nursery.
    pub(crate) remembered: Vec<usize>,
    /// Addresses of fields of old large objects given a young pointer: a
    /// big array (a long list's storage, a big dict's entries) is scanned
    /// by the fields stored into, not whole, at each minor collection.
    pub(crate) remembered_slots: Vec<usize>,
    /// Large objects born since the last minor collection, which decides
    /// whether they live (see `is_young_large`), and their bytes.
    pub(crate) young_large: Vec<usize>,
    young_large_bytes: usize,
    /// The addresses from the lowest young large object to the highest:
    /// `is_young_large` reads no header outside it. Scanning a big old
    /// array whose elements are old would otherwise touch every element.
    young_large_span: core::ops::Range<usize>,
    pub(crate) root_stack: RootStack,
    request: Request,
    config: HeapConfig,
    /// The heap limit in bytes (`usize::MAX` when there is none).
    limit: usize,
    /// Bytes an allocation may go past `limit` before it is refused outright.
    reserve: usize,
    major_threshold: usize,
    stats: HeapStats,
    bytes_allocated_outside_nursery: u64,
    identities: Identities,
    /// Objects copied or marked but not yet scanned.
    gray: Vec<usize>,
    promoted_bytes: usize,
    collections_since_major: u32,
    /// Old and large bytes after the last major collection.
    live_after_major: usize,
    /// In verify mode, the objects the last minor collection promoted
    /// (emptied by a major collection, which may free some of them).
    pub(crate) recently_promoted: Vec<usize>,
    /// In verify mode, `verification_work` at the last full verification ...
    work_at_verification: u64,
    /// ... and the bytes of old pages and large objects it walked.
    verified_heap_bytes: usize,
    listener: Option<Box<dyn FnMut(&GcEvent)>>,
    created: Instant,
    pub(crate) lifetime: Lifetime,
    /// Whether old-space growth past `major_threshold` starts a major
    /// collection (`set_automatic_major`).
    automatic_major: bool,
    /// A nursery size asked for by `set_nursery_bytes`, taken on by the
    /// next collection once it has emptied the nursery.
    next_nursery_bytes: Option<usize>,
    last_collection: Option<GcEvent>,
    /// The heap bytes when a collection last reported the heap over its
    /// limit (0 once a collection finds it under).
    over_limit_reported: usize,
}

impl Heap {
    pub fn new(config: HeapConfig) -> Result<Heap, HeapError> {
        let nursery_bytes = config.initial_nursery_bytes();
        let nursery =
            Nursery::new(nursery_bytes, config.stress).ok_or(HeapError::SystemOutOfMemory {
                requested_bytes: nursery_bytes,
            })?;
        let limit = config.heap_limit.unwrap_or(usize::MAX);
        let reserve = (limit / 16).max(PAGE_BYTES * 4);
        let mut stats = HeapStats::new();
        stats.peak_heap_bytes = nursery_bytes as u64;
        Ok(Heap {
            nursery,
            old: OldSpace::new(),
            large: LargeSpace::new(),
            layouts: LayoutTable::new(),
            remembered: Vec::new(),
            remembered_slots: Vec::new(),
            young_large: Vec::new(),
            young_large_span: 0..0,
            young_large_bytes: 0,
            root_stack: RootStack::default(),
            request: Request::None,
            major_threshold: config.major_floor_bytes,
            limit,
            reserve,
            config,
            stats,
            bytes_allocated_outside_nursery: 0,
            identities: Identities::default(),
            gray: Vec::new(),
            promoted_bytes: 0,
            collections_since_major: 0,
            live_after_major: 0,
            recently_promoted: Vec::new(),
            work_at_verification: 0,
            verified_heap_bytes: 0,
            listener: None,
            created: Instant::now(),
            lifetime: Lifetime::default(),
            automatic_major: true,
            next_nursery_bytes: None,
            last_collection: None,
            over_limit_reported: 0,
        })
    }

    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    pub fn register_layout(&mut self, layout: Layout) -> Result<LayoutId, HeapError> {
        self.layouts
            .register(layout)
            .ok_or(HeapError::TooManyLayouts)
    }

    pub fn layout(&self, id: LayoutId) -> &Layout {
        self.layouts.get(id)
    }

    // ----- allocation -------------------------------------------------------

    /// A new object of `layout` with `fields` fields, all zero (`EMPTY`).
    /// Never collects: a full nursery is reported by `collection_requested`
    /// and served at the next safepoint. Code that allocates in a loop of its
    /// own can bump faster through a `Mutator`.
    #[inline(always)]
    pub fn alloc(&mut self, layout: LayoutId, fields: usize) -> Result<ObjRef, HeapError> {
        if fields <= MAX_NURSERY_FIELDS {
            let words = fields + 1;
            if let Some(addr) = self.nursery.bump(words * 8) {
                // SAFETY: [addr, addr + 8 * words) was just claimed from the
                // nursery and nothing else refers to it.
                unsafe { init_object(addr, layout, words, 0) };
                return Ok(ObjRef::from_address(addr));
            }
        }
        self.alloc_slow(layout, fields)
    }

    /// What the nursery's fast path cannot serve: in stress mode, every
    /// nursery object (each one requests a collection); otherwise an object
    /// too large for the nursery or any object once it is full.
    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, layout: LayoutId, fields: usize) -> Result<ObjRef, HeapError> {
        if self.config.stress && fields <= MAX_NURSERY_FIELDS {
            debug_assert!(self.layouts.is_registered(layout));
            let words = fields + 1;
            if let Some(addr) = self.nursery.bump_to_end(words * 8) {
                // SAFETY: [addr, addr + 8 * words) was just claimed from the
                // nursery and nothing else refers to it.
                unsafe { init_object(addr, layout, words, 0) };
                self.request_at_least(Request::Minor);
                return Ok(ObjRef::from_address(addr));
            }
        }
        self.alloc_outside_nursery(layout, fields, true)
    }

    /// A new object born in the old space (pretenured): it never moves, so
    /// an `ObjRef` to it stays valid across safepoints while it is reachable.
    /// For long-lived objects such as code constants.
    pub fn alloc_old(&mut self, layout: LayoutId, fields: usize) -> Result<ObjRef, HeapError> {
        self.alloc_outside_nursery(layout, fields, false)
    }

    /// Serves what the nursery cannot: an object too large for it, any
    /// object once it is full (`nursery_full`), or a pretenured one. A large
    /// object that is not pretenured is born young (`is_young_large`): the
    /// next minor collection frees it unless something reaches it, so a
    /// program that builds big temporary strings and lists does not wait
    /// for a major collection to get their memory back. Any other such
    /// object is born old and remembered. Either way its initializing stores
    /// may point into the nursery without the barrier.
    #[cold]
    #[inline(never)]
    fn alloc_outside_nursery(
        &mut self,
        layout: LayoutId,
        fields: usize,
        nursery_full: bool,
    ) -> Result<ObjRef, HeapError> {
        debug_assert!(self.layouts.is_registered(layout));
        let too_large = HeapError::TooLarge {
            requested_fields: fields,
        };
        let words = fields
            .checked_add(1)
            .filter(|&w| w <= MAX_OBJECT_WORDS)
            .ok_or(too_large)?;
        let bytes = words * 8;
        if bytes > self.limit {
            self.stats.out_of_memory_errors += 1;
            return Err(too_large);
        }
        let large = bytes > MAX_CELL_BYTES;
        let growth = if large {
            bytes
        } else if self.old.needs_page(words) {
            PAGE_BYTES
        } else {
            0
        };
        let projected = self.heap_bytes() + growth;
        // Pretenured objects are the VM's own (code objects, interned
        // names): refusing one would leave a program that just caught a
        // MemoryError unable to run the code that drops its references, so
        // they may use a second reserve.
        let reserves = if nursery_full { 1 } else { 2 };
        if projected > self.refusal_floor().saturating_add(self.reserve * reserves) {
            self.stats.out_of_memory_errors += 1;
            self.request_at_least(Request::Major);
            return Err(HeapError::LimitReached {
                requested_bytes: bytes,
            });
        }
        if projected > self.limit {
            self.request_at_least(Request::Major);
        } else if !large && nursery_full {
            self.request_at_least(Request::Minor);
        }
        let young = large && nursery_full;
        let (addr, flags) = match (large, young) {
            (true, true) => (self.large.alloc(bytes), LARGE),
            (true, false) => (self.large.alloc(bytes), OLD | LARGE),
            (false, _) => (self.old.alloc(words), OLD),
        };
        let addr = addr.ok_or(HeapError::SystemOutOfMemory {
            requested_bytes: bytes,
        })?;
        // SAFETY: `addr` is a cell or large object just handed out for
        // `words` words; nothing else refers to it.
        unsafe { init_object(addr, layout, words, flags) };
        if young {
            self.young_large.push(addr);
            self.young_large_span = if self.young_large_span.is_empty() {
                addr..addr + 1
            } else {
                self.young_large_span.start.min(addr)..self.young_large_span.end.max(addr + 1)
            };
            self.young_large_bytes += bytes;
            // Young large objects are collected with the nursery, so they
            // use up its budget as its own objects do.
            if self.config.stress || self.young_large_bytes >= self.nursery.capacity() {
                self.request_at_least(Request::Minor);
            }
        } else {
            self.remembered.push(addr);
        }
        self.bytes_allocated_outside_nursery += bytes as u64;
        if self.major_due() {
            self.request_at_least(Request::Major);
        }
        self.note_peak();
        Ok(ObjRef::from_address(addr))
    }

    // ----- field access -----------------------------------------------------

    #[inline(always)]
    pub(crate) fn header(&self, obj: ObjRef) -> Header {
        // SAFETY: `obj` refers to a live object (the contract of `ObjRef`),
        // whose first word is its header.
        Header(unsafe { raw::read(obj.address()) })
    }

    /// The address of field `index` of `obj`, whose header is `header`;
    /// panics unless the object has that field.
    #[inline(always)]
    fn checked_field_address(obj: ObjRef, header: Header, index: usize) -> usize {
        let fields = header.words() - 1;
        if index >= fields {
            field_out_of_range(index, fields);
        }
        obj.address() + 8 + 8 * index
    }

    #[inline(always)]
    fn field_address(&self, obj: ObjRef, index: usize) -> usize {
        Self::checked_field_address(obj, self.header(obj), index)
    }

    pub fn layout_of(&self, obj: ObjRef) -> LayoutId {
        self.header(obj).layout()
    }

    pub fn field_count(&self, obj: ObjRef) -> usize {
        self.header(obj).words() - 1
    }

    /// Bytes the object occupies, header included.
    pub fn object_bytes(&self, obj: ObjRef) -> usize {
        self.header(obj).words() * 8
    }

    #[inline(always)]
    pub fn field(&self, obj: ObjRef, index: usize) -> Value {
        let addr = self.field_address(obj, index);
        // SAFETY: `addr` is a field inside the live object `obj`.
        Value::from_bits(unsafe { raw::read(addr) })
    }

    /// Stores `value` in a value field, through the write barrier.
    #[inline(always)]
    pub fn set_field(&mut self, obj: ObjRef, index: usize, value: Value) {
        // One read of the header serves the bounds check and the barrier: the
        // store below is to a field, so it cannot change the header.
        let header = self.header(obj);
        let addr = Self::checked_field_address(obj, header, index);
        // SAFETY: `addr` is a field inside the live object `obj`; `&mut self`
        // means no slice into the heap is borrowed.
        unsafe { raw::write(addr, value.bits()) };
        // A pointer tag (`EMPTY` included: the slow path ignores it, as it is
        // not in the nursery) stored into an `UNLOGGED` object.
        if value.has_pointer_tag() && header.has(UNLOGGED) {
            self.remember(obj, addr, value);
        }
    }

    /// The barrier's slow path: an old object not in the remembered set was
    /// given a pointer (or `EMPTY`) in the field at `slot`; if the pointer is
    /// young, remember the field (of a large object, which stays
    /// `UNLOGGED` so that its next such store comes here too) or the object.
    #[cold]
    #[inline(never)]
    pub(crate) fn remember(&mut self, holder: ObjRef, slot: usize, value: Value) {
        if !self.is_young_address(value.address()) {
            return;
        }
        let addr = holder.address();
        // SAFETY: `holder` is a live object, whose first word is its header.
        let header = Header(unsafe { raw::read(addr) });
        if header.has(LARGE) && self.remembered_slots.len() < MAX_REMEMBERED_SLOTS {
            self.remembered_slots.push(slot);
        } else {
            self.remember_whole(holder);
        }
    }

    /// Enters the `UNLOGGED` old object `holder` in the remembered set.
    fn remember_whole(&mut self, holder: ObjRef) {
        let addr = holder.address();
        // SAFETY: `holder` is a live object; only its flags change.
        unsafe { raw::write(addr, Header(raw::read(addr)).without(UNLOGGED).0) };
        self.remembered.push(addr);
    }

    /// A raw (untraced) field as a word.
    #[inline(always)]
    pub fn raw(&self, obj: ObjRef, index: usize) -> u64 {
        let addr = self.field_address(obj, index);
        // SAFETY: `addr` is a field inside the live object `obj`.
        unsafe { raw::read(addr) }
    }

    /// Stores a word in a raw field. Panics if the field is traced: a word
    /// there could be taken for a pointer.
    #[inline(always)]
    pub fn set_raw(&mut self, obj: ObjRef, index: usize, word: u64) {
        let header = self.header(obj);
        assert!(
            self.untraced(header, index..index + 1),
            "raw store into traced field {index}"
        );
        let addr = Self::checked_field_address(obj, header, index);
        // SAFETY: `addr` is an untraced field inside the live object `obj`.
        unsafe { raw::write(addr, word) };
    }

    /// Stores `words` in the raw fields `start..`, with one check that none
    /// of them is traced (where `set_raw` checks each).
    #[inline]
    pub fn set_raws(&mut self, obj: ObjRef, start: usize, words: &[u64]) {
        let header = self.header(obj);
        let end = start + words.len();
        assert!(
            end < header.words() && self.untraced(header, start..end),
            "raw store into traced fields {start}..{end}"
        );
        let base = obj.address() + 8 + 8 * start;
        for (i, &word) in words.iter().enumerate() {
            // SAFETY: an untraced field inside the live object `obj`, checked
            // above.
            unsafe { raw::write(base + 8 * i, word) };
        }
    }

    /// Whether fields `range` of an object with `header` are all raw. Raw
    /// fields come before the traced ones in most layouts, which one
    /// comparison settles.
    #[inline(always)]
    fn untraced(&self, header: Header, range: core::ops::Range<usize>) -> bool {
        let layout = self.layouts.get(header.layout());
        if range.end <= layout.first_value as usize {
            return true;
        }
        let traced = layout.value_range(header.words() - 1);
        traced.is_empty() || range.end <= traced.start || range.start >= traced.end
    }

    fn traced_range(&self, obj: ObjRef) -> core::ops::Range<usize> {
        let header = self.header(obj);
        self.layouts
            .get(header.layout())
            .value_range(header.words() - 1)
    }

    /// All fields of the object, read as values.
    pub fn fields(&self, obj: ObjRef) -> &[Value] {
        let fields = self.field_count(obj);
        // SAFETY: the object's fields are `fields` initialized, aligned words
        // and `Value` is a transparent u64; the shared borrow of the heap
        // keeps any collection or store from running while the slice lives.
        unsafe { core::slice::from_raw_parts((obj.address() + 8) as *const Value, fields) }
    }

    /// Stores `values` in fields `start..`, through the write barrier.
    pub fn set_fields(&mut self, obj: ObjRef, start: usize, values: &[Value]) {
        let fields = self.field_count(obj);
        assert!(start <= fields && values.len() <= fields - start);
        let base = obj.address() + 8 + 8 * start;
        for (i, v) in values.iter().enumerate() {
            // SAFETY: in bounds of the live object `obj`, checked above.
            unsafe { raw::write(base + 8 * i, v.bits()) };
        }
        if self.header(obj).has(UNLOGGED) {
            for (i, &v) in values.iter().enumerate() {
                if v.is_ptr() && self.is_young_address(v.address()) {
                    self.remember(obj, base + 8 * i, v);
                    if !self.header(obj).has(UNLOGGED) {
                        break;
                    }
                }
            }
        }
    }

    /// Moves fields `src` of `obj` to start at `dst` (as `copy_within`). No
    /// barrier: the object holds the same pointers as before. Panics unless
    /// both ranges are traced fields or both are raw ones: a raw word moved
    /// into a traced field could be taken for a pointer (as in `set_raw`).
    pub fn move_fields(&mut self, obj: ObjRef, src: core::ops::Range<usize>, dst: usize) {
        let fields = self.field_count(obj);
        assert!(src.start <= src.end && src.end <= fields && dst <= fields - src.len());
        let traced = self.traced_range(obj);
        let len = src.len();
        let all_traced = |start: usize| traced.start <= start && start + len <= traced.end;
        let all_raw = |start: usize| start + len <= traced.start || traced.end <= start;
        assert!(
            len == 0
                || (all_traced(src.start) && all_traced(dst))
                || (all_raw(src.start) && all_raw(dst)),
            "move_fields between traced and raw fields"
        );
        let base = obj.address() + 8;
        // SAFETY: both ranges lie inside the live object `obj`, checked above.
        unsafe { raw::copy(base + 8 * src.start, base + 8 * dst, src.len()) };
        // A large object's remembered fields are where its young pointers
        // were stored; moved elsewhere, they are covered by remembering the
        // whole object instead.
        let header = self.header(obj);
        if header.has(LARGE) && header.has(UNLOGGED) && all_traced(dst) {
            let moved_young = self.fields(obj)[dst..dst + len]
                .iter()
                .any(|v| v.is_ptr() && self.is_young_address(v.address()));
            if moved_young {
                self.remember_whole(obj);
            }
        }
    }

    /// The bytes of the fields from `first` to the end of the object. Only
    /// writes need the region to be untraced (`bytes_mut`), so reads skip
    /// the layout lookup that checks it: they are on every str's hot path.
    #[inline]
    pub fn bytes(&self, obj: ObjRef, first: usize) -> &[u8] {
        let fields = self.field_count(obj);
        assert!(first <= fields);
        // SAFETY: the region is initialized words inside the live object; the
        // shared borrow of the heap keeps any collection or store from running
        // meanwhile.
        unsafe {
            core::slice::from_raw_parts(
                (obj.address() + 8 + 8 * first) as *const u8,
                8 * (fields - first),
            )
        }
    }

    pub fn bytes_mut(&mut self, obj: ObjRef, first: usize) -> &mut [u8] {
        let (addr, len) = self.byte_region(obj, first);
        // SAFETY: as for `bytes`, and the region holds no traced field, so no
        // byte written through it can be taken for a pointer.
        unsafe { core::slice::from_raw_parts_mut(addr as *mut u8, len) }
    }

    /// Copies `len` bytes from offset `from` of the byte region of `src`
    /// (its untraced fields from `src_first`) to offset `to` of the byte
    /// region of `dst` (from `dst_first`): one copy, where going through
    /// `bytes` and `bytes_mut` would need a buffer between the two borrows.
    pub fn copy_bytes(
        &mut self,
        src: (ObjRef, usize),
        from: usize,
        dst: (ObjRef, usize),
        to: usize,
        len: usize,
    ) {
        let source = self.bytes(src.0, src.1);
        let (src_addr, src_len) = (source.as_ptr() as usize, source.len());
        let (dst_addr, dst_len) = self.byte_region(dst.0, dst.1);
        assert!(from.checked_add(len).is_some_and(|end| end <= src_len));
        assert!(to.checked_add(len).is_some_and(|end| end <= dst_len));
        // SAFETY: both ranges lie inside live objects, checked above, and the
        // destination's is untraced, so no byte written can be taken for a
        // pointer;
        // `copy` allows the ranges to overlap (the same object).
        unsafe {
            core::ptr::copy(
                (src_addr + from) as *const u8,
                (dst_addr + to) as *mut u8,
                len,
            )
        };
    }

    fn byte_region(&self, obj: ObjRef, first: usize) -> (usize, usize) {
        let header = self.header(obj);
        let fields = header.words() - 1;
        assert!(first <= fields && self.untraced(header, first..fields));
        (obj.address() + 8 + 8 * first, 8 * (fields - first))
    }

    /// True while the object is in the nursery (it may still move).
    pub fn is_young(&self, obj: ObjRef) -> bool {
        self.nursery.contains(obj.address())
    }

    /// True when `addr`, a live object's address or 0 (`EMPTY`), is a
    /// nursery object or a young large one: an object the next
    /// minor collection frees unless something reaches it.
    #[inline]
    pub(crate) fn is_young_address(&self, addr: usize) -> bool {
        self.nursery.contains(addr) || self.is_young_large(addr)
    }

    /// True when `addr` is a large object born since the last minor
    /// collection and not yet reached by it: `LARGE` without `OLD`.
    #[inline]
    pub(crate) fn is_young_large(&self, addr: usize) -> bool {
        if !self.young_large_span.contains(&addr) {
            return false;
        }
        // SAFETY: `addr` is a live object outside the nursery (the caller's
        // contract), whose first word is its header.
        let header = Header(unsafe { raw::read(addr) });
        header.has(LARGE) && !header.has(OLD)
    }

    /// A number that stays the same for the object's whole life and is not
    /// shared with any other live object (`id()`).
    pub fn identity(&mut self, obj: ObjRef) -> u64 {
        let addr = obj.address();
        let header = self.header(obj);
        if self.nursery.contains(addr) {
            // SAFETY: `obj` is live; only its flags change.
            unsafe { raw::write(addr, header.with(HAS_IDENTITY).0) };
            let identities = &mut self.identities;
            *identities.young.entry(addr).or_insert_with(|| {
                identities.issued += 1;
                (identities.issued << 3) | 0b100
            })
        } else if header.has(HAS_IDENTITY) {
            self.identities.old[&addr]
        } else {
            addr as u64
        }
    }

    // ----- roots and safepoints ----------------------------------------------

    /// Opens a scope of roots for native code (see `RootScope`).
    pub fn root_scope(&self) -> RootScope {
        RootScope::open(&self.root_stack)
    }

    /// True when a collection waits for the next safepoint. In stress mode
    /// that is whenever the nursery holds an object (every nursery allocation
    /// requests one): collecting an empty nursery would move nothing, so it
    /// could catch nothing.
    #[inline(always)]
    pub fn collection_requested(&self) -> bool {
        self.request != Request::None
    }

    /// Asks for a full collection at the next safepoint.
    pub fn request_major(&mut self) {
        self.request_at_least(Request::Major);
    }

    /// The kind of collection the next safepoint runs, if any. (A minor
    /// collection that promotes the heap past its limit goes on to a major
    /// one at once: see `collect`.)
    pub fn requested_collection(&self) -> Option<CollectionKind> {
        match self.request {
            Request::None => None,
            Request::Minor if !self.stress_major_due() => Some(CollectionKind::Minor),
            _ => Some(CollectionKind::Major),
        }
    }

    /// `requested_collection`, withdrawing the request: for an owner that
    /// runs code of its own before the collection (`collect_requested_as`)
    /// and does not want that code's safepoints to run it first.
    pub fn take_request(&mut self) -> Option<CollectionKind> {
        let kind = self.requested_collection();
        self.request = Request::None;
        kind
    }

    fn request_at_least(&mut self, request: Request) {
        self.request = self.request.max(request);
    }

    /// The old and large spaces have grown past the threshold, and growth
    /// is allowed to start major collections.
    fn major_due(&self) -> bool {
        self.automatic_major && self.old_bytes() > self.major_threshold
    }

    /// Stress mode exercises the major collector often, but only once the
    /// old space has doubled since the last major collection, so that the
    /// cost of its marking and sweeping stays linear in what is promoted.
    fn stress_major_due(&self) -> bool {
        self.config.stress
            && self.automatic_major
            && self.collections_since_major + 1 >= self.config.stress_major_every
            && self.old_bytes() >= 2 * self.live_after_major
    }

    /// Runs the collection requested since the last one, if any. The error
    /// says the heap is still over its limit after a full collection.
    #[inline(always)]
    pub fn safepoint<R: RootSet + ?Sized>(&mut self, roots: &mut R) -> Result<(), HeapError> {
        if !self.collection_requested() {
            return Ok(());
        }
        self.collect_requested(roots)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn collect_requested<R: RootSet + ?Sized>(
        &mut self,
        roots: &mut R,
    ) -> Result<(), HeapError> {
        let kind = self.requested_collection().unwrap_or(CollectionKind::Minor);
        self.run_collection(kind, false, roots)
    }

    /// Runs the requested collection as `kind`, what `requested_collection`
    /// said before the owner ran code of its own (which may have changed the
    /// request) ahead of it, so that the collection is the one announced.
    pub fn collect_requested_as<R: RootSet + ?Sized>(
        &mut self,
        kind: CollectionKind,
        roots: &mut R,
    ) -> Result<(), HeapError> {
        self.run_collection(kind, false, roots)
    }

    /// Collects now: a minor collection, followed by a major one when `kind`
    /// asks for it. Unlike a requested collection, it walks the nursery to
    /// count the objects that died there (`GcEvent::freed_objects`).
    pub fn collect<R: RootSet + ?Sized>(
        &mut self,
        kind: CollectionKind,
        roots: &mut R,
    ) -> Result<(), HeapError> {
        self.run_collection(kind, true, roots)
    }

    /// A minor collection, then a major one when `planned` is `Major` or
    /// when the heap is over its limit after the minor one. The kind is
    /// settled before the collection starts except in that last case: a
    /// major collection that growth calls for runs at the next safepoint, as
    /// a pause of its own.
    fn run_collection<R: RootSet + ?Sized>(
        &mut self,
        planned: CollectionKind,
        count_young: bool,
        roots: &mut R,
    ) -> Result<(), HeapError> {
        let start = Instant::now();
        let heap_bytes_before = self.heap_bytes();
        let nursery_bytes = self.nursery.used();
        let young_large_bytes = self.young_large_bytes;
        let nursery_capacity = self.nursery.capacity();
        let remembered_set_size = self.remembered.len();
        let remembered_fields = self.remembered_slots.len();
        if self.config.verify {
            if planned == CollectionKind::Major || self.full_verification_due() {
                self.verify_or_panic(self.verify(roots), "before a collection");
            } else {
                self.verify_or_panic(self.verify_before_minor(roots), "before a minor collection");
            }
        }
        self.promoted_bytes = 0;
        self.recently_promoted.clear();
        let young_dead = self.minor(roots, count_young || planned == CollectionKind::Major);
        if let Some(bytes) = self.next_nursery_bytes.take() {
            self.config.adaptive_nursery = false;
            self.resize_nursery(bytes);
        }
        let kind = if planned == CollectionKind::Major || self.heap_bytes() > self.limit {
            CollectionKind::Major
        } else {
            CollectionKind::Minor
        };
        let (freed_bytes, swept_objects) = match kind {
            CollectionKind::Major => {
                self.collections_since_major = 0;
                self.major(roots)
            }
            CollectionKind::Minor => {
                self.collections_since_major += 1;
                (0, 0)
            }
        };
        let pause_ns = start.elapsed().as_nanos() as u64;
        let young_freed_bytes =
            (nursery_bytes + young_large_bytes).saturating_sub(self.promoted_bytes);
        let freed_objects = young_dead + swept_objects;
        self.stats.record_pause(kind, pause_ns);
        self.stats.bytes_promoted += self.promoted_bytes as u64;
        self.stats.bytes_freed += freed_bytes as u64;
        self.stats.young_bytes_freed += young_freed_bytes as u64;
        match kind {
            CollectionKind::Minor => self.stats.minor_objects_freed += freed_objects as u64,
            CollectionKind::Major => self.stats.major_objects_freed += freed_objects as u64,
        }
        self.stats.live_bytes = self.old_bytes() as u64;
        if self.config.adaptive_nursery {
            self.adapt_nursery();
        }
        self.note_peak();
        self.request = if self.major_due() {
            Request::Major
        } else {
            Request::None
        };
        if self.config.verify {
            if kind == CollectionKind::Major {
                self.recently_promoted.clear();
            }
            if kind == CollectionKind::Major || self.full_verification_due() {
                self.verify_or_panic(self.verify(roots), "after a collection");
                self.verified_heap_bytes = self.old.page_bytes() + self.large.bytes();
                self.work_at_verification = self.verification_work();
            } else {
                self.verify_or_panic(self.verify_after_minor(roots), "after a minor collection");
            }
        }
        let event = GcEvent {
            kind,
            start_ns: start.duration_since(self.created).as_nanos() as u64,
            pause_ns,
            heap_bytes_before,
            heap_bytes_after: self.heap_bytes(),
            promoted_bytes: self.promoted_bytes,
            freed_bytes,
            young_freed_bytes,
            freed_objects,
            remembered_set_size,
            remembered_fields,
            nursery_bytes,
            nursery_capacity,
            young_large_bytes,
        };
        if let Some(listener) = self.listener.as_mut() {
            listener(&event);
        }
        self.last_collection = Some(event);
        let heap_bytes = self.heap_bytes();
        if heap_bytes <= self.limit {
            self.over_limit_reported = 0;
            return Ok(());
        }
        // Reported once per growth: a collection that finds the heap no
        // larger than when it last reported lets the program that caught the
        // error run the code that drops its references.
        if heap_bytes <= self.over_limit_reported {
            return Ok(());
        }
        self.over_limit_reported = heap_bytes;
        self.stats.out_of_memory_errors += 1;
        Err(HeapError::StillOverLimit {
            heap_bytes,
            limit: self.limit,
        })
    }

    // ----- minor collection ---------------------------------------------------

    /// Copies every nursery object reachable from the roots and the remembered
    /// set into the old space, leaving the nursery empty, and frees the young
    /// large objects not reached. With `count_dead`, returns how many young
    /// objects did not survive (else 0).
    fn minor<R: RootSet + ?Sized>(&mut self, roots: &mut R, count_dead: bool) -> usize {
        roots.trace_roots(&mut Tracer::new(&mut |slot: &mut Value| {
            *slot = self.evacuate(*slot);
        }));
        let root_stack = Rc::clone(&self.root_stack);
        for slot in root_stack.borrow_mut().values.iter_mut() {
            *slot = self.evacuate(*slot);
        }
        for slot in std::mem::take(&mut self.remembered_slots) {
            // SAFETY: `slot` is a traced field of an old large object, which
            // neither moves nor dies before the minor collection that takes
            // this list (a major one always comes after a minor one).
            unsafe { self.evacuate_slot(slot) };
        }
        let mut remembered = std::mem::take(&mut self.remembered);
        for &obj in &remembered {
            self.scan_young_fields(obj);
            // SAFETY: `obj` is an old object, so it did not move; only its
            // flags change.
            unsafe { raw::write(obj, Header(raw::read(obj)).with(UNLOGGED).0) };
        }
        remembered.clear();
        self.remembered = remembered;
        self.trace_lifetime_queues(true);
        self.drain_young();
        self.minor_lifetime();
        for (addr, id) in std::mem::take(&mut self.identities.young) {
            // SAFETY: `addr` is in the nursery, which is not reset yet: its
            // header is intact or a forwarding header.
            let header = Header(unsafe { raw::read(addr) });
            if header.is_forwarded() {
                self.identities.old.insert(header.forwarded_to(), id);
            }
        }
        // Promotion took old pages while the dead young large objects were
        // still held: that is the collection's own high-water mark.
        self.note_peak();
        let large_dead = self.free_young_large();
        let dead = if count_dead {
            self.count_dead_young() + large_dead
        } else {
            0
        };
        self.nursery.reset(self.config.poison);
        dead
    }

    /// Walks the evacuated nursery, whose objects lie end to end, counting
    /// those that were not copied out (the ones without a forwarding header).
    fn count_dead_young(&self) -> usize {
        let mut dead = 0;
        let mut addr = self.nursery.start();
        while addr < self.nursery.top() {
            // SAFETY: `addr` is an object boundary below the nursery's top;
            // the nursery is not reset yet, so the word is the object's
            // header or a forwarding header.
            let header = Header(unsafe { raw::read(addr) });
            let words = if header.is_forwarded() {
                // SAFETY: a forwarding header holds the address of the
                // object's copy in the old space, whose header gives its size.
                Header(unsafe { raw::read(header.forwarded_to()) }).words()
            } else {
                dead += 1;
                header.words()
            };
            addr += words * 8;
        }
        dead
    }

    /// Replaces the empty nursery by one sized for `bytes` (as
    /// `HeapConfig::nursery_bytes`), unless the system refuses the memory.
    fn resize_nursery(&mut self, bytes: usize) {
        let mut config = self.config.clone();
        config.nursery_bytes = bytes;
        if self.replace_nursery(config.effective_nursery_bytes()) {
            self.config.nursery_bytes = bytes;
        }
    }

    /// Follows `HeapConfig::adaptive_nursery` once the nursery is empty.
    fn adapt_nursery(&mut self) {
        self.replace_nursery(self.config.adaptive_nursery_bytes(self.old_bytes()));
    }

    /// Gives the empty nursery a capacity of exactly `bytes`; false when the
    /// system refuses the memory.
    fn replace_nursery(&mut self, bytes: usize) -> bool {
        if bytes == self.nursery.capacity() {
            return true;
        }
        match self.nursery.resized(bytes, self.config.stress) {
            Some(nursery) => {
                self.nursery = nursery;
                self.note_peak();
                true
            }
            None => false,
        }
    }

    /// Scans every copied object not scanned yet.
    pub(crate) fn drain_young(&mut self) {
        while let Some(obj) = self.gray.pop() {
            self.scan_young_fields(obj);
        }
    }

    /// The value with its object moved out of the nursery if it was young.
    #[inline]
    pub(crate) fn evacuate(&mut self, value: Value) -> Value {
        if !value.is_ptr() {
            return value;
        }
        let from = value.address();
        if !self.nursery.contains(from) {
            if self.is_young_large(from) {
                self.keep_young_large(from);
            }
            return value;
        }
        // SAFETY: `from` is a nursery object reachable from a root or an old
        // object; the nursery is intact until the end of the minor collection.
        let header = Header(unsafe { raw::read(from) });
        if header.is_forwarded() {
            return Value::from_address(header.forwarded_to());
        }
        let words = header.words();
        debug_assert!(words * 8 <= MAX_CELL_BYTES);
        let Some(to) = self.old.alloc(words) else {
            // Only the system refusing memory in the middle of a collection
            // gets here; there is no way to continue without the copy.
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<[u8; PAGE_BYTES]>())
        };
        // SAFETY: `to` is a fresh old-space cell of at least `words` words;
        // `from` holds `words` words; the two do not overlap.
        unsafe {
            raw::copy(from, to, words);
            raw::write(to, header.with(OLD | UNLOGGED).0);
            raw::write(from, Header::forwarding(to).0);
        }
        self.gray.push(to);
        self.promoted_bytes += words * 8;
        if self.config.verify {
            self.recently_promoted.push(to);
        }
        Value::from_address(to)
    }

    /// Makes the young large object at `addr`, just reached, an old one
    /// (as a copy out of the nursery would be), to be scanned.
    fn keep_young_large(&mut self, addr: usize) {
        // SAFETY: `addr` is a live young large object, whose first word is
        // its header; only its flags change.
        let header = Header(unsafe { raw::read(addr) });
        // SAFETY: as above.
        unsafe { raw::write(addr, header.with(OLD | UNLOGGED).0) };
        self.gray.push(addr);
        self.promoted_bytes += header.words() * 8;
        if self.config.verify {
            self.recently_promoted.push(addr);
        }
    }

    /// Frees the young large objects the minor collection did not reach.
    /// Returns how many it freed.
    fn free_young_large(&mut self) -> usize {
        let mut objects = 0;
        for addr in std::mem::take(&mut self.young_large) {
            // SAFETY: `addr` is a large object born since the last minor
            // collection, which either kept it (`OLD`) or found it unreachable.
            let header = Header(unsafe { raw::read(addr) });
            if header.has(OLD) {
                continue;
            }
            // SAFETY: the minor collection, finalization included, did not
            // reach the object, so nothing refers to it.
            unsafe { self.large.free(addr) };
            objects += 1;
        }
        self.young_large_bytes = 0;
        self.young_large_span = 0..0;
        objects
    }

    pub(crate) fn scan_young_fields(&mut self, obj: usize) {
        // SAFETY: `obj` is a live old object (copied or remembered).
        let header = Header(unsafe { raw::read(obj) });
        let range = self
            .layouts
            .get(header.layout())
            .value_range(header.words() - 1);
        for i in range {
            // SAFETY: a traced field of `obj`.
            unsafe { self.evacuate_slot(obj + 8 + 8 * i) };
        }
    }

    /// Evacuates the value in the field at `slot` and stores its new address.
    ///
    /// # Safety
    /// `slot` is a traced field of a live old object.
    unsafe fn evacuate_slot(&mut self, slot: usize) {
        // SAFETY: the caller guarantees `slot` is a live traced field.
        let old = Value::from_bits(unsafe { raw::read(slot) });
        let new = self.evacuate(old);
        if new != old {
            // SAFETY: as above.
            unsafe { raw::write(slot, new.bits()) };
        }
    }

    // ----- major collection ---------------------------------------------------

    /// Marks from the roots and sweeps the old and large spaces. Runs right
    /// after a minor collection, so the nursery is empty and the remembered
    /// set too. Returns the bytes and the objects freed.
    fn major<R: RootSet + ?Sized>(&mut self, roots: &mut R) -> (usize, usize) {
        roots.trace_roots(&mut Tracer::new(&mut |slot: &mut Value| {
            self.mark_value(*slot)
        }));
        let root_stack = Rc::clone(&self.root_stack);
        for &value in root_stack.borrow().values.iter() {
            self.mark_value(value);
        }
        self.trace_lifetime_queues(false);
        self.drain_marking();
        self.major_lifetime();
        let identities = &mut self.identities.old;
        let mut objects = 0;
        let mut forget = |addr: usize, header: Header| {
            objects += 1;
            if header.has(HAS_IDENTITY) {
                identities.remove(&addr);
            }
        };
        let freed = self.old.sweep(self.config.poison, &mut forget) + self.large.sweep(&mut forget);
        self.live_after_major = self.old_bytes();
        self.update_major_threshold();
        (freed, objects)
    }

    /// The next major collection is due when the old and large spaces pass
    /// the live bytes after the last one times the growth factor.
    fn update_major_threshold(&mut self) {
        self.major_threshold = ((self.live_after_major as f64 * self.config.growth_factor)
            as usize)
            .max(self.config.major_floor_bytes);
    }

    /// Marks every object reachable from the gray ones.
    pub(crate) fn drain_marking(&mut self) {
        while let Some(obj) = self.gray.pop() {
            self.mark_fields(obj);
        }
    }

    /// Marks what the traced fields of the marked object `obj` point to.
    pub(crate) fn mark_fields(&mut self, obj: usize) {
        // SAFETY: `obj` is a live object in the old or large space.
        let header = Header(unsafe { raw::read(obj) });
        let range = self
            .layouts
            .get(header.layout())
            .value_range(header.words() - 1);
        for i in range {
            // SAFETY: a traced field of `obj`.
            self.mark_value(Value::from_bits(unsafe { raw::read(obj + 8 + 8 * i) }));
        }
    }

    /// Whether the old or large object at `addr` is marked.
    pub(crate) fn is_marked(&self, addr: usize) -> bool {
        // SAFETY: `addr` is a live object in the old or large space (during
        // a major collection nothing is young).
        Header(unsafe { raw::read(addr) }).has(MARKED)
    }

    #[inline]
    pub(crate) fn mark_value(&mut self, value: Value) {
        if !value.is_ptr() {
            return;
        }
        let addr = value.address();
        // SAFETY: `value` is reachable, so it points at a live old or large
        // object (the nursery is empty during marking).
        let header = Header(unsafe { raw::read(addr) });
        if !header.has(MARKED) {
            // SAFETY: as above; only the flags change.
            unsafe { raw::write(addr, header.with(MARKED).0) };
            self.gray.push(addr);
        }
    }

    // ----- accounting -----------------------------------------------------------

    /// Where the reserves start: the limit, or, after a collection that left
    /// the heap above it (it promotes what the nursery held, however full
    /// the heap is), where that collection left it, at most a reserve and a
    /// nursery past the limit. Without this, a program that caught the
    /// collection's MemoryError could not allocate the little it needs to
    /// drop its references and reach the next safepoint, whose collection
    /// would free them.
    fn refusal_floor(&self) -> usize {
        let after_last = self
            .last_collection
            .as_ref()
            .map_or(0, |event| event.heap_bytes_after);
        let ceiling = self
            .limit
            .saturating_add(self.reserve)
            .saturating_add(self.nursery.capacity());
        self.limit.max(after_last.min(ceiling))
    }

    /// The most bytes one object may take: the heap limit, or the largest
    /// object a header can describe. Native code checks buffers it builds
    /// for a future object against this before building them.
    pub fn max_object_bytes(&self) -> usize {
        self.limit.min(MAX_OBJECT_WORDS * 8)
    }

    /// Bytes the heap holds from the system: nursery, old pages, large objects.
    pub fn heap_bytes(&self) -> usize {
        self.nursery.capacity() + self.old.page_bytes() + self.large.bytes()
    }

    /// Bytes in old-space cells and large objects.
    pub fn old_bytes(&self) -> usize {
        self.old.used_bytes() + self.large.bytes() - self.young_large_bytes
    }

    fn note_peak(&mut self) {
        self.stats.peak_heap_bytes = self.stats.peak_heap_bytes.max(self.heap_bytes() as u64);
    }

    pub fn stats(&self) -> HeapStats {
        let mut stats = self.stats.clone();
        stats.bytes_allocated =
            self.nursery.bytes_allocated() + self.bytes_allocated_outside_nursery;
        stats
    }

    pub fn info(&self) -> HeapInfo {
        let old_page_bytes = self.old.page_bytes();
        HeapInfo {
            limit: self.config.heap_limit,
            heap_bytes: self.heap_bytes(),
            nursery_bytes: self.nursery.capacity(),
            nursery_used: self.nursery.used(),
            old_page_bytes,
            old_used_bytes: self.old.used_bytes(),
            large_bytes: self.large.bytes(),
            large_objects: self.large.count(),
            young_large_bytes: self.young_large_bytes,
            remembered_set: self.remembered.len(),
            remembered_fields: self.remembered_slots.len(),
            fragmentation: if old_page_bytes == 0 {
                0.0
            } else {
                1.0 - self.old.used_bytes() as f64 / old_page_bytes as f64
            },
            major_threshold: self.major_threshold,
        }
    }

    // ----- runtime tuning ------------------------------------------------------

    /// Whether growth of the old and large spaces starts major collections
    /// (on by default). Off, only minor collections run on their own; a
    /// major one still runs when asked for (`collect`, `request_major`) or
    /// when the heap reaches its limit.
    pub fn set_automatic_major(&mut self, on: bool) {
        self.automatic_major = on;
        if on {
            if self.major_due() {
                self.request_at_least(Request::Major);
            }
        } else if self.request == Request::Major && self.heap_bytes() <= self.limit {
            self.request = Request::Minor;
        }
    }

    pub fn automatic_major(&self) -> bool {
        self.automatic_major
    }

    /// Sizes the nursery for `bytes` (clamped as `HeapConfig::nursery_bytes`
    /// is) from the next collection on, and asks for one at the next
    /// safepoint.
    pub fn set_nursery_bytes(&mut self, bytes: usize) {
        self.next_nursery_bytes = Some(bytes);
        self.request_at_least(Request::Minor);
    }

    /// Sets the growth factor (at least 1.0) and moves the threshold of the
    /// next major collection accordingly.
    pub fn set_growth_factor(&mut self, factor: f64) {
        self.config.growth_factor = factor.max(1.0);
        self.update_major_threshold();
        if self.major_due() {
            self.request_at_least(Request::Major);
        }
    }

    /// Minor collections since the last major one.
    pub fn minor_collections_since_major(&self) -> u32 {
        self.collections_since_major
    }

    /// What the last collection did.
    pub fn last_collection(&self) -> Option<&GcEvent> {
        self.last_collection.as_ref()
    }

    /// Calls `listener` after every collection with what it did.
    pub fn set_event_listener(&mut self, listener: Option<Box<dyn FnMut(&GcEvent)>>) {
        self.listener = listener;
    }

    fn verify_or_panic(&self, result: Result<(), VerifyError>, when: &str) {
        if let Err(error) = result {
            panic!("heap verification failed {when}: {error}");
        }
    }

    /// Bytes promoted or allocated outside the nursery since the heap was
    /// made: what the old and large spaces have grown by, before sweeping.
    fn verification_work(&self) -> u64 {
        self.stats.bytes_promoted + self.bytes_allocated_outside_nursery
    }

    /// In verify mode, the whole heap is verified again once the old and
    /// large spaces have taken in more bytes since the last full verification
    /// than they held then, so that full verifications cost, all together,
    /// time linear in those bytes.
    pub(crate) fn full_verification_due(&self) -> bool {
        self.verification_work() - self.work_at_verification > self.verified_heap_bytes as u64
    }
}

/// The panic of an out-of-range field index, out of line so that the
/// accessors' fast paths carry no formatting arguments.
#[cold]
#[inline(never)]
fn field_out_of_range(index: usize, fields: usize) -> ! {
    panic!("field {index} of an object with {fields} fields");
}

/// Writes the header of a new object and zeroes (`EMPTY`) its fields.
///
/// # Safety
/// `[addr, addr + 8 * words)` is memory the heap just handed out for a new
/// object and nothing else refers to it; `words >= 1`.
#[inline(always)]
pub(crate) unsafe fn init_object(addr: usize, layout: LayoutId, words: usize, flags: u64) {
    // SAFETY: the caller guarantees the range is a fresh object's memory.
    unsafe {
        raw::write(addr, Header::new(layout, words, flags).0);
        raw::fill(addr + 8, words - 1, 0);
    }
}
