# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout (sets printed sorted by name)
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError("failed after %s" % delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(job(0.01), name="a")
    b = asyncio.create_task(job(0.3), name="b")
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait([a, b])
    print(names(done), names(pending))
    c = asyncio.create_task(job(0.01, True), name="c")
    d = asyncio.create_task(job(1), name="d")
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), repr(c.exception()))
    done, pending = await asyncio.wait([d], timeout=0.05)
    print(names(done), names(pending))
    d.cancel()
    done, pending = await asyncio.wait([d])
    print(names(done), d.cancelled())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([a], return_when="sometime")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
