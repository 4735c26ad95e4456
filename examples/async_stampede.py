# async_stampede.py: the cache stampede of seed 002, a logical race at an await point.
#
# Run:    ./gilvm examples/async_stampede.py --audit
#         python3 examples/async_stampede.py
# Watch:  100 requests for user 42 arrive together. The naive get_user checks the cache, finds
#         nothing, and awaits the database: every one of the 100 does, before the first answer
#         is cached, so the database sees 100 fetches. No thread is involved and no instruction
#         races: the race is between the check and the await. The fix keeps a dict of in-flight
#         futures: the first caller fetches, the other 99 await its future: 1 fetch. An
#         asyncio.Lock would also give 1, but serialises every user's lookup behind one lock.
import asyncio

db_fetches = 0
cache = {}
inflight = {}


async def db_fetch_user(uid):
    global db_fetches
    db_fetches += 1
    await asyncio.sleep(0.05)  # the database's round trip
    return {"id": uid, "name": f"user{uid}"}


async def get_user_naive(uid):
    if uid in cache:
        return cache[uid]
    u = await db_fetch_user(uid)  # everyone who checked before the first answer gets here
    cache[uid] = u
    return u


async def get_user(uid):
    if uid in cache:
        return cache[uid]
    if uid in inflight:
        return await inflight[uid]  # someone is already fetching: wait for their answer
    inflight[uid] = fut = asyncio.get_event_loop().create_future()
    try:
        u = await db_fetch_user(uid)
        cache[uid] = u
        fut.set_result(u)
        return u
    finally:
        del inflight[uid]


async def drill(get):
    global db_fetches
    cache.clear()
    db_fetches = 0
    users = await asyncio.gather(*[get(42) for _ in range(100)])
    assert all(u == users[0] for u in users)
    print(f"{get.__name__}: 100 concurrent get_user(42) -> {db_fetches} database fetches")


async def main():
    await drill(get_user_naive)
    await drill(get_user)


asyncio.run(main())
