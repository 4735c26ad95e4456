# sleep(0) yields once: three tasks take turns in creation order, each step one loop iteration
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    log.append(name + " done")


async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in (("a", 3), ("b", 1), ("c", 2))]
    log.append("main before")
    await asyncio.sleep(0)
    log.append("main after one sleep(0)")
    for t in tasks:
        await t
    log.append("main end")


asyncio.run(main())
for line in log:
    print(line)
