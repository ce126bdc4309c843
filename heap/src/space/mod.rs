//! The spaces (mechanism): where objects live and how their memory is
//! obtained and reclaimed. When to collect and where a survivor goes is
//! policy, and lives in `plan.rs`.

pub(crate) mod large;
pub(crate) mod nursery;
pub(crate) mod old;
