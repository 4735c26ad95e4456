# Checks sets of small ints: literals, set(), membership, len, iteration, equality.
s = {3, 1, 2}
print(s, len(s))
print({1, 1, 2, 2, 3}, set(), set([5, 5, 4]), set((9, 8)))
print(2 in s, 7 in s, 7 not in s)
total = 0
for x in {10, 20, 30}:
    total += x
print(total)
print(sorted({9, 3, 7, 1}))
print({1, 2} == {2, 1}, {1, 2} == {1, 2, 3}, set() == set())
print(set(range(5)))
print(list(set([4, 4, 4])))
print(sum({1, 2, 3}), max({4, 8, 2}), min({4, 8, 2}))
seen = set()
print(seen)
e = {0}
print(e, len(e), bool(e), bool(set()))
print(type(s), isinstance(s, set))
print(set([1, 2, 3]) == {1, 2, 3})
print({True, 1, 1.0})
print(list({5}), tuple({6}))
