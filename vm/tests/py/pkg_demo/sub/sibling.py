SIB = "sibling-constant"


def name():
    return __name__
