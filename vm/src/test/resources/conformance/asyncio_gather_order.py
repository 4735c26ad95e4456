# gather returns results in argument order, whatever order the awaitables finish in
import asyncio


async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 0.2), job("fast", 0.0), job("mid", 0.1))
    print(results)
    t = asyncio.create_task(job("task", 0.1))
    results = await asyncio.gather(t, job("coro", 0), t)
    print(results)
    print(await asyncio.gather())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(42)
    print(await asyncio.gather(fut, job("x", 0)))


asyncio.run(main())
