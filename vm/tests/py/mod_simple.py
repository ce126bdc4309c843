"""Helper module for import tests (not a test itself)."""
print("mod_simple: executing module body")

GREETING = "hello from mod_simple"
counter = 0


def add(a, b):
    return a + b


def bump():
    global counter
    counter += 1
    return counter


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Thing(%r)" % self.name


_private = "underscore name"
