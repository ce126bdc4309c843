//! A structural check of code objects: everything the interpreter relies
//! on without checking at run time. The compiler's tests run it on all
//! their output; the interpreter may run it in debug builds on code it
//! loads.

use crate::bytecode::{decode, BinaryOperator, CompareOperator, Opcode, OperandKind};
use crate::code::{CodeObject, Constant};

/// Checks `code` and the code objects among its constants, recursively.
///
/// * every instruction decodes and its argument is in range for the table
///   it indexes (constants, names, locals, cells, instructions, operator
///   kinds); a superinstruction is followed by the instruction it runs as
///   its second half;
/// * the exception table is sorted, non-overlapping, and in range;
/// * simulating the stack along every path, the normal edges and the
///   exception edges of the table alike, the depth never goes negative,
///   agrees wherever paths meet, never exceeds `max_stack_depth` and
///   reaches it; control never runs off the end; `RETURN_VALUE` leaves
///   nothing behind; every handler's depth is at most the depth of each
///   instruction it covers.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code)
        .map_err(|error| format!("{} (line {}): {error}", code.qualname, code.first_line))?;
    for constant in &code.constants {
        verify_constant(constant)?;
    }
    Ok(())
}

fn verify_constant(constant: &Constant) -> Result<(), String> {
    match constant {
        Constant::Code(code) => verify(code),
        Constant::Tuple(items) => items.iter().try_for_each(verify_constant),
        _ => Ok(()),
    }
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    let count = code.instructions.len();
    if count == 0 {
        return Err("no instructions".into());
    }
    if code.locations.len() != count {
        return Err("locations and instructions differ in length".into());
    }
    if code.cellvar_args.len() != code.cellvars.len() {
        return Err("cellvar_args and cellvars differ in length".into());
    }
    let cells = code.cellvars.len() + code.freevars.len();
    let mut decoded = Vec::with_capacity(count);
    for (pc, &word) in code.instructions.iter().enumerate() {
        let (op, arg) = decode(word).ok_or_else(|| format!("unknown opcode at {pc}"))?;
        let arg_usize = arg as usize;
        let in_range = match op.operand_kind() {
            OperandKind::None => arg == 0,
            OperandKind::Plain => true,
            OperandKind::Const => arg_usize < code.constants.len(),
            OperandKind::Name => arg_usize < code.names.len(),
            OperandKind::Local => arg_usize < code.varnames.len(),
            OperandKind::Free => arg_usize < cells,
            OperandKind::Jump => arg_usize < count,
            OperandKind::Compare => CompareOperator::from_arg(arg).is_some(),
            OperandKind::Binary => BinaryOperator::from_arg(arg).is_some(),
            OperandKind::Invert => arg <= 1,
            OperandKind::Format => arg <= 7,
        };
        if !in_range {
            return Err(format!("argument {arg} of {op} at {pc} out of range"));
        }
        if matches!(op, Opcode::COPY | Opcode::SWAP) && arg == 0 {
            return Err(format!("{op} 0 at {pc}"));
        }
        decoded.push((op, arg));
    }
    for (pc, &(op, _)) in decoded.iter().enumerate() {
        if let Some(partner) = op.fused_partner() {
            if decoded.get(pc + 1).map(|&(next, _)| next) != Some(partner) {
                return Err(format!("{op} at {pc} is not followed by {partner}"));
            }
        }
    }

    let mut previous_end = 0;
    for entry in &code.exception_table {
        if entry.start >= entry.end || entry.end as usize > count || entry.target as usize >= count
        {
            return Err(format!("exception table entry {entry:?} out of range"));
        }
        if entry.start < previous_end {
            return Err(format!(
                "exception table entry {entry:?} unsorted or overlapping"
            ));
        }
        previous_end = entry.end;
    }

    let mut depths: Vec<Option<i64>> = vec![None; count];
    let mut worklist: Vec<(usize, i64, usize)> = vec![(0, 0, 0)];
    let mut max_depth = 0i64;
    while let Some((pc, depth, from)) = worklist.pop() {
        if pc >= count {
            return Err(format!("control runs off the end after {from}"));
        }
        if depth < 0 {
            return Err(format!("negative stack depth at {pc} (from {from})"));
        }
        match depths[pc] {
            Some(known) if known == depth => continue,
            Some(known) => {
                return Err(format!(
                    "stack depths {known} and {depth} meet at {pc} (from {from})"
                ))
            }
            None => depths[pc] = Some(depth),
        }
        let (op, arg) = decoded[pc];
        let effect = op.stack_effect(arg);
        max_depth = max_depth
            .max(depth)
            .max(depth + i64::from(effect.fallthrough.max(effect.jump)));
        if matches!(op, Opcode::COPY | Opcode::SWAP) && i64::from(arg) > depth {
            return Err(format!(
                "{op} {arg} at {pc} reaches below the stack ({depth} items)"
            ));
        }
        if op == Opcode::RETURN_VALUE && depth != 1 {
            return Err(format!(
                "RETURN_VALUE at {pc} with {depth} items on the stack"
            ));
        }
        if let Some(entry) = code.handler_for(pc as u32) {
            if i64::from(entry.depth) > depth {
                return Err(format!(
                    "handler depth {} above the stack depth {depth} at {pc}",
                    entry.depth
                ));
            }
            let entry_depth = i64::from(entry.depth) + i64::from(entry.push_lasti) + 1;
            worklist.push((entry.target as usize, entry_depth, pc));
        }
        if op.is_jump() {
            worklist.push((arg as usize, depth + i64::from(effect.jump), pc));
        }
        if !op.is_terminator() {
            worklist.push((pc + 1, depth + i64::from(effect.fallthrough), pc));
        }
    }
    if max_depth != i64::from(code.max_stack_depth) {
        return Err(format!(
            "max_stack_depth is {} but the code reaches {max_depth}",
            code.max_stack_depth
        ));
    }
    if let Some(pc) = depths.iter().position(Option::is_none) {
        return Err(format!("instruction {pc} is unreachable"));
    }
    Ok(())
}
