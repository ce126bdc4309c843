//! `member_descriptor`: the class attribute `__slots__` makes for each name
//! it lists (layout MEMBER: `index`, `name`, `owner`).
//!
//! A class with members has a *member shape*: the shape its instances start
//! with, whose first names are the members of the class and of its bases, in
//! order. Member `index` is therefore a fixed slot of every instance, which
//! keeps the attribute whether or not the instance also has a dict (a
//! materialized dict takes the other names only). An EMPTY slot is an unset
//! attribute. Objects that are not shaped instances (exceptions) keep
//! members in their dict.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::natives::Args;
use crate::runtime::shape;
use crate::runtime::types::{type_name, type_raw, TypeId};
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const MEMBER_METHODS: Methods = &[
    ("__get__", member_get_method),
    ("__set__", member_set_method),
    ("__delete__", member_delete_method),
    ("__repr__", member_repr),
];

/// The names a class's `__slots__` declares, mangled as in the class body;
/// whether it asks for a `__dict__` is left to the caller (`slots_allow`).
pub fn declared_slots(vm: &mut Vm, class_name: &str, slots: Value) -> PyResult<Vec<String>> {
    let items = if vm.is_layout(slots, layout::STR) {
        vec![slots]
    } else {
        super::functions::collect(vm, slots)?
    };
    let mut names = Vec::new();
    for item in items {
        if !vm.is_layout(item, layout::STR) {
            let msg = format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name_of(item)
            );
            return Err(vm.type_error(&msg));
        }
        let text = vm.str_text(item).to_string();
        let identifier = text
            .chars()
            .next()
            .is_some_and(|c| c == '_' || c.is_alphabetic())
            && text.chars().all(|c| c == '_' || c.is_alphanumeric());
        if !identifier {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if text == "__dict__" || text == "__weakref__" {
            continue;
        }
        let mangled = if text.starts_with("__") && !text.ends_with("__") {
            format!("_{}{}", class_name.trim_start_matches('_'), text)
        } else {
            text
        };
        if names.contains(&mangled) {
            continue;
        }
        names.push(mangled);
    }
    Ok(names)
}

/// The member shape new instances of a class with these bases start with:
/// the longest of the bases' member shapes, which the others must begin.
pub fn inherited_member_shape(vm: &mut Vm, bases: &[Value]) -> PyResult<u64> {
    let mut chosen = shape::ROOT;
    for &b in bases {
        let s = type_raw(vm, b, field::TYPE::member_shape);
        let (longer, shorter) = if vm.shapes.names(s).len() > vm.shapes.names(chosen).len() {
            (s, chosen)
        } else {
            (chosen, s)
        };
        let n = vm.shapes.names(shorter).len();
        if vm.shapes.names(longer)[..n] != *vm.shapes.names(shorter) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        chosen = longer;
    }
    Ok(chosen)
}

/// Gives `class` its member shape: `inherited` extended by `names`, with a
/// member descriptor in the class dict for each of them. Returns the class,
/// which may have moved.
pub fn install_members(
    vm: &mut Vm,
    class: Value,
    inherited: u64,
    names: &[String],
) -> PyResult<Value> {
    let mut member_shape = inherited;
    let base = vm.stack.len();
    vm.stack.push(class);
    let result = (|| {
        for text in names {
            let name = vm.intern(text)?;
            let index = match vm.shapes.slot(member_shape, name) {
                Some(i) => i,
                None => {
                    member_shape = vm.shapes.with(member_shape, name).ok_or_else(|| {
                        let msg = format!(
                            "too many __slots__: an instance holds at most {} attributes in slots",
                            shape::MAX_SLOTS
                        );
                        vm.type_error(&msg)
                    })?;
                    vm.shapes.names(member_shape).len() - 1
                }
            };
            let class = vm.stack[base];
            let member = vm.alloc(layout::MEMBER, field::MEMBER::COUNT)?;
            vm.heap.set_raw(member, field::MEMBER::index, index as u64);
            vm.heap.set_field(member, field::MEMBER::name, name);
            vm.heap.set_field(member, field::MEMBER::owner, class);
            let dict = vm
                .heap
                .field(class.as_obj().expect("a type"), field::TYPE::dict);
            vm.dict_set(dict, name, member.value())?;
        }
        Ok(())
    })();
    let class = vm.stack[base];
    vm.stack.truncate(base);
    result?;
    vm.heap.set_raw(
        class.as_obj().expect("a type"),
        field::TYPE::member_shape,
        member_shape,
    );
    Ok(class)
}

/// How many slots at the start of an instance of `class` its members take.
pub fn member_count(vm: &Vm, class: Value) -> usize {
    vm.shapes
        .names(type_raw(vm, class, field::TYPE::member_shape))
        .len()
}

fn parts(vm: &Vm, member: Value) -> (usize, Value, Value) {
    let m = member.as_obj().expect("a member descriptor");
    (
        vm.heap.raw(m, field::MEMBER::index) as usize,
        vm.heap.field(m, field::MEMBER::name),
        vm.heap.field(m, field::MEMBER::owner),
    )
}

/// The TypeError for a member used on an object of another class.
fn check_applies(vm: &mut Vm, member: Value, obj: Value) -> PyResult<()> {
    let (_, name, owner) = parts(vm, member);
    let ty = vm.type_of(obj);
    if vm.is_subtype(ty, owner) {
        return Ok(());
    }
    let msg = format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        vm.str_text(name),
        type_name(vm, owner),
        vm.type_name_of(obj)
    );
    Err(vm.type_error(&msg))
}

