//! A `dis`-like listing of code objects (`minnow --dis FILE`).
//!
//! Offsets are instruction indices, as jump arguments are. Each line shows
//! the source line where it changes, `>>` on jump targets and handler
//! entries, the instruction index, name, argument and, in parentheses, what
//! the argument means.

use std::collections::HashSet;
use std::fmt::Write;

use crate::bytecode::{format_flags, BinaryOperator, CompareOperator, OperandKind};
use crate::code::{CodeObject, Constant};

/// The listing of `code` followed by those of its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    let mut nested = Vec::new();
    collect_code(&code.constants, &mut nested);
    for inner in nested {
        let _ = write!(
            out,
            "\nDisassembly of {}:\n",
            Constant::Code(inner.clone()).repr()
        );
        out.push_str(&disassemble(&inner));
    }
    out
}

fn collect_code(constants: &[Constant], out: &mut Vec<std::rc::Rc<CodeObject>>) {
    for constant in constants {
        match constant {
            Constant::Code(code) => out.push(code.clone()),
            Constant::Tuple(items) => collect_code(items, out),
            _ => {}
        }
    }
}

/// The parenthesised meaning of an instruction's argument, if any.
pub fn operand_text(code: &CodeObject, kind: OperandKind, arg: u32) -> Option<String> {
    let index = arg as usize;
    match kind {
        OperandKind::None | OperandKind::Plain => None,
        OperandKind::Const => code.constants.get(index).map(Constant::repr),
        OperandKind::Name => code.names.get(index).cloned(),
        OperandKind::Local => code.varnames.get(index).cloned(),
        OperandKind::Free => code.cell_name(index).map(str::to_owned),
        OperandKind::Jump => Some(format!("to {arg}")),
        OperandKind::Compare => CompareOperator::from_arg(arg).map(|op| op.symbol().to_owned()),
        OperandKind::Binary => BinaryOperator::from_arg(arg).map(|op| op.symbol().to_owned()),
        OperandKind::Invert => None,
        OperandKind::Format => {
            let conversion = match arg & format_flags::CONVERSION_MASK {
                format_flags::CONVERT_STR => Some("str"),
                format_flags::CONVERT_REPR => Some("repr"),
                format_flags::CONVERT_ASCII => Some("ascii"),
                _ => None,
            };
            let spec = (arg & format_flags::HAS_SPEC != 0).then_some("with format");
            let parts: Vec<&str> = conversion.into_iter().chain(spec).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
    }
}

/// The instructions that jumps or exception handlers lead to.
pub fn jump_targets(code: &CodeObject) -> HashSet<usize> {
    let mut targets = HashSet::new();
    for pc in 0..code.instructions.len() {
        if let Some((op, arg)) = code.instruction(pc) {
            if op.is_jump() {
                targets.insert(arg as usize);
            }
        }
    }
    for entry in &code.exception_table {
        targets.insert(entry.target as usize);
    }
    targets
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets = jump_targets(code);
    let mut last_line = None;
    for pc in 0..code.instructions.len() {
        let line = code.locations.get(pc).map(|location| location.line);
        let line_text = if line != last_line {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = line;
            line.map_or(String::new(), |line| line.to_string())
        } else {
            String::new()
        };
        let marker = if targets.contains(&pc) { ">>" } else { "" };
        let Some((op, arg)) = code.instruction(pc) else {
            let _ = writeln!(
                out,
                "{line_text:>4} {marker:>3} {pc:>5} <{:#x}>",
                code.instructions[pc]
            );
            continue;
        };
        let _ = write!(out, "{line_text:>4} {marker:>3} {pc:>5} {:<24}", op.name());
        if op.operand_kind() != OperandKind::None {
            let _ = write!(out, "{arg:>5}");
            if let Some(text) = operand_text(code, op.operand_kind(), arg) {
                let _ = write!(out, " ({text})");
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for entry in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                entry.start,
                entry.end,
                entry.target,
                entry.depth,
                if entry.push_lasti { " lasti" } else { "" }
            );
        }
    }
}
