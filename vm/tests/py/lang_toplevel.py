# Module top-level code runs in order; names defined at top level are globals.
print("start")
x = 10
y = x * 2
print(x, y)


def show():
    return x + y


print(show())
x = 1
print(show())
print(__name__)
if __name__ == "__main__":
    print("main guard taken")
else:
    print("main guard not taken")
for i in range(3):
    last = i
print("loop var after loop:", i, last)
print("end")
