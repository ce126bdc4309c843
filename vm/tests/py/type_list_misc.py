# list as stack and queue, nested lists, comprehension building, identity
stack = []
for i in range(5):
    stack.append(i * i)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0][2] = 7
print(grid, [row[::-1] for row in grid])
transposed = [list(col) for col in zip(*grid)]
print(transposed)
l1 = [1, 2, 3]
l2 = l1
l3 = list(l1)
print(l1 is l2, l1 is l3, l1 == l3)
l2.append(4)
print(l1, l3)
print(list(enumerate(["x", "y"])), list(reversed([1, 2, 3])), list(map(str, [1, 2])))
nums = list(range(20))
evens = [n for n in nums if n % 2 == 0]
print(evens, len(nums), nums[len(nums) // 2])
m = [3, 1, 2]
m[m.index(1)] = 100
print(m)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
bools = [[], [0], [[]]]
print([bool(b) for b in bools])
print([1, 2, 3].__len__(), [5, 6].__getitem__(1), [1].__contains__(1))
print(repr([]), repr([""]), str([1.0, "s", None, True]))
