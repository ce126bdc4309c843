//! Printing an uncaught exception as CPython does: the chain of causes and
//! contexts, then `Traceback (most recent call last):`, one entry per frame
//! with its source line, and `Type: message`.

use std::collections::HashSet;

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::types::{type_field, type_name};
use crate::runtime::Vm;

/// The text CPython's default excepthook prints for `exc`.
pub fn format_exception(vm: &mut Vm, exc: Value) -> String {
    let mut out = String::new();
    let mut seen = HashSet::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: Value, out: &mut String, seen: &mut HashSet<u64>) {
    if let Some(o) = exc.as_obj() {
        seen.insert(vm.heap.identity(o));
    }
    // Printing runs Python code (`__str__`, `__dir__`), so the exception is
    // read back from its root after each part.
    vm.rooted(&[exc], |vm, root| {
        if vm.is_exception_instance(exc) {
            let cause = vm.exception_field(exc, field::EXCEPTION::cause);
            let context = vm.exception_field(exc, field::EXCEPTION::context);
            let suppress =
                vm.exception_field(exc, field::EXCEPTION::suppress_context) == Value::TRUE;
            let unseen = |vm: &mut Vm, v: Value, seen: &HashSet<u64>| {
                vm.is_exception_instance(v)
                    && !seen.contains(&vm.heap.identity(v.as_obj().expect("an exception")))
            };
            if unseen(vm, cause, seen) {
                format_chain(vm, cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress && unseen(vm, context, seen) {
                format_chain(vm, context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
            format_traceback(vm, vm.stack[root], out);
        }
        out.push_str(&exception_line(vm, vm.stack[root]));
        out.push('\n');
    });
}

fn format_traceback(vm: &mut Vm, exc: Value, out: &mut String) {
    let mut tb = vm.exception_field(exc, field::EXCEPTION::traceback);
    let mut entries = Vec::new();
    while let Some(o) = vm.obj_of(tb, layout::TRACEBACK) {
        let code = vm.code_of(vm.heap.field(o, field::TRACEBACK::code));
        let pc = vm.heap.raw(o, field::TRACEBACK::pc) as usize;
        entries.push((code, pc));
        tb = vm.heap.field(o, field::TRACEBACK::next);
    }
    if entries.is_empty() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    let mut previous: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    let flush_repeats = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                repeats - 3,
                if repeats - 3 == 1 { "" } else { "s" }
            ));
        }
    };
    for (code, pc) in entries {
        let line = code.locations.get(pc).map_or(code.first_line, |l| l.line);
        let key = (code.filename.clone(), line, code.name.clone());
        if previous.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush_repeats(out, repeats);
            repeats = 1;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, line, code.name
        ));
        if let Some(text) = vm
            .sources
            .get(&code.filename)
            .and_then(|lines| lines.get(line as usize - 1).cloned())
        {
            let trimmed = text.trim();
            if !trimmed.is_empty() {
                out.push_str(&format!("    {trimmed}\n"));
            }
        }
        previous = Some(key);
    }
    flush_repeats(out, repeats);
}

/// `Type: message` (just `Type` without a message), with the module prefix
/// CPython shows for classes outside builtins and `__main__`, the "Did you
/// mean" of a NameError or AttributeError, and the notes.
pub fn exception_line(vm: &mut Vm, exc: Value) -> String {
    let ty = vm.type_of(exc);
    let mut name = type_field(vm, ty, field::TYPE::qualname);
    if !vm.is_layout(name, layout::STR) {
        name = type_field(vm, ty, field::TYPE::name);
    }
    let mut name = vm.str_text(name).to_string();
    let module = type_field(vm, ty, field::TYPE::module);
    if vm.is_layout(module, layout::STR) {
        let m = vm.str_text(module);
        if m != "builtins" && m != "__main__" {
            name = format!("{m}.{name}");
        }
    } else if type_name(vm, ty).is_empty() {
        name = "<unknown>".into();
    }
    vm.rooted(&[exc], |vm, root| {
        let text = match vm.to_str(exc) {
            Ok(s) => vm.str_text(s).to_string(),
            Err(_) => {
                vm.take_exception();
                "<exception str() failed>".into()
            }
        };
        let exc = vm.stack[root];
        if !vm.is_exception_instance(exc) {
            return if text.is_empty() {
                name
            } else {
                format!("{name}: {text}")
            };
        }
        if vm.isinstance_id(exc, crate::runtime::types::TypeId::SyntaxError) {
            return format_syntax_error(vm, exc, &name);
        }
        let mut line = if text.is_empty() {
            name
        } else {
            format!("{name}: {text}")
        };
        if let Some(found) = crate::suggestions::suggestion(vm, exc) {
            line.push_str(&format!(". Did you mean: '{found}'?"));
        }
        let notes = vm.exception_field(vm.stack[root], field::EXCEPTION::notes);
        if let Some(list) = vm.obj_of(notes, layout::LIST) {
            for note in minnow_objects::list::items(&vm.heap, list).to_vec() {
                if vm.is_layout(note, layout::STR) {
                    line.push('\n');
                    line.push_str(vm.str_text(note));
                }
            }
        }
        line
    })
}

fn format_syntax_error(vm: &mut Vm, exc: Value, name: &str) -> String {
    let get = |vm: &mut Vm, attr: &str| -> Option<Value> {
        let d = vm.instance_dict(exc, false).ok().flatten()?;
        crate::builtins::dict_get_str(vm, d, attr)
    };
    let msg = get(vm, "msg")
        .filter(|m| vm.is_layout(*m, layout::STR))
        .map(|m| vm.str_text(m).to_string());
    let filename = get(vm, "filename")
        .filter(|m| vm.is_layout(*m, layout::STR))
        .map(|m| vm.str_text(m).to_string());
    let line = get(vm, "lineno").and_then(|v| v.as_small_int());
    let offset = get(vm, "offset").and_then(|v| v.as_small_int());
    let text = get(vm, "text")
        .filter(|m| vm.is_layout(*m, layout::STR))
        .map(|m| vm.str_text(m).to_string());
    let mut out = String::new();
    if let (Some(f), Some(l)) = (&filename, line) {
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    if let Some(t) = text {
        let stripped = t.trim_start();
        let indent = t.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped.trim_end()));
        // CPython shows no caret for an offset before the line's start.
        if let Some(o) = offset.filter(|&o| o >= 1) {
            let col = (o as usize).saturating_sub(indent + 1);
            out.push_str(&format!("    {}^\n", " ".repeat(col)));
        }
    }
    out.push_str(&format!("{name}: {}", msg.unwrap_or_default()));
    out
}
