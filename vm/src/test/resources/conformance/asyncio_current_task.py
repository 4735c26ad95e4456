# current_task, all_tasks, get_running_loop, get_event_loop inside a coroutine; no running loop outside
import asyncio


async def child():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name() == "main-task" or "Task")
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
    kids = [asyncio.create_task(child(), name="kid%d" % i) for i in range(3)]
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    print(await asyncio.gather(*kids))
    print(len(asyncio.all_tasks()))
    return loop


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
