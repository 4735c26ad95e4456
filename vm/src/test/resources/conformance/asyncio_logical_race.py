# No instruction-level races in asyncio, but a read-await-write loses updates; a Lock around it fixes it
import asyncio

balance = 0


async def deposit_racy(amount):
    global balance
    current = balance
    await asyncio.sleep(0)
    balance = current + amount


async def deposit_locked(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0)
        balance = current + amount


async def deposit_atomic(amount):
    global balance
    await asyncio.sleep(0)
    balance += amount


async def main():
    global balance
    await asyncio.gather(*[deposit_racy(10) for _ in range(50)])
    print("racy:", balance, "expected", 500)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*[deposit_locked(lock, 10) for _ in range(50)])
    print("locked:", balance)
    balance = 0
    await asyncio.gather(*[deposit_atomic(10) for _ in range(50)])
    print("no await between read and write:", balance)


asyncio.run(main())
