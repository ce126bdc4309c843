print("pkg_demo.sub.deep: loading, __package__ =", __package__)
from .. import util
from ..core import shout as core_shout
from . import sibling
from .sibling import SIB


def deep_call(x):
    return core_shout(x) + " " + util.helper("deep") + " " + SIB + " " + sibling.name()
