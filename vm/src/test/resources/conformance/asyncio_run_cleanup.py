# asyncio.run cancels the tasks main leaves behind and waits for them: their finally blocks run, a task may even finish its cleanup with an await
import asyncio


async def worker(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        await asyncio.sleep(0)
        log.append(name + " cleaned up")
        raise


async def main(log):
    asyncio.create_task(worker("left behind", log))
    await asyncio.sleep(0)
    log.append("main returns")
    return len(asyncio.all_tasks())


log = []
print(asyncio.run(main(log)))
for line in log:
    print(line)
