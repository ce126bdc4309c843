//! The `_weakref` module: the reference type the bundled `weakref` module
//! builds on (`builtins/weakref.rs` implements it).

use minnow_heap::Value;

use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    let ref_type = vm.ty(TypeId::WeakRef);
    super::set(vm, module, "ref", ref_type)?;
    super::set(vm, module, "ReferenceType", ref_type)
}
