class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        raise RuntimeError("cleanup failed")


async def work():
    async with Manager():
        raise ValueError("work failed")


work().send(None)
