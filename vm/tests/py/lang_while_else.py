# while with else: else runs when condition becomes false, not on break
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else ran, i =", i)

i = 0
while i < 10:
    if i == 4:
        print("breaking at", i)
        break
    i += 1
else:
    print("should not print")

# while False never runs body but runs else
while False:
    print("never")
else:
    print("else of while False")

# continue in while
n = 0
total = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    total += n
print("total without multiples of 3:", total)

# nested loops, break only inner
outer = 0
while outer < 3:
    inner = 0
    while True:
        if inner == outer:
            break
        inner += 1
    print("outer", outer, "inner", inner)
    outer += 1
