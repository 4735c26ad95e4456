# async_missing_await.py: the forgotten await, with asyncio (seeds 001 and 004).
#
# Run:    ./gilvm examples/async_missing_await.py
#         python3 examples/async_missing_await.py
# Watch:  save_order(1) is called without await: it makes a coroutine object and runs nothing,
#         so order 1 is never saved. The moment that object is dropped, stderr gets CPython's
#         "RuntimeWarning: coroutine 'save_order' was never awaited" with the line of the call.
#         A task made with create_task runs even if nobody awaits it; but if it fails and is
#         dropped unawaited, its exception surfaces only as "Task exception was never retrieved"
#         (gilvm's reference counts print it at the moment the task dies, as CPython's do).
import asyncio

saved = []


async def save_order(n):
    await asyncio.sleep(0.01)
    saved.append(n)


async def charge_card(n):
    await asyncio.sleep(0.01)
    raise ConnectionError(f"payment service down for order {n}")


async def main():
    save_order(1)  # the bug: no await
    await save_order(2)
    print("saved after the missing await:", saved)
    task = asyncio.create_task(charge_card(3))  # runs, but nobody looks at its result
    await asyncio.sleep(0.05)
    print("the charge task is done:", task.done())
    del task  # the failed task dies here, its exception unseen
    print("main ends")


asyncio.run(main())
