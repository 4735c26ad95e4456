# Seed 002's drill: 100 concurrent get_user(42) miss the cache together (100 fetches); an in-flight future makes it 1
import asyncio

fetches = 0
cache = {}


async def fetch_user(uid):
    global fetches
    fetches += 1
    await asyncio.sleep(0.01)
    return {"id": uid, "name": "user%d" % uid}


async def get_user(uid):
    if uid in cache:
        return cache[uid]
    u = await fetch_user(uid)
    cache[uid] = u
    return u


inflight = {}


async def get_user_fixed(uid):
    if uid in cache:
        return cache[uid]
    if uid in inflight:
        return await inflight[uid]
    inflight[uid] = fut = asyncio.get_event_loop().create_future()
    try:
        u = await fetch_user(uid)
        cache[uid] = u
        fut.set_result(u)
        return u
    finally:
        del inflight[uid]


async def main():
    global fetches
    users = await asyncio.gather(*[get_user(42) for _ in range(100)])
    print("naive: fetches =", fetches, "all equal:", all(u == users[0] for u in users))
    print("distinct objects:", len(set(id(u) for u in users)))
    cache.clear()
    fetches = 0
    users = await asyncio.gather(*[get_user_fixed(42) for _ in range(100)])
    print("in-flight future: fetches =", fetches, "same object:", all(u is users[0] for u in users))
    users = await asyncio.gather(*[get_user_fixed(42) for _ in range(100)])
    print("cached: fetches =", fetches, "inflight left:", len(inflight))


asyncio.run(main())
