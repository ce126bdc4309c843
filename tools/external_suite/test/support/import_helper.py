"""Importing modules that a test may do without."""

import sys
import unittest


def import_module(name, deprecated=False, *, required_on=()):
    try:
        __import__(name)
    except ImportError as e:
        raise unittest.SkipTest(str(e))
    return sys.modules[name]


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Fresh copies cannot be made here: a module whose C accelerator is
    blocked is given as it is, and `None` when it must be the accelerator."""
    if name.startswith("_") or any(b == name for b in blocked):
        return None
    try:
        __import__(name)
    except ImportError:
        return None
    return sys.modules[name]


class CleanImport:
    def __init__(self, *module_names):
        self.names = module_names

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
