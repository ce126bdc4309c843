from mod_simple import add, GREETING, Thing
from mod_simple import counter, bump
print(add(10, 20), GREETING, Thing("x"))
print(counter, bump(), counter)  # 'counter' is a copy of the binding
import mod_simple
print(mod_simple.counter)
from mod_simple import (
    add as plus,
    _private,
)
print(plus(1, 1), _private)
try:
    from mod_simple import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
from mod_star import *
print(public_a, helper())
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
from mod_nostar import *
print(visible, func())
try:
    _invisible
except NameError as e:
    print(type(e).__name__, e)
