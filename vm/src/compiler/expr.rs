//! Expressions, assignment targets and conditional jumps.

use super::{internal_error, Compiler, Label, NameContext};
use crate::bytecode::{format_flags, BinaryOperator, CompareOperator, Opcode};
use crate::code::{code_flags, Constant};
use crate::parser::ast::{self, Ranged};
use crate::parser::SyntaxError;

/// Displays longer than this build their dict in chunks, to bound the
/// stack they need (CPython does the same).
const DICT_CHUNK: u32 = 16;

pub(super) fn binary_operator(op: &ast::Operator) -> BinaryOperator {
    match op {
        ast::Operator::Add => BinaryOperator::Add,
        ast::Operator::Sub => BinaryOperator::Subtract,
        ast::Operator::Mult => BinaryOperator::Multiply,
        ast::Operator::MatMult => BinaryOperator::MatrixMultiply,
        ast::Operator::Div => BinaryOperator::TrueDivide,
        ast::Operator::Mod => BinaryOperator::Remainder,
        ast::Operator::Pow => BinaryOperator::Power,
        ast::Operator::LShift => BinaryOperator::LeftShift,
        ast::Operator::RShift => BinaryOperator::RightShift,
        ast::Operator::BitOr => BinaryOperator::Or,
        ast::Operator::BitXor => BinaryOperator::Xor,
        ast::Operator::BitAnd => BinaryOperator::And,
        ast::Operator::FloorDiv => BinaryOperator::FloorDivide,
    }
}

fn compare_instruction(op: &ast::CmpOp) -> (Opcode, u32) {
    match op {
        ast::CmpOp::Eq => (Opcode::COMPARE_OP, CompareOperator::Equal as u32),
        ast::CmpOp::NotEq => (Opcode::COMPARE_OP, CompareOperator::NotEqual as u32),
        ast::CmpOp::Lt => (Opcode::COMPARE_OP, CompareOperator::Less as u32),
        ast::CmpOp::LtE => (Opcode::COMPARE_OP, CompareOperator::LessEqual as u32),
        ast::CmpOp::Gt => (Opcode::COMPARE_OP, CompareOperator::Greater as u32),
        ast::CmpOp::GtE => (Opcode::COMPARE_OP, CompareOperator::GreaterEqual as u32),
        ast::CmpOp::Is => (Opcode::IS_OP, 0),
        ast::CmpOp::IsNot => (Opcode::IS_OP, 1),
        ast::CmpOp::In => (Opcode::CONTAINS_OP, 0),
        ast::CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
    }
}

/// The kind of display a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// The opcodes that build a list or set display with unpacking.
struct DisplayOps {
    build: Opcode,
    add: Opcode,
    extend: Opcode,
}

const LIST_OPS: DisplayOps = DisplayOps {
    build: Opcode::BUILD_LIST,
    add: Opcode::LIST_APPEND,
    extend: Opcode::LIST_EXTEND,
};

const SET_OPS: DisplayOps = DisplayOps {
    build: Opcode::BUILD_SET,
    add: Opcode::SET_ADD,
    extend: Opcode::SET_UPDATE,
};

impl<'a> Compiler<'a> {
    pub(super) fn fold(&self, expr: &ast::Expr) -> Option<Constant> {
        super::fold::fold_expr(expr)
    }

    pub(super) fn compile_expr(&mut self, expr: &'a ast::Expr) -> Result<(), SyntaxError> {
        let saved = self.unit_ref().location;
        self.set_location(expr.range());
        let result = self.compile_expr_here(expr);
        self.unit().location = saved;
        result
    }

