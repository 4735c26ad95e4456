# Checks dict idioms in real code: grouping with setdefault and get, counting, inverting, nested dicts, merging, sorting items and popping.
people = [("ann", "eng", 31), ("bob", "ops", 45), ("cid", "eng", 28), ("dee", "mgmt", 52),
          ("eve", "ops", 37), ("fay", "eng", 41), ("gus", "mgmt", 29)]
by_team = {}
for name, team, age in people:
    by_team.setdefault(team, []).append(name)
print(by_team)
ages = {}
for name, team, age in people:
    ages[team] = ages.get(team, 0) + age
avg = {team: round(total / len(by_team[team]), 1) for team, total in ages.items()}
print(ages, avg)
oldest = {}
for name, team, age in people:
    if team not in oldest or age > oldest[team][1]:
        oldest[team] = (name, age)
print(oldest)
decade = {}
for name, _, age in people:
    decade.setdefault(age // 10 * 10, {}).setdefault("names", []).append(name)
print(sorted(decade.items()))
inverted = {}
for team, names in by_team.items():
    for n in names:
        inverted[n] = team
print(inverted == {n: t for n, t, _ in people}, list(inverted)[:3])
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
override = {"db": {"port": 6543, "user": "app"}, "debug": True, "extra": [1]}
def deep_merge(a, b):
    result = dict(a)
    for k, v in b.items():
        if k in result and isinstance(result[k], dict) and isinstance(v, dict):
            result[k] = deep_merge(result[k], v)
        else:
            result[k] = v
    return result
merged = deep_merge(config, override)
print(merged)
print(config)
stock = {"apple": 3, "pear": 0, "fig": 7, "kiwi": 0}
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock, stock.pop("fig"), stock.pop("none", "default"), stock)
try:
    stock.pop("none")
except KeyError as e:
    print("KeyError", e)
counts = {c: 0 for c in "abc"}
for ch in "abacabad":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
d = {}
d[(1, 2)] = "tuple key"
d[3.0] = "float"
d[3] = "int replaces float value, keeps key"
d[True] = "bool"
d[1] = "int 1 same as True"
print(d, len(d))
items = list(merged.items())
while items:
    k, v = items.pop()
    print(k, type(v).__name__, end="; ")
print()
last = {"x": 1, "y": 2, "z": 3}
print(last.popitem(), last, last.setdefault("w", 9), last.setdefault("x", 100), last)
print(list(last.keys()), list(last.values()), list(reversed(list(last))), "y" in last.keys(), 9 in last.values())
