import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old > 0)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return n if n == 0 else depth(n - 1)


print(depth(100))
try:
    depth(1000)
except RecursionError as e:
    print(type(e).__name__)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(2000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
