# asyncio.run returns main's value; create_task starts a task at the next await; names, done, result
import asyncio


async def add(a, b):
    print("add", a, b)
    await asyncio.sleep(0)
    return a + b


async def main():
    t = asyncio.create_task(add(1, 2))
    print("created", t.get_name(), t.done())
    print("before await")
    r = await t
    print("result", r, t.done(), t.result(), t.cancelled())
    r2 = await add(3, 4)
    print("direct await", r2)
    t2 = asyncio.create_task(add(5, 6), name="adder")
    print(t2.get_name())
    t2.set_name("renamed")
    print(t2.get_name(), await t2)
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(add(10, 20)))
