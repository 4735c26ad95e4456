# A task that fails with nobody asking for its exception: the message comes when the task dies
import asyncio


async def fails():
    raise ValueError("nobody looks at me")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    print("after del")


asyncio.run(main())
print("end")
