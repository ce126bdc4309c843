//! `_dis`: the instructions of a code object, for the bundled `dis`
//! module. Minnow's instruction set is its own (see `crate::bytecode`);
//! offsets are instruction indices.

use minnow_heap::Value;
use minnow_objects::layout;

use crate::bytecode::Opcode;
use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(
        vm,
        module,
        &[
            ("instructions", instructions),
            ("listing", listing),
            ("opnames", opnames),
        ],
    )
}

fn code_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let [code] = vm.exact_args::<1>(args, name)?;
    if !vm.is_layout(code, layout::CODE) {
        let msg = format!(
            "{name}() expects a code object, not {}",
            vm.type_name_of(code)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(code)
}

/// `instructions(code)`: a list of (offset, opname, opcode, arg, argrepr,
/// line, is_jump_target) tuples; arg is None for instructions without one.
fn instructions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code_obj = code_arg(vm, args, "instructions")?;
    let code = vm.code_of(code_obj);
    let targets = crate::disasm::jump_targets(&code);
    let base = vm.stack.len();
    let result = (|| {
        for pc in 0..code.instructions.len() {
            let Some((op, arg)) = code.instruction(pc) else {
                continue;
            };
            let kind = op.operand_kind();
            let has_arg = kind != crate::bytecode::OperandKind::None;
            let text = crate::disasm::operand_text(&code, kind, arg).unwrap_or_default();
            let name = vm.new_str(op.name())?;
            vm.stack.push(name);
            let text = vm.new_str(&text)?;
            vm.stack.push(text);
            let line = code.locations.get(pc).map_or(code.first_line, |l| l.line);
            let n = vm.stack.len();
            let row = [
                Value::small_int_const(pc as i64),
                vm.stack[n - 2],
                Value::small_int_const(op as i64),
                if has_arg {
                    Value::small_int_const(arg as i64)
                } else {
                    Value::NONE
                },
                vm.stack[n - 1],
                Value::small_int_const(line as i64),
                Value::from_bool(targets.contains(&pc)),
            ];
            let row = vm.new_tuple(&row)?;
            vm.stack.truncate(n - 2);
            vm.stack.push(row);
        }
        let rows = vm.stack[base..].to_vec();
        vm.new_list(&rows)
    })();
    vm.stack.truncate(base);
    result
}

/// `listing(code)`: the text `minnow --dis` prints for it.
fn listing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code_obj = code_arg(vm, args, "listing")?;
    let code = vm.code_of(code_obj);
    let text = crate::disasm::disassemble(&code);
    vm.new_str(&text)
}

/// `opnames()`: the instruction names, indexed by opcode (None for gaps).
fn opnames(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "opnames")?;
    let base = vm.stack.len();
    let result = (|| {
        for value in 0..=u8::MAX {
            let name = match Opcode::from_u8(value) {
                Some(op) => vm.new_str(op.name())?,
                None => Value::NONE,
            };
            vm.stack.push(name);
        }
        let names = vm.stack[base..].to_vec();
        vm.new_list(&names)
    })();
    vm.stack.truncate(base);
    result
}
