# break / continue in nested loops
result = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)

# break out of while True with counter
count = 0
while True:
    count += 1
    if count >= 7:
        break
print("count", count)

# continue skipping in while
i = 0
seen = []
while i < 8:
    i += 1
    if i in (2, 5):
        continue
    seen.append(i)
print(seen)

# break inside try inside loop
for i in range(3):
    try:
        if i == 1:
            break
        print("try body", i)
    finally:
        print("finally", i)
print("after loop")
