# sleep(delay, result) returns result; negative delays are sleep(0); timers fire in time order
import asyncio


async def say(delay, word):
    w = await asyncio.sleep(delay, word)
    print(w)


async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1, "negative"))
    await asyncio.gather(say(0.3, "third"), say(0.1, "first"), say(0.2, "second"), say(0, "now"))


asyncio.run(main())
