from pkg_demo.sub.deep import deep_call, util, core_shout
print(deep_call("rel"))
print(util.helper("u"), core_shout("s"))
import pkg_demo.sub.deep as d
print(d.__package__, d.sibling.__name__)