/// The instance slot holding member `index` of `obj`, if `obj` is a shaped
/// instance with that many slots.
fn slot_of(vm: &Vm, obj: Value, index: usize) -> Option<(minnow_heap::ObjRef, usize)> {
    let o = vm.obj_of(obj, layout::INSTANCE)?;
    let i = field::INSTANCE::slots + index;
    (i < vm.heap.field_count(o)).then_some((o, i))
}

/// `obj.<member>`.
pub fn get(vm: &mut Vm, member: Value, mut obj: Value) -> PyResult<Value> {
    check_applies(vm, member, obj)?;
    let (index, name, _) = parts(vm, member);
    let found = match slot_of(vm, obj, index) {
        Some((o, i)) => Some(vm.heap.field(o, i)).filter(|v| !v.is_empty()),
        None => match vm.instance_dict(obj, false)? {
            Some(dict) => {
                let base = vm.stack.len();
                vm.stack.push(obj);
                let found = vm.dict_get(dict, name);
                obj = vm.stack[base];
                vm.stack.truncate(base);
                found?
            }
            None => None,
        },
    };
    match found {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, name)),
    }
}

/// `obj.<member> = value`, or `del obj.<member>` when `value` is EMPTY.
pub fn set(vm: &mut Vm, member: Value, obj: Value, value: Value) -> PyResult<()> {
    check_applies(vm, member, obj)?;
    let (index, name, _) = parts(vm, member);
    if let Some((o, i)) = slot_of(vm, obj, index) {
        if value.is_empty() && vm.heap.field(o, i).is_empty() {
            return Err(vm.raise_args(TypeId::AttributeError, &[name]));
        }
        vm.heap.set_field(o, i, value);
        return Ok(());
    }
    let Some(dict) = vm.instance_dict(obj, true)? else {
        return Err(vm.attribute_error(obj, name));
    };
    if !value.is_empty() {
        return vm.dict_set(dict, name, value);
    }
    let base = vm.stack.len();
    vm.stack.push(obj);
    let removed = vm.dict_del(dict, name);
    let obj = vm.stack[base];
    vm.stack.truncate(base);
    match removed? {
        Some(_) => Ok(()),
        None => Err(vm.attribute_error(obj, name)),
    }
}

fn receiver(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let member = vm.positional(args).first().copied().unwrap_or(Value::EMPTY);
    if vm.is_layout(member, layout::MEMBER) {
        return Ok(member);
    }
    let msg = format!(
        "descriptor '{name}' for 'member_descriptor' objects doesn't apply to a '{}' object",
        vm.type_name_of(member)
    );
    Err(vm.type_error(&msg))
}

fn member_get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver(vm, args, "__get__")?;
    let (member, [obj, _owner]) = vm.method_range_args::<2>(args, 1, "__get__")?;
    if obj == Value::NONE {
        return Ok(member);
    }
    get(vm, member, obj)
}

fn member_set_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver(vm, args, "__set__")?;
    let (member, [obj, value]) = vm.method_args::<2>(args, "__set__")?;
    set(vm, member, obj, value)?;
    Ok(Value::NONE)
}

fn member_delete_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver(vm, args, "__delete__")?;
    let (member, [obj]) = vm.method_args::<1>(args, "__delete__")?;
    set(vm, member, obj, Value::EMPTY)?;
    Ok(Value::NONE)
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let member = receiver(vm, args, "__repr__")?;
    let text = repr(vm, member);
    vm.new_str(&text)
}

/// `repr(member)`.
pub fn repr(vm: &Vm, member: Value) -> String {
    let (_, name, owner) = parts(vm, member);
    format!(
        "<member '{}' of '{}' objects>",
        vm.str_text(name),
        type_name(vm, owner)
    )
}

/// `__name__`, `__qualname__` and `__objclass__` of a member descriptor.
pub fn member_attribute(vm: &mut Vm, member: Value, name: &str) -> PyResult<Option<Value>> {
    let (_, member_name, owner) = parts(vm, member);
    Ok(match name {
        "__name__" => Some(member_name),
        "__objclass__" => Some(owner),
        "__qualname__" => {
            let text = format!("{}.{}", type_name(vm, owner), vm.str_text(member_name));
            Some(vm.new_str(&text)?)
        }
        "__doc__" => Some(Value::NONE),
        _ => None,
    })
}

/// Whether `__class__` may change from `old` to `new`: CPython requires the
/// same instance layout, which here means the same members, and a dict in
/// both or neither.
pub fn check_class_assignment(vm: &mut Vm, old: Value, new: Value) -> PyResult<()> {
    let old_shape = type_raw(vm, old, field::TYPE::member_shape);
    let new_shape = type_raw(vm, new, field::TYPE::member_shape);
    let dict = vm.intern_static("__dict__")?;
    if old_shape == new_shape && vm.slots_allow(old, dict) == vm.slots_allow(new, dict) {
        return Ok(());
    }
    let msg = format!(
        "__class__ assignment: '{}' object layout differs from '{}'",
        type_name(vm, new),
        type_name(vm, old)
    );
    Err(vm.type_error(&msg))
}
