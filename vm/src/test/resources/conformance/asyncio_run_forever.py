# A loop by hand: run_forever until stop(), run_until_complete, close; a callback's exception is reported, not raised
import asyncio

loop = asyncio.new_event_loop()


def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()


loop.call_soon(tick, 0)
loop.run_forever()
print("stopped; running:", loop.is_running())


async def answer():
    await asyncio.sleep(0.01)
    return 42


print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "timer result")
print(loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
loop.close()
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print("RuntimeError:", e)
