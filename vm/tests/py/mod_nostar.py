"""Helper module without __all__: star import skips underscore names."""
visible = 1
_invisible = 2


def func():
    return "func"
