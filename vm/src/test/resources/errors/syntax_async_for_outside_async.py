def read(stream):
    async for line in stream:
        print(line)
