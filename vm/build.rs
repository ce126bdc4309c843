//! Link settings of the `minnow` binary on x86-64 Linux, where Rust links
//! with LLD by default.
//!
//! - A position-dependent executable (`-no-pie`), as Debian builds CPython:
//!   a PIE's start-up applies about 12 000 relocations, which reads 290 KB
//!   of relocation records and dirties 245 KB of `.data.rel.ro` in every
//!   process.
//! - The functions start-up and common programs run are laid out first in
//!   `.text`, in the order `link/hot-functions.txt` lists them (written by
//!   `tools/hot_functions.py`), so that they share few pages.
//! - When Cargo links through `link/cc` (the workspace's `.cargo/config.toml`
//!   says so), the C libraries are linked in statically; `link/cc` says why.
//!
//! Together they take the resident size of an empty program from 7.0 to
//! 3.9 MB.

use std::env;

fn main() {
    println!("cargo:rerun-if-changed=link/hot-functions.txt");
    println!("cargo:rerun-if-env-changed=MINNOW_DEFAULT_LINK");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let linux_x86_64 = env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64")
        && env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    // An escape hatch for a toolchain that links with something else than LLD.
    if !linux_x86_64 || env::var_os("MINNOW_DEFAULT_LINK").is_some() {
        return;
    }
    let order = concat!(env!("CARGO_MANIFEST_DIR"), "/link/hot-functions.txt");
    println!("cargo:rustc-link-arg-bins=-no-pie");
    println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={order}");
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    let linker = env::var("RUSTC_LINKER").unwrap_or_default();
    if linker.ends_with("/vm/link/cc") {
        println!("cargo:rustc-link-arg-bins=-minnow-static-libc");
    }
}
