# asyncio's loop and tasks: run, gather order, sleep ordering, wait_for,
# exceptions in tasks, the loop API and the policy.
import asyncio

log = []


async def worker(name, delay, result):
    log.append(('start', name))
    await asyncio.sleep(delay)
    log.append(('end', name))
    return result


async def fails(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def main():
    # gather keeps argument order; sleeps end in order of their delays.
    results = await asyncio.gather(worker('a', 0.03, 1), worker('b', 0.01, 2), worker('c', 0, 3))
    print(results, log)
    log.clear()

    # sleep(0) yields to the other ready tasks, in order.
    async def stepper(name):
        for i in range(3):
            log.append((name, i))
            await asyncio.sleep(0)
    await asyncio.gather(stepper('x'), stepper('y'))
    print(log)

    print(await asyncio.sleep(0, result='r0'), await asyncio.sleep(0.001, 'r1'))
    print(await asyncio.gather())

    # Exceptions: gather raises the first, or returns them all.
    print(await asyncio.gather(fails('one'), worker('d', 0, 4), return_exceptions=True))
    try:
        await asyncio.gather(fails('two'), worker('e', 0, 5))
    except ValueError as e:
        print('gather raised', e)
    task = asyncio.create_task(fails('three'))
    try:
        await task
    except ValueError as e:
        print('task raised', e, task.done(), type(task.exception()).__name__)

    # wait_for.
    print(await asyncio.wait_for(worker('f', 0, 'in time'), 1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print('timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker('g', 0, 'no limit'), None))

    # Tasks, names, current_task, done callbacks.
    task = asyncio.create_task(worker('h', 0, 'named'), name='my-task')
    print(task.get_name(), task.done())
    task.add_done_callback(lambda t: log.append(('callback', t.result())))
    log.clear()
    print(await task, task.done(), task.result())
    await asyncio.sleep(0)
    print(log)
    print(asyncio.current_task().get_name().startswith('Task-'))
    print(asyncio.get_running_loop() is asyncio.get_event_loop())

    # Futures set from callbacks.
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.01, future.set_result, 'later')
    loop.call_soon(log.append, 'soon')
    print(await future, log[-1])
    sleeps = [asyncio.create_task(asyncio.sleep(d, r)) for d, r in [(0.01, 'w1'), (0.02, 'w2')]]
    done, pending = await asyncio.wait(sleeps)
    print(sorted(t.result() for t in done), pending)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d)) for d in (0, 1)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for task in pending:
        task.cancel()
    coroutine = asyncio.sleep(0)
    try:
        await asyncio.wait([coroutine])
    except TypeError as e:
        print('TypeError', e)
    await coroutine
    return 'main result'


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
coroutine = main()
print(asyncio.iscoroutine(coroutine), asyncio.iscoroutine(main))
coroutine.close()


async def raises():
    raise KeyError('k')

try:
    asyncio.run(raises())
except KeyError as e:
    print('run raised', repr(e))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)


async def nested():
    coroutine = asyncio.sleep(0)
    try:
        asyncio.run(coroutine)
    except RuntimeError as e:
        print('RuntimeError', e)
    await coroutine

asyncio.run(nested())

# A loop driven by hand.
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
order = []
loop.call_later(0.02, order.append, 'late')
loop.call_later(0.01, order.append, 'early')
loop.call_soon(order.append, 'soon')
handle = loop.call_soon(order.append, 'cancelled')
handle.cancel()
print(loop.run_until_complete(asyncio.sleep(0.05, result='slept')), order)
print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
future = loop.create_future()
try:
    future.result()
except asyncio.InvalidStateError as e:
    print('InvalidStateError', e)
future.set_result(3)
print(future.result(), future.done(), future.cancelled(), repr(future))
try:
    future.set_result(4)
except asyncio.InvalidStateError as e:
    print('InvalidStateError')
failed = loop.create_future()
failed.set_exception(ValueError('inside'))
print(repr(failed.exception()))
try:
    loop.run_until_complete(failed)
except ValueError as e:
    print('ValueError', e)
loop.close()
print(loop.is_closed())
coroutine = asyncio.sleep(0)
try:
    loop.run_until_complete(coroutine)
except RuntimeError as e:
    print('RuntimeError', e)
coroutine.close()
asyncio.set_event_loop(None)

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is not policy)
try:
    asyncio.set_event_loop_policy(1)
except TypeError as e:
    print('TypeError', e)
