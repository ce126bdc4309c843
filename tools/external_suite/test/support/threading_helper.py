"""Threads are not available: tests that need them are skipped."""

import unittest


def reap_threads(f):
    return f


def requires_working_threading(*, module=False):
    if module:
        raise unittest.SkipTest("threads are not available")
    return unittest.skip("threads are not available")


def join_thread(thread, timeout=None):
    pass
