"""Disassembly of Minnow code objects. The instruction set is Minnow's own
(documented in the interpreter's bytecode module), not CPython's, so
opcode names and numbers differ from CPython's ``dis``; offsets are
instruction indices."""

import sys
import _dis
from collections import namedtuple

opname = [name if name is not None else f"<{i}>" for i, name in enumerate(_dis.opnames())]
opmap = {name: i for i, name in enumerate(_dis.opnames()) if name is not None}

Instruction = namedtuple(
    "Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
    defaults=[None],
)


def _code_of(x):
    if x is None:
        raise TypeError("dis() without an argument needs a traceback, which Minnow does not keep")
    for attr in ("__func__", "__code__", "gi_code", "cr_code", "ag_code"):
        while hasattr(x, attr):
            x = getattr(x, attr)
    if isinstance(x, str):
        x = compile(x, "<dis>", "exec")
    if type(x).__name__ != "code":
        raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")
    return x


def _argval(code, name, arg, argrepr):
    if arg is None:
        return None
    if name.startswith("LOAD_CONST") or name == "RETURN_CONST":
        return code.co_consts[arg]
    if argrepr and not argrepr[0].isdigit() and not argrepr.startswith("to "):
        return argrepr
    if argrepr.startswith("to "):
        return int(argrepr[3:])
    return arg


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    code = _code_of(x)
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    last_line = None
    for offset, name, opcode, arg, argrepr, line, target in _dis.instructions(code):
        starts = line + shift if line != last_line else None
        last_line = line
        yield Instruction(name, opcode, arg, _argval(code, name, arg, argrepr), argrepr,
                          offset, starts, target)


def code_info(x):
    code = _code_of(x)
    lines = [
        f"Name:              {code.co_name}",
        f"Filename:          {code.co_filename}",
        f"Argument count:    {code.co_argcount}",
        f"Positional-only arguments: {code.co_posonlyargcount}",
        f"Kw-only arguments: {code.co_kwonlyargcount}",
        f"Number of locals:  {code.co_nlocals}",
        f"Stack size:        {code.co_stacksize}",
        f"Flags:             {code.co_flags:#x}",
    ]
    return "\n".join(lines)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    print(_dis.listing(_code_of(x)), end="", file=file if file is not None else sys.stdout)


disassemble = dis
