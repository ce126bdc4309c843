matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)])
print([x * y for x in range(1, 4) if x != 2 for y in range(x) if y])
print({(a, b): a * b for a in range(2) for b in range(2)})
print([[c for c in w] for w in ["ab", "cde"]])
print(sum(x for row in matrix for x in row if x % 2))
flat = [v for sub in [[1], [], [2, 3]] for v in sub]
print(flat)
print([y for x in [[1, 2], [3]] for y in x * 2])
# inner loop depends on outer variable
print([(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 3 == 0])
# dict of lists
print({k: [v for v in range(k)] for k in range(4)})
