print("pkg_demo.core: loading, __name__ =", __name__, "__package__ =", __package__)
from .util import helper, PREFIX


def shout(text):
    return helper(text).upper() + "!"


def where():
    return __name__