    /// Dispatches on the expression kind. Each kind has its own method so
    /// that this frame, which is on the stack once per nesting level, stays
    /// small even in unoptimised builds.
    fn compile_expr_here(&mut self, expr: &'a ast::Expr) -> Result<(), SyntaxError> {
        use ast::Expr;
        if matches!(expr, Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_))
            && self.load_folded(expr)
        {
            return Ok(());
        }
        match expr {
            Expr::BoolOp(bool_op) => self.compile_bool_op(bool_op),
            Expr::NamedExpr(named) => self.compile_named_expr(named),
            Expr::BinOp(bin_op) => self.compile_bin_op(bin_op),
            Expr::UnaryOp(unary) => self.compile_unary_op(unary),
            Expr::Lambda(lambda) => self.compile_lambda(lambda),
            Expr::IfExp(if_exp) => self.compile_if_exp(if_exp),
            Expr::Dict(dict) => self.compile_dict(dict),
            Expr::Set(set) => self.compile_display(&set.elts, &SET_OPS),
            Expr::List(list) => self.compile_display(&list.elts, &LIST_OPS),
            Expr::Tuple(tuple) => self.compile_tuple(tuple),
            Expr::ListComp(comp) => self.compile_comprehension(
                comp,
                "<listcomp>",
                ComprehensionKind::List,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::SetComp(comp) => self.compile_comprehension(
                comp,
                "<setcomp>",
                ComprehensionKind::Set,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::DictComp(comp) => self.compile_comprehension(
                comp,
                "<dictcomp>",
                ComprehensionKind::Dict,
                &comp.generators,
                &comp.key,
                Some(&comp.value),
            ),
            Expr::GeneratorExp(comp) => self.compile_comprehension(
                comp,
                "<genexpr>",
                ComprehensionKind::Generator,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::Await(await_expr) => {
                self.compile_expr(&await_expr.value)?;
                self.set_location(await_expr.range);
                self.compile_await_of_top(0);
                Ok(())
            }
            Expr::Yield(yield_expr) => self.compile_yield(yield_expr),
            Expr::YieldFrom(yield_from) => self.compile_yield_from(yield_from),
            Expr::Compare(compare) => self.compile_compare(compare),
            Expr::Call(call) => self.compile_call(call),
            Expr::FormattedValue(value) => self.compile_formatted_value(value),
            Expr::JoinedStr(joined) => self.compile_joined_str(joined),
            Expr::Constant(constant) => {
                self.load_constant(super::fold::constant_of(&constant.value));
                Ok(())
            }
            Expr::Attribute(attribute) => self.compile_attribute(attribute),
            Expr::Subscript(subscript) => self.compile_subscript(subscript),
            Expr::Starred(starred) => {
                Err(self.error("can't use starred expression here", starred.range))
            }
            Expr::Name(name) => {
                self.compile_name_load(name);
                Ok(())
            }
            Expr::Slice(slice) => self.compile_slice(slice),
        }
    }

    /// Loads the folded value of `expr`, if it folds.
    fn load_folded(&mut self, expr: &ast::Expr) -> bool {
        match self.fold(expr) {
            Some(constant) => {
                self.load_constant(constant);
                true
            }
            None => false,
        }
    }

    fn compile_bool_op(&mut self, bool_op: &'a ast::ExprBoolOp) -> Result<(), SyntaxError> {
        let end = self.new_label();
        let jump = match bool_op.op {
            ast::BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            ast::BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let (last, rest) = bool_op
            .values
            .split_last()
            .ok_or_else(|| internal_error("empty boolean operation"))?;
        for value in rest {
            self.compile_expr(value)?;
            self.emit_jump(jump, end);
        }
        self.compile_expr(last)?;
        self.bind(end);
        Ok(())
    }

    fn compile_named_expr(&mut self, named: &'a ast::ExprNamedExpr) -> Result<(), SyntaxError> {
        self.compile_expr(&named.value)?;
        self.emit(Opcode::COPY, 1);
        self.compile_store(&named.target)
    }

    /// Long chains like `a + b + c + ...` nest on the left; they are
    /// compiled iteratively down the left spine (stopping at a part that
    /// folds to a constant).
    fn compile_bin_op(&mut self, bin_op: &'a ast::ExprBinOp) -> Result<(), SyntaxError> {
        let mut spine = vec![bin_op];
        let mut left = &bin_op.left;
        while let ast::Expr::BinOp(inner) = left.as_ref() {
            if self.fold(left).is_some() {
                break;
            }
            spine.push(inner);
            left = &inner.left;
        }
        self.compile_expr(left)?;
        for node in spine.into_iter().rev() {
            self.compile_expr(&node.right)?;
            self.set_location(node.range);
            self.emit(Opcode::BINARY_OP, binary_operator(&node.op) as u32);
        }
        Ok(())
    }

    fn compile_unary_op(&mut self, unary: &'a ast::ExprUnaryOp) -> Result<(), SyntaxError> {
        self.compile_expr(&unary.operand)?;
        self.set_location(unary.range);
        let op = match unary.op {
            ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
            ast::UnaryOp::Not => Opcode::UNARY_NOT,
            ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
            ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
        };
        self.emit(op, 0);
        Ok(())
    }

    fn compile_if_exp(&mut self, if_exp: &'a ast::ExprIfExp) -> Result<(), SyntaxError> {
        let otherwise = self.new_label();
        let end = self.new_label();
        self.jump_if(&if_exp.test, false, otherwise)?;
        self.compile_expr(&if_exp.body)?;
        self.emit_jump(Opcode::JUMP, end);
        self.bind(otherwise);
        self.compile_expr(&if_exp.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_tuple(&mut self, tuple: &'a ast::ExprTuple) -> Result<(), SyntaxError> {
        if tuple
            .elts
            .iter()
            .any(|elt| matches!(elt, ast::Expr::Starred(_)))
        {
            self.compile_display(&tuple.elts, &LIST_OPS)?;
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        } else {
            for elt in &tuple.elts {
                self.compile_expr(elt)?;
            }
            self.emit(Opcode::BUILD_TUPLE, tuple.elts.len() as u32);
        }
        Ok(())
    }

    fn compile_yield(&mut self, yield_expr: &'a ast::ExprYield) -> Result<(), SyntaxError> {
        match &yield_expr.value {
            Some(value) => self.compile_expr(value)?,
            None => self.load_constant(Constant::None),
        }
        self.set_location(yield_expr.range);
        self.emit(Opcode::YIELD_VALUE, 0);
        Ok(())
    }

    fn compile_yield_from(
        &mut self,
        yield_from: &'a ast::ExprYieldFrom,
    ) -> Result<(), SyntaxError> {
        self.compile_expr(&yield_from.value)?;
        self.set_location(yield_from.range);
        self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
        self.load_constant(Constant::None);
        self.compile_delegation();
        Ok(())
    }

    fn compile_attribute(&mut self, attribute: &'a ast::ExprAttribute) -> Result<(), SyntaxError> {
        self.compile_expr(&attribute.value)?;
        self.set_attribute_location(attribute);
        let attr = self.mangle(attribute.attr.as_str());
        let attr = self.add_name(&attr);
        self.emit(Opcode::LOAD_ATTR, attr);
        Ok(())
    }

    fn compile_subscript(&mut self, subscript: &'a ast::ExprSubscript) -> Result<(), SyntaxError> {
        self.compile_expr(&subscript.value)?;
        self.compile_expr(&subscript.slice)?;
        self.set_location(subscript.range);
        self.emit(Opcode::BINARY_SUBSCR, 0);
        Ok(())
    }

    fn compile_name_load(&mut self, name: &ast::ExprName) {
        if name.id.as_str() == "__debug__" {
            self.load_constant(Constant::True);
        } else {
            self.name_op(name.id.as_str(), NameContext::Load);
        }
    }

    fn compile_slice(&mut self, slice: &'a ast::ExprSlice) -> Result<(), SyntaxError> {
        let mut count = 2;
        for part in [&slice.lower, &slice.upper] {
            match part {
                Some(part) => self.compile_expr(part)?,
                None => self.load_constant(Constant::None),
            }
        }
        if let Some(step) = &slice.step {
            self.compile_expr(step)?;
            count = 3;
        }
        self.emit(Opcode::BUILD_SLICE, count);
        Ok(())
    }

    /// The `SEND` / `YIELD_VALUE 1` loop of `yield from`, with the
    /// receiver and the first value to send on the stack.
    /// Awaits the object on top: `kind` 0 for `await`, 1 for the result of
    /// `__aenter__()`, 2 for that of `__aexit__()` (for the error messages).
    pub(crate) fn compile_await_of_top(&mut self, kind: u32) {
        self.emit(Opcode::GET_AWAITABLE, kind);
        self.load_constant(Constant::None);
        self.compile_delegation();
    }

    pub(crate) fn compile_delegation(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit_jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 1);
        self.emit_jump(Opcode::JUMP, send);
        self.bind(exit);
    }

    /// A list, set or (with `LIST_TO_TUPLE` after) tuple display, with
    /// `*` unpacking.
    fn compile_display(
        &mut self,
        elts: &'a [ast::Expr],
        ops: &DisplayOps,
    ) -> Result<(), SyntaxError> {
        if elts.len() > 2 {
            if let Some(constants) = elts
                .iter()
                .map(|elt| self.fold(elt))
                .collect::<Option<Vec<_>>>()
            {
                self.emit(ops.build, 0);
                self.load_constant(Constant::Tuple(constants));
                self.emit(ops.extend, 1);
                return Ok(());
            }
        }
        let mut built = false;
        for (index, elt) in elts.iter().enumerate() {
            match elt {
                ast::Expr::Starred(starred) => {
                    if !built {
                        self.emit(ops.build, index as u32);
                        built = true;
                    }
                    self.compile_expr(&starred.value)?;
                    self.emit(ops.extend, 1);
                }
                _ => {
                    self.compile_expr(elt)?;
                    if built {
                        self.emit(ops.add, 1);
                    }
                }
            }
        }
        if !built {
            self.emit(ops.build, elts.len() as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, dict: &'a ast::ExprDict) -> Result<(), SyntaxError> {
        let mut pending = 0u32;
        let mut have_dict = false;
        for (key, value) in dict.keys.iter().zip(&dict.values) {
            match key {
                Some(key) => {
                    self.compile_expr(key)?;
                    self.compile_expr(value)?;
                    pending += 1;
                    if pending == DICT_CHUNK {
                        self.flush_dict_items(&mut pending, &mut have_dict, Opcode::DICT_UPDATE);
                    }
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.flush_dict_items(&mut pending, &mut have_dict, Opcode::DICT_UPDATE);
                    }
                    self.compile_expr(value)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 || !have_dict {
            self.flush_dict_items(&mut pending, &mut have_dict, Opcode::DICT_UPDATE);
        }
        Ok(())
    }

    /// Builds a dict of the `pending` key/value pairs on the stack and
    /// merges it into the dict below them, if there is one already.
    fn flush_dict_items(&mut self, pending: &mut u32, have_dict: &mut bool, merge: Opcode) {
        self.emit(Opcode::BUILD_MAP, *pending);
        if *have_dict {
            self.emit(merge, 1);
        }
        *have_dict = true;
        *pending = 0;
    }

    fn compile_compare(&mut self, compare: &'a ast::ExprCompare) -> Result<(), SyntaxError> {
        self.compile_expr(&compare.left)?;
        let count = compare.ops.len();
        if count == 1 {
            self.compile_expr(&compare.comparators[0])?;
            let (op, arg) = compare_instruction(&compare.ops[0]);
            self.set_location(compare.range);
            self.emit(op, arg);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (op, comparator) in compare.ops.iter().zip(&compare.comparators).take(count - 1) {
            self.compile_expr(comparator)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            let (op, arg) = compare_instruction(op);
            self.set_location(compare.range);
            self.emit(op, arg);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.compile_expr(&compare.comparators[count - 1])?;
        let (op, arg) = compare_instruction(&compare.ops[count - 1]);
        self.set_location(compare.range);
        self.emit(op, arg);
        self.emit_jump(Opcode::JUMP, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if `bool(expr) == when`, else falls through.
    pub(super) fn jump_if(
        &mut self,
        expr: &'a ast::Expr,
        when: bool,
        target: Label,
    ) -> Result<(), SyntaxError> {
        if let Some(constant) = self.fold(expr) {
            if constant.is_truthy() == when {
                self.emit_jump(Opcode::JUMP, target);
            }
            return Ok(());
        }
        match expr {
            ast::Expr::UnaryOp(ast::ExprUnaryOp {
                op: ast::UnaryOp::Not,
                operand,
                ..
            }) => return self.jump_if(operand, !when, target),
            ast::Expr::BoolOp(bool_op) => {
                let is_or = bool_op.op == ast::BoolOp::Or;
                let Some((last, rest)) = bool_op.values.split_last() else {
                    return Err(internal_error("empty boolean operation"));
                };
                if is_or == when {
                    for value in rest {
                        self.jump_if(value, when, target)?;
                    }
                    self.jump_if(last, when, target)?;
                } else {
                    let skip = self.new_label();
                    for value in rest {
                        self.jump_if(value, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            ast::Expr::Compare(compare) if compare.ops.len() == 1 => {
                let is_none = matches!(
                    &compare.comparators[0],
                    ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::None,
                        ..
                    })
                );
                let negated = match compare.ops[0] {
                    ast::CmpOp::Is => Some(false),
                    ast::CmpOp::IsNot => Some(true),
                    _ => None,
                };
                if let (true, Some(negated)) = (is_none, negated) {
                    self.compile_expr(&compare.left)?;
                    self.set_location(compare.range);
                    let op = if when != negated {
                        Opcode::POP_JUMP_IF_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    };
                    self.emit_jump(op, target);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.compile_expr(expr)?;
        let op = if when {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.emit_jump(op, target);
        Ok(())
    }

    fn compile_call(&mut self, call: &'a ast::ExprCall) -> Result<(), SyntaxError> {
        let unpacks = call
            .args
            .iter()
            .any(|arg| matches!(arg, ast::Expr::Starred(_)))
            || call.keywords.iter().any(|keyword| keyword.arg.is_none());
        match call.func.as_ref() {
            ast::Expr::Attribute(attribute) if !unpacks => {
                self.compile_expr(&attribute.value)?;
                self.set_attribute_location(attribute);
                let attr = self.mangle(attribute.attr.as_str());
                let attr = self.add_name(&attr);
                self.emit(Opcode::LOAD_METHOD, attr);
            }
            func => {
                self.compile_expr(func)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        let saved = self.unit_ref().location;
        self.compile_call_arguments(&call.args, &call.keywords, 0)?;
        self.unit().location = saved;
        Ok(())
    }

    /// Emits the arguments and the call instruction, given a callable,
    /// its `self_or_null` slot and `already` positional arguments on the
    /// stack.
    pub(super) fn compile_call_arguments(
        &mut self,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
        already: u32,
    ) -> Result<(), SyntaxError> {
        let unpacks = args.iter().any(|arg| matches!(arg, ast::Expr::Starred(_)))
            || keywords.iter().any(|keyword| keyword.arg.is_none());
        if !unpacks {
            for arg in args {
                self.compile_expr(arg)?;
            }
            let count = already + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Opcode::CALL, count);
            } else {
                let mut names = Vec::with_capacity(keywords.len());
                for keyword in keywords {
                    self.compile_expr(&keyword.value)?;
                    let name = keyword.arg.as_ref().map_or("", |name| name.as_str());
                    names.push(Constant::Str(name.to_owned()));
                }
                self.load_constant(Constant::Tuple(names));
                self.emit(Opcode::CALL_KW, count + keywords.len() as u32);
            }
            return Ok(());
        }
        self.emit(Opcode::BUILD_LIST, already);
        for arg in args {
            match arg {
                ast::Expr::Starred(starred) => {
                    self.compile_expr(&starred.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                _ => {
                    self.compile_expr(arg)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Opcode::LIST_TO_TUPLE, 0);
        if keywords.is_empty() {
            self.emit(Opcode::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        let mut pending = 0u32;
        let mut have_dict = false;
        for keyword in keywords {
            match &keyword.arg {
                Some(name) => {
                    self.load_constant(Constant::Str(name.as_str().to_owned()));
                    self.compile_expr(&keyword.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.flush_dict_items(&mut pending, &mut have_dict, Opcode::DICT_MERGE);
                    }
                    self.compile_expr(&keyword.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        if pending > 0 {
            self.flush_dict_items(&mut pending, &mut have_dict, Opcode::DICT_MERGE);
        }
        self.emit(Opcode::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn compile_formatted_value(
        &mut self,
        value: &'a ast::ExprFormattedValue,
    ) -> Result<(), SyntaxError> {
        self.compile_expr(&value.value)?;
        let mut flags = match value.conversion {
            ast::ConversionFlag::None => format_flags::CONVERT_NONE,
            ast::ConversionFlag::Str => format_flags::CONVERT_STR,
            ast::ConversionFlag::Repr => format_flags::CONVERT_REPR,
            ast::ConversionFlag::Ascii => format_flags::CONVERT_ASCII,
        };
        if let Some(spec) = &value.format_spec {
            self.compile_expr(spec)?;
            flags |= format_flags::HAS_SPEC;
        }
        self.emit(Opcode::FORMAT_VALUE, flags);
        Ok(())
    }

    fn compile_joined_str(&mut self, joined: &'a ast::ExprJoinedStr) -> Result<(), SyntaxError> {
        let mut constant_text = String::new();
        let all_constant = joined.values.iter().all(|value| match value {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(text),
                ..
            }) => {
                constant_text.push_str(text);
                true
            }
            _ => false,
        });
        if all_constant {
            self.load_constant(Constant::Str(constant_text));
            return Ok(());
        }
        if let [single @ ast::Expr::FormattedValue(_)] = joined.values.as_slice() {
            return self.compile_expr(single);
        }
        for value in &joined.values {
            self.compile_expr(value)?;
        }
        self.emit(Opcode::BUILD_STRING, joined.values.len() as u32);
        Ok(())
    }

    fn compile_comprehension<T>(
        &mut self,
        node: &'a T,
        name: &str,
        kind: ComprehensionKind,
        generators: &'a [ast::Comprehension],
        element: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result<(), SyntaxError> {
        let scope = self
            .table
            .scope_of(node)
            .ok_or_else(|| internal_error("comprehension without a scope"))?;
        let first = generators
            .first()
            .ok_or_else(|| internal_error("comprehension without generators"))?;
        let qualname = self.qualname_for(name);
        let first_line = self.unit_ref().location.line;
        self.push_unit(scope, name, qualname, first_line);
        self.unit().arg_count = 1;
        let flags = self.function_flags(scope);
        self.unit().flags |= flags;
        match kind {
            ComprehensionKind::List => self.emit(Opcode::BUILD_LIST, 0),
            ComprehensionKind::Set => self.emit(Opcode::BUILD_SET, 0),
            ComprehensionKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            ComprehensionKind::Generator => {}
        }
        self.compile_generators(kind, generators, 0, element, value)?;
        if kind == ComprehensionKind::Generator {
            self.load_constant(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.pop_unit()?;
        self.make_function(code, 0)?;
        self.emit(Opcode::PUSH_NULL, 0);
        self.compile_expr(&first.iter)?;
        if first.is_async {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::CALL, 1);
        if flags & code_flags::COROUTINE != 0 {
            self.compile_await_of_top(0);
        }
        Ok(())
    }

    fn compile_generators(
        &mut self,
        kind: ComprehensionKind,
        generators: &'a [ast::Comprehension],
        index: usize,
        element: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result<(), SyntaxError> {
        let generator = &generators[index];
        let start = self.new_label();
        let next = self.new_label();
        let exhausted = self.new_label();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.compile_expr(&generator.iter)?;
            if generator.is_async {
                self.emit(Opcode::GET_AITER, 0);
            } else {
                self.emit(Opcode::GET_ITER, 0);
            }
        }
        self.bind(start);
        if generator.is_async {
            // Below the iterators: the list, set or dict being built.
            let collection = u32::from(kind != ComprehensionKind::Generator);
            self.push_handler(exhausted, collection + index as u32 + 1, false);
            self.emit(Opcode::GET_ANEXT, 0);
            self.load_constant(Constant::None);
            self.compile_delegation();
            self.pop_handler();
        } else {
            self.emit_jump(Opcode::FOR_ITER, exhausted);
        }
        self.compile_store(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, next)?;
        }
        if index + 1 < generators.len() {
            self.compile_generators(kind, generators, index + 1, element, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::Generator => {
                    self.compile_expr(element)?;
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::POP_TOP, 0);
                }
                ComprehensionKind::List => {
                    self.compile_expr(element)?;
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                ComprehensionKind::Set => {
                    self.compile_expr(element)?;
                    self.emit(Opcode::SET_ADD, depth);
                }
                ComprehensionKind::Dict => {
                    self.compile_expr(element)?;
                    if let Some(value) = value {
                        self.compile_expr(value)?;
                    }
                    self.emit(Opcode::MAP_ADD, depth);
                }
            }
        }
        self.bind(next);
        self.emit_jump(Opcode::JUMP, start);
        self.bind(exhausted);
        if generator.is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn compile_store(&mut self, target: &'a ast::Expr) -> Result<(), SyntaxError> {
        let saved = self.unit_ref().location;
        self.set_location(target.range());
        let result = self.compile_store_here(target);
        self.unit().location = saved;
        result
    }

    fn compile_store_here(&mut self, target: &'a ast::Expr) -> Result<(), SyntaxError> {
        match target {
            ast::Expr::Name(name) => {
                if name.id.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", name.range));
                }
                self.name_op(name.id.as_str(), NameContext::Store);
            }
            ast::Expr::Attribute(attribute) => {
                self.compile_expr(&attribute.value)?;
                self.set_attribute_location(attribute);
                let attr = self.mangle(attribute.attr.as_str());
                let attr = self.add_name(&attr);
                self.emit(Opcode::STORE_ATTR, attr);
            }
            ast::Expr::Subscript(subscript) => {
                self.compile_expr(&subscript.value)?;
                self.compile_expr(&subscript.slice)?;
                self.set_location(subscript.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                self.compile_unpack(target, elts)?;
            }
            ast::Expr::Starred(starred) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    starred.range,
                ))
            }
            other => return Err(self.error("cannot assign to expression", other.range())),
        }
        Ok(())
    }

    fn compile_unpack(
        &mut self,
        target: &'a ast::Expr,
        elts: &'a [ast::Expr],
    ) -> Result<(), SyntaxError> {
        let mut starred_at = None;
        for (index, elt) in elts.iter().enumerate() {
            if matches!(elt, ast::Expr::Starred(_)) {
                if starred_at.is_some() {
                    return Err(
                        self.error("multiple starred expressions in assignment", target.range())
                    );
                }
                starred_at = Some(index);
            }
        }
        match starred_at {
            Some(before) => {
                let after = elts.len() - before - 1;
                if before >= 256 || after >= (1 << 16) {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        target.range(),
                    ));
                }
                self.emit(Opcode::UNPACK_EX, (before | (after << 8)) as u32);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for elt in elts {
            match elt {
                ast::Expr::Starred(starred) => self.compile_store(&starred.value)?,
                _ => self.compile_store(elt)?,
            }
        }
        Ok(())
    }
}
