# A binary min-heap and a stable priority queue on top of it; heapsort and k-way merge.


class MinHeap:
    def __init__(self, items=()):
        self.data = list(items)
        for i in reversed(range(len(self.data) // 2)):
            self._sift_down(i)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, item):
        self.data.append(item)
        self._sift_up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        last = self.data.pop()
        if not self.data:
            return last
        top, self.data[0] = self.data[0], last
        self._sift_down(0)
        return top

    def peek(self):
        return self.data[0]

    def _sift_up(self, i):
        item = self.data[i]
        while i > 0:
            parent = (i - 1) // 2
            if item < self.data[parent]:
                self.data[i] = self.data[parent]
                i = parent
            else:
                break
        self.data[i] = item

    def _sift_down(self, i):
        n = len(self.data)
        item = self.data[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and self.data[child + 1] < self.data[child]:
                child += 1
            if self.data[child] < item:
                self.data[i] = self.data[child]
                i = child
            else:
                break
        self.data[i] = item

    def is_valid(self):
        d = self.data
        return all(not (d[c] < d[(c - 1) // 2]) for c in range(1, len(d)))


class PriorityQueue:
    def __init__(self):
        self.heap = MinHeap()
        self.counter = 0

    def push(self, priority, task):
        self.heap.push((priority, self.counter, task))  # counter keeps FIFO order for ties
        self.counter += 1

    def pop(self):
        priority, _, task = self.heap.pop()
        return priority, task

    def __len__(self):
        return len(self.heap)


def heapsort(items):
    h = MinHeap(items)
    return [h.pop() for _ in range(len(h))]


def merge_sorted(*lists):
    h = MinHeap()
    for idx, lst in enumerate(lists):
        if lst:
            h.push((lst[0], idx, 0))
    out = []
    while h:
        value, idx, pos = h.pop()
        out.append(value)
        if pos + 1 < len(lists[idx]):
            h.push((lists[idx][pos + 1], idx, pos + 1))
    return out


data = [(i * 7919) % 101 for i in range(30)]
print(data)
h = MinHeap(data)
print(h.is_valid(), len(h), h.peek())
print(heapsort(data) == sorted(data), heapsort(data)[:10])
h.push(-5)
h.push(1000)
print(h.peek(), h.is_valid(), [h.pop() for _ in range(5)])
pq = PriorityQueue()
for prio, task in [(2, "write tests"), (1, "fix bug"), (3, "refactor"), (1, "review"), (2, "deploy"), (0, "coffee")]:
    pq.push(prio, task)
while len(pq):
    print(pq.pop())
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
print(heapsort(["pear", "apple", "fig", "banana"]), heapsort([]), heapsort([3.5, -1, 2]))
try:
    MinHeap().pop()
except IndexError as e:
    print(type(e).__name__, e)


# dijkstra with the heap
graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {"E": 3}, "E": {}}


def dijkstra(src):
    dist = {src: 0}
    heap = MinHeap([(0, src)])
    done = []
    while heap:
        d, node = heap.pop()
        if node in done:
            continue
        done.append(node)
        for nxt, w in graph[node].items():
            if nxt not in dist or d + w < dist[nxt]:
                dist[nxt] = d + w
                heap.push((d + w, nxt))
    return dist, done


print(dijkstra("A"))
