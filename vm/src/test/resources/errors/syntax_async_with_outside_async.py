def locked(lock):
    async with lock:
        pass
