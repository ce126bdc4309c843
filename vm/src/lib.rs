//! Minnow compiler, interpreter and builtins.
#![deny(unsafe_code)]

pub mod builtins;
pub mod bytecode;
pub mod code;
pub mod compiler;
pub mod disasm;
pub mod import;
pub mod interp;
pub mod modules;
pub mod observe;
pub mod parser;
pub mod runtime;
pub mod session;
pub mod suggestions;
pub mod traceback;
pub mod verify;
