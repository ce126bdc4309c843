//! CPython 3.11's "Did you mean" for an uncaught NameError or AttributeError:
//! the name closest to the missing one, by an edit distance in which a case
//! change costs half as much as any other edit, among the names in scope
//! (NameError) or in `dir(obj)` (AttributeError).
//!
//! The limits are CPython's, so the same names are suggested: at most 750
//! candidates, names of at most 40 bytes (after common affixes are dropped),
//! and at most a third of the characters changed.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::types::TypeId;
use crate::runtime::{Static, Vm};

const MAX_CANDIDATES: usize = 750;
const MAX_NAME_BYTES: usize = 40;
const EDIT_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        EDIT_COST
    }
}

/// The edit distance from `a` to `b` (UTF-8 bytes), or some value above
/// `limit` once it is known to exceed it.
fn distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * EDIT_COST;
    }
    if a.len() > MAX_NAME_BYTES || b.len() > MAX_NAME_BYTES {
        return limit + 1;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if (long.len() - short.len()) * EDIT_COST > limit {
        return limit + 1;
    }
    // `row[i]`: the cost of turning the first `j` bytes of `long` into the
    // first `i` bytes of `short`, for the rows `j` done so far.
    let mut row: Vec<usize> = (0..=short.len()).map(|i| i * EDIT_COST).collect();
    for (j, &lc) in long.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = (j + 1) * EDIT_COST;
        let mut row_minimum = row[0];
        for (i, &sc) in short.iter().enumerate() {
            let cost = (diagonal + substitution_cost(lc, sc))
                .min(row[i + 1] + EDIT_COST)
                .min(row[i] + EDIT_COST);
            diagonal = row[i + 1];
            row[i + 1] = cost;
            row_minimum = row_minimum.min(cost);
        }
        if row_minimum > limit {
            return limit + 1;
        }
    }
    row[short.len()]
}

/// The closest of `candidates` to `name`, if one is close enough. `None`
/// also when a candidate is not a str, as CPython gives up then.
fn closest(vm: &Vm, name: &str, candidates: &[Value]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for &c in candidates {
        if !vm.is_layout(c, layout::STR) {
            return None;
        }
        let text = vm.str_text(c);
        if text == name {
            continue;
        }
        let mut limit = (name.len() + text.len() + 3) * EDIT_COST / 6;
        if let Some((d, _)) = best {
            limit = limit.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), text.as_bytes(), limit);
        if d <= limit && best.map_or(true, |(b, _)| d < b) {
            best = Some((d, text));
        }
    }
    best.map(|(_, text)| text.to_string())
}

fn dict_keys(vm: &Vm, dict: Value) -> Vec<Value> {
    match vm.obj_of(dict, layout::DICT) {
        Some(d) => minnow_objects::dict::items(&vm.heap, d)
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
        None => Vec::new(),
    }
}

/// The attribute `key` set in the exception's own dict, if any.
fn own_attribute(vm: &mut Vm, exc: Value, key: &str) -> Option<Value> {
    let dict = vm.instance_dict(exc, false).ok().flatten()?;
    crate::builtins::dict_get_str(vm, dict, key)
}

/// The name to suggest for `exc`, a raised NameError or AttributeError.
/// Python code may run (a `__dir__`); its errors are dropped.
pub fn suggestion(vm: &mut Vm, exc: Value) -> Option<String> {
    let name = own_attribute(vm, exc, "name").filter(|n| vm.is_layout(*n, layout::STR))?;
    let name = vm.str_text(name).to_string();
    if vm.isinstance_id(exc, TypeId::NameError) {
        return name_suggestion(vm, exc, &name);
    }
    if !vm.isinstance_id(exc, TypeId::AttributeError) {
        return None;
    }
    let obj = own_attribute(vm, exc, "obj")?;
    let dir = vm.stat(Static::BuiltinsDict);
    let dir = crate::builtins::dict_get_str(vm, dir, "dir")?;
    match vm.call(dir, &[obj]) {
        Ok(names) => {
            let names = vm.obj_of(names, layout::LIST)?;
            let names = minnow_objects::list::items(&vm.heap, names).to_vec();
            closest(vm, &name, &names)
        }
        Err(_) => {
            vm.take_exception();
            None
        }
    }
}

/// The innermost traceback entry's variables, then its globals, then its
/// builtins: the first of these with a close name gives it.
fn name_suggestion(vm: &mut Vm, exc: Value, name: &str) -> Option<String> {
    let mut tb = vm.obj_of(
        vm.exception_field(exc, field::EXCEPTION::traceback),
        layout::TRACEBACK,
    )?;
    while let Some(next) = vm.obj_of(vm.heap.field(tb, field::TRACEBACK::next), layout::TRACEBACK) {
        tb = next;
    }
    let code_obj = vm.heap.field(tb, field::TRACEBACK::code);
    let globals = vm.heap.field(tb, field::TRACEBACK::globals);
    let code = vm.code_of(code_obj);
    let mut varnames = Vec::with_capacity(code.varnames.len());
    for v in &code.varnames {
        varnames.push(vm.intern(v).ok()?);
    }
    if let Some(found) = closest(vm, name, &varnames) {
        return Some(found);
    }
    if let Some(found) = closest(vm, name, &dict_keys(vm, globals)) {
        return Some(found);
    }
    let builtins = vm.builtins_for(globals);
    closest(vm, name, &dict_keys(vm, builtins))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> usize {
        distance(a.as_bytes(), b.as_bytes(), usize::MAX - 1)
    }

    #[test]
    fn distances_count_case_changes_at_half_cost() {
        assert_eq!(d("bluch", "blech"), 2);
        assert_eq!(d("bluch", "blch"), 2);
        assert_eq!(d("bluch", "bluchin"), 4);
        assert_eq!(d("Bluch", "bluch"), 1);
        assert_eq!(d("abc", "abc"), 0);
        assert_eq!(d("", "abc"), 6);
        assert_eq!(d("kitten", "sitting"), 6);
    }

    #[test]
    fn distances_stop_at_the_limit() {
        assert!(distance(b"aaaa", b"bbbb", 3) > 3);
        assert!(distance(b"a", b"abcdefgh", 4) > 4);
    }
}
