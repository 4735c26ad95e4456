# gather: the first exception goes to the awaiter while the others run on; return_exceptions collects them
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name)
    return name


async def bad(name, delay):
    await asyncio.sleep(delay)
    print("raising", name)
    raise ValueError(name)


async def main():
    r = await asyncio.gather(ok("a", 0.1), bad("b", 0), ok("c", 0.2), bad("d", 0.3), return_exceptions=True)
    print([type(x).__name__ + ":" + str(x) for x in r])
    slow = asyncio.create_task(ok("slow", 0.2))
    try:
        await asyncio.gather(bad("first", 0.05), slow)
    except ValueError as e:
        print("caught", e, "slow done:", slow.done())
    print("slow result", await slow)
    r = await asyncio.gather(asyncio.sleep(0, "zero"), bad("e", 0), return_exceptions=True)
    print(r[0], repr(r[1]))


asyncio.run(main())
