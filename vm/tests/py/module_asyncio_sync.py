# asyncio's coordination: Lock, Event, Semaphore, Condition, queues, and
# task cancellation.
import asyncio


async def locks():
    lock = asyncio.Lock()
    log = []

    async def critical(n):
        async with lock:
            log.append(('in', n, lock.locked()))
            await asyncio.sleep(0)
            log.append(('out', n))

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    semaphore = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(n):
        async with semaphore:
            active.append(n)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak', max(peak))
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError', e)

    event = asyncio.Event()

    async def waiter(n):
        await event.wait()
        return n

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(event.is_set(), [t.done() for t in tasks])
    event.set()
    print(await asyncio.gather(*tasks), event.is_set())
    event.clear()
    print(event.is_set())

    condition = asyncio.Condition()
    items = []

    async def consumer():
        async with condition:
            await condition.wait_for(lambda: items)
            return items.pop()

    task = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with condition:
        items.append('item')
        condition.notify()
    print(await task)


async def queues():
    queue = asyncio.Queue(maxsize=2)
    log = []

    async def producer():
        for i in range(5):
            await queue.put(i)
            log.append(('put', i))
        await queue.put(None)

    async def consumer():
        got = []
        while (item := await queue.get()) is not None:
            got.append(item)
            log.append(('got', item))
            queue.task_done()
        queue.task_done()
        return got

    print(await asyncio.gather(producer(), consumer()))
    print(log)
    print(queue.empty(), queue.full(), queue.qsize(), queue.maxsize)
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    queue.put_nowait(1)
    queue.put_nowait(2)
    try:
        queue.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull', queue.full())
    try:
        for _ in range(3):
            queue.task_done()
    except ValueError as e:
        print('ValueError', e)

    work = asyncio.Queue()
    for i in range(4):
        work.put_nowait(i)
    done = []

    async def worker():
        while True:
            item = await work.get()
            await asyncio.sleep(0)
            done.append(item)
            work.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(2)]
    await work.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(done), [type(r).__name__ for r in results])

    priority = asyncio.PriorityQueue()
    lifo = asyncio.LifoQueue()
    for n in (3, 1, 2):
        priority.put_nowait(n)
        lifo.put_nowait(n)
    print([priority.get_nowait() for _ in range(3)], [lifo.get_nowait() for _ in range(3)])


async def cancellation():
    log = []

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append('cleanup')
            raise

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(task.cancel('stop'), task.cancelled())
    try:
        await task
    except asyncio.CancelledError as e:
        print('CancelledError', e.args, task.cancelled(), log)
    print(task.cancel(), isinstance(asyncio.CancelledError(), Exception))
    try:
        task.result()
    except asyncio.CancelledError:
        print('result raises CancelledError')

    # A task cancelled before it starts never runs.
    started = []

    async def never():
        started.append(True)

    task = asyncio.create_task(never())
    task.cancel()
    await asyncio.sleep(0)
    print(task.cancelled(), started)

    # A task may catch the cancellation and carry on.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'ignored'

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    task.cancel()
    print(await task, task.cancelled())

    # Cancelling gather cancels its children.
    children = [asyncio.create_task(asyncio.sleep(10)) for _ in range(2)]
    group = asyncio.gather(*children)
    await asyncio.sleep(0)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print('gather cancelled', [c.cancelled() for c in children])

    # wait_for cancels the task it gives up on.
    task = asyncio.create_task(sleeper())
    try:
        await asyncio.wait_for(task, 0.01)
    except asyncio.TimeoutError:
        print('timeout', task.cancelled(), log)

    # shield keeps the inner task running.
    inner = asyncio.create_task(asyncio.sleep(0.01, 'shielded'))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())

    # timeout() context manager.
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout block')

    # asyncio.run cancels the tasks left over.
    return asyncio.create_task(sleeper())


asyncio.run(locks())
asyncio.run(queues())
leftover = asyncio.run(cancellation())
print(leftover.cancelled())
