# Checks sorting: key functions returning tuples, reverse with stability, multi-pass sorts, sorting by several fields and sorted on other iterables.
records = [("bob", 25, 3.5), ("ann", 31, 3.9), ("cid", 25, 3.9), ("dee", 31, 3.1), ("eve", 22, 3.5), ("abe", 25, 3.5)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_gpa = sorted(records, key=lambda r: r[0])
by_gpa.sort(key=lambda r: r[2], reverse=True)
print([r[0] for r in by_gpa])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), sorted(words, key=lambda w: w[::-1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)), sorted(nums, reverse=True))
nums.sort(key=lambda n: n * n, reverse=True)
print(nums)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}), sorted(range(5, 0, -2)))
print(sorted([[2, 1], [1, 2, 3], [1, 2], [], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([0.5, 1, True, -2.5, 0]), sorted([3, 1, 2], key=None), sorted([], key=len))
pairs = [(i % 3, i) for i in range(9)]
print(sorted(pairs, key=lambda p: p[0]))
class Job:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __repr__(self):
        return f"{self.name}/{self.prio}"
jobs = [Job("a", 2), Job("b", 1), Job("c", 2), Job("d", 0), Job("e", 1)]
print(sorted(jobs, key=lambda j: j.prio), sorted(jobs, key=lambda j: j.prio, reverse=True))
try:
    sorted(jobs)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
matrix = [[3, 1], [2, 2], [1, 3]]
matrix.sort(key=lambda row: row[1])
print(matrix, min(matrix, key=lambda r: r[0]), max(records, key=lambda r: (r[2], r[1])))
