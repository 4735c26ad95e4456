# asyncio.Event: every waiter wakes when it is set, in the order they began waiting; clear and wait again
import asyncio


async def waiter(name, ev):
    print(name, "waits")
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    print("set")
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("is_set", ev.is_set())
    t = asyncio.create_task(waiter("w", ev))
    await asyncio.sleep(0.01)
    print("still waiting:", not t.done())
    asyncio.get_running_loop().call_later(0.01, ev.set)
    await t


asyncio.run(main())
