//! Word-level access to heap memory. Every other `unsafe` block in this crate
//! reaches memory through these functions, and each states why the address
//! it passes is valid.

/// Reads the word at `addr`.
///
/// # Safety
/// `addr` is 8-byte aligned and lies inside memory the heap owns (the
/// nursery, an old-space page or a large object) for the duration of the read.
#[inline(always)]
pub(crate) unsafe fn read(addr: usize) -> u64 {
    // SAFETY: the caller guarantees `addr` is aligned and owned by the heap.
    unsafe { *(addr as *const u64) }
}

/// Writes the word at `addr`.
///
/// # Safety
/// As for `read`, and no Rust reference to that word is alive.
#[inline(always)]
pub(crate) unsafe fn write(addr: usize, word: u64) {
    // SAFETY: the caller guarantees `addr` is aligned, owned and unborrowed.
    unsafe { *(addr as *mut u64) = word }
}

/// Copies `words` words from `src` to `dst`; the ranges may overlap.
///
/// # Safety
/// Both ranges are aligned, owned by the heap and unborrowed.
#[inline(always)]
pub(crate) unsafe fn copy(src: usize, dst: usize, words: usize) {
    // SAFETY: the caller guarantees both ranges are valid for `words` words.
    unsafe { core::ptr::copy(src as *const u64, dst as *mut u64, words) }
}

/// Fills `words` words from `addr` with `word`.
///
/// # Safety
/// The range is aligned, owned by the heap and unborrowed.
#[inline(always)]
pub(crate) unsafe fn fill(addr: usize, words: usize, word: u64) {
    let base = addr as *mut u64;
    if words <= SMALL_FILL_WORDS {
        // Most objects are a few words, for which a call of memset (what the
        // compiler makes of a plain loop) costs more than the stores.
        for i in 0..words {
            // SAFETY: the caller guarantees the whole range is valid.
            unsafe { base.add(i).write_volatile(word) }
        }
        return;
    }
    for i in 0..words {
        // SAFETY: the caller guarantees the whole range is valid.
        unsafe { base.add(i).write(word) }
    }
}

/// Fills up to this many words store by store.
const SMALL_FILL_WORDS: usize = 8;

/// The pattern written over dead memory in poison mode. Its low bits are a
/// reserved tag, so a poisoned word read as a `Value` is caught by the verifier.
pub(crate) const POISON: u64 = 0xdead_beef_dead_beef;

/// Allocates `bytes` with `align` from the system; `None` when it refuses.
pub(crate) fn system_alloc(bytes: usize, align: usize) -> Option<usize> {
    let layout = std::alloc::Layout::from_size_align(bytes, align).ok()?;
    if layout.size() == 0 {
        return None;
    }
    // SAFETY: the layout has a non-zero size.
    let ptr = unsafe { std::alloc::alloc(layout) };
    (!ptr.is_null()).then_some(ptr as usize)
}

/// Maps `bytes` of fresh memory aligned to `align` (both multiples of the
/// system page size, `align` a power of two) straight from the kernel;
/// `None` when it refuses. Untouched parts of the mapping take no RAM, and
/// `unmap` gives it back at once, where the C allocator might keep it.
pub(crate) fn map_aligned(bytes: usize, align: usize) -> Option<usize> {
    let span = bytes.checked_add(align)?;
    let prot = rustix::mm::ProtFlags::READ | rustix::mm::ProtFlags::WRITE;
    // SAFETY: an anonymous private mapping at an address of the kernel's
    // choosing aliases nothing.
    let mapped = unsafe {
        rustix::mm::mmap_anonymous(
            core::ptr::null_mut(),
            span,
            prot,
            rustix::mm::MapFlags::PRIVATE,
        )
    }
    .ok()? as usize;
    let start = (mapped + align - 1) & !(align - 1);
    let end = start + bytes;
    // SAFETY: the head and tail lie inside the mapping just made, outside
    // the aligned range handed out, and nothing refers to them.
    unsafe {
        unmap(mapped, start - mapped);
        unmap(end, mapped + span - end);
    }
    Some(start)
}

/// Unmaps `bytes` from `addr` (nothing when `bytes` is 0).
///
/// # Safety
/// The range lies inside a mapping from `map_aligned`, and nothing refers
/// to it any more.
pub(crate) unsafe fn unmap(addr: usize, bytes: usize) {
    if bytes > 0 {
        // SAFETY: the caller guarantees the range is ours and unreferenced.
        let unmapped = unsafe { rustix::mm::munmap(addr as *mut core::ffi::c_void, bytes) };
        debug_assert!(unmapped.is_ok(), "munmap of a range the heap mapped");
    }
}

/// Returns memory from `system_alloc` to the system.
///
/// # Safety
/// `addr`, `bytes` and `align` are exactly those of one earlier
/// `system_alloc`, and nothing refers to that memory any more.
pub(crate) unsafe fn system_free(addr: usize, bytes: usize, align: usize) {
    // SAFETY: the caller guarantees this layout was valid when allocated.
    let layout = unsafe { std::alloc::Layout::from_size_align_unchecked(bytes, align) };
    // SAFETY: the caller guarantees `addr` came from `alloc` with `layout`.
    unsafe { std::alloc::dealloc(addr as *mut u8, layout) }
}

/// Has the C allocator give blocks from `bytes` up mappings of their own,
/// returned to the system when freed. glibc otherwise raises that threshold
/// to the size of each such block freed, up to 32 MiB, after which the
/// large temporary buffers of native code (a sort's keys, a joined string
/// being built) stay resident in its arena once freed. Other C libraries
/// are left as they are.
pub fn unmap_freed_blocks_from(bytes: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn mallopt(param: core::ffi::c_int, value: core::ffi::c_int) -> core::ffi::c_int;
        }
        const M_MMAP_THRESHOLD: core::ffi::c_int = -3;
        let threshold = core::ffi::c_int::try_from(bytes).unwrap_or(core::ffi::c_int::MAX);
        // SAFETY: mallopt only sets a parameter of glibc's allocator, which
        // takes its own lock; blocks already handed out are unaffected.
        unsafe { mallopt(M_MMAP_THRESHOLD, threshold) };
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = bytes;
}
