import mod_simple as ms
from mod_simple import Thing as T, add as addition
import pkg_demo.util as pu
print(ms.GREETING, T("aliased"), addition(3, 4))
print(pu.helper("x"), pu.__name__)
print("mod_simple" in dir(), "ms" in dir(), "pkg_demo" in dir())


def local_import():
    import mod_star as star_local
    from mod_nostar import func as f_local
    return star_local.helper(), f_local(), "star_local" in globals()


print(local_import())
