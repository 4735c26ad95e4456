# Checks the RuntimeWarning for a coroutine that was never awaited (on stderr, in async_never_awaited.err): printed when it dies, where the program is then, once per place, and not for one that was awaited or closed.
import gc


async def job(n):
    return n


class Client:
    async def fetch(self):
        return "data"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    job(1)  # the classic bug: the await is missing, the coroutine dies at once
    return await job(2)


print("start")
print(run(main()))
job(0)
print("dropped at module level")


def forget():
    c = job(3)
    print("inside forget")


forget()
print("after forget: the warning names the line that called it")
for i in range(3):
    job(i)
print("a loop warns once per line")
Client().fetch()
print("a method shows its qualified name")

closed = job(4)
closed.close()
del closed
print("closed: no warning")

awaited = job(5)
print(run(awaited))
del awaited
print("awaited: no warning")


class Box:
    pass


b = Box()
b.me = b
b.coroutine = job(6)
del b
print("in a cycle until the collector runs")
gc.collect()
print("collected")

kept = job(7)
print("kept until exit")
