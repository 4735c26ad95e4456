# Two threads hand a token back and forth through two locks, 20,000 times: every hand-off blocks
# one thread and wakes the other, so a trace records several events per round (the worst case for
# --trace's cost: python3 bench/gil_bench.py --only trace). Not part of bench/run.py's set.
import threading

ROUNDS = 20_000
ping = threading.Lock()
pong = threading.Lock()
ping.acquire()
pong.acquire()


def player(mine, theirs):
    for i in range(ROUNDS):
        mine.acquire()
        theirs.release()


a = threading.Thread(target=player, args=(ping, pong))
b = threading.Thread(target=player, args=(pong, ping))
a.start()
b.start()
ping.release()
a.join()
b.join()
print("rounds:", ROUNDS)
