import sys
import pkg_demo
print(pkg_demo.VERSION, pkg_demo.__doc__)
print(pkg_demo.shout("hi"))
print(pkg_demo.util.PREFIX, pkg_demo.core.where())
print(pkg_demo.__name__, pkg_demo.__package__, hasattr(pkg_demo, "__path__"))
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
import pkg_demo.sub.deep
print(pkg_demo.sub.deep.deep_call("go"))
from pkg_demo.sub import sibling
print(sibling.name(), sibling.SIB)
from pkg_demo import core
print(core is pkg_demo.core, core.__package__)
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
