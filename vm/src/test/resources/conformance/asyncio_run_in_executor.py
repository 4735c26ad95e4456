# loop.run_in_executor(None, f, *args): the default thread pool; the awaiting task gets the result
import asyncio
import threading


def work(a, b):
    return a + b, threading.current_thread().name.startswith("asyncio_")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, 2, 3)
    print(asyncio.isfuture(fut))
    print(await fut)
    print(await asyncio.gather(loop.run_in_executor(None, work, 1, 1), loop.run_in_executor(None, work, "a", "b")))


asyncio.run(main())
print("threads left:", threading.active_count())
