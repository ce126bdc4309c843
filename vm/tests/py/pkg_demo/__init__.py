"""A demo package."""
print("pkg_demo: __init__ running, __name__ =", __name__)
VERSION = (1, 2)
from .core import shout
from . import util
