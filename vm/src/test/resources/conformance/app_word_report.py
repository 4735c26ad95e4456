# Combined: a word-frequency report over a text with normalisation, stop words, bigrams, a histogram and column-aligned tables.
TEXT = """It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair. We had
everything before us, we had nothing before us -- we were all going direct
to Heaven, we were all going direct the other way."""

STOP = ["the", "of", "it", "was", "we", "a", "to", "us", "all", "had"]


def words_of(text):
    cleaned = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cleaned.append(ch)
        else:
            cleaned.append(" ")
    return "".join(cleaned).split()


class Counter:
    def __init__(self, items=None):
        self.counts = {}
        if items:
            for item in items:
                self.add(item)

    def add(self, item, n=1):
        self.counts[item] = self.counts.get(item, 0) + n

    def __getitem__(self, item):
        return self.counts.get(item, 0)

    def __len__(self):
        return len(self.counts)

    def __add__(self, other):
        result = Counter()
        for src in (self, other):
            for k, v in src.counts.items():
                result.add(k, v)
        return result

    def most_common(self, n=None):
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked if n is None else ranked[:n]

    def total(self):
        return sum(self.counts.values())


words = words_of(TEXT)
print(len(words), "words,", len(set(words)), "distinct")
counts = Counter(words)
print("top:", counts.most_common(6))
content = Counter([w for w in words if w not in STOP])
print("content words:", len(content), "total", content.total())

print(f"{'word':<12}{'n':>3}  {'share':>6}  bar")
for word, n in content.most_common(8):
    share = n / content.total()
    print(f"{word:<12}{n:>3}  {share:>6.1%}  {'#' * n}")

bigrams = Counter([words[i] + " " + words[i + 1] for i in range(len(words) - 1)])
print("bigrams:", bigrams.most_common(4))
print("'it was' x", bigrams["it was"], "| 'was it' x", bigrams["was it"])

by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    group = by_length[length]
    shown = ", ".join(group[:4]) + (", ..." if len(group) > 4 else "")
    print(f"{length:>2} letters: {len(group):>2}  {shown}")

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    lw = words_of(line)
    longest = max(lw, key=len)
    print(f"line {i}: {len(lw):>2} words, longest {longest!r:<14} caps={sum([1 for w in line.split() if w[0].isupper()])}")

first_seen = {}
for pos, w in enumerate(words):
    first_seen.setdefault(w, pos)
late = sorted(first_seen.items(), key=lambda kv: kv[1], reverse=True)[:5]
print("latest new words:", late)
both = Counter(words_of(lines[0])) + Counter(words_of(lines[1]))
print("first two lines:", both.most_common(3), len(both))
letters = Counter("".join(words))
print("letters:", "".join([ch for ch, _ in letters.most_common(10)]), letters["e"], letters["z"])
vowels = sum([letters[v] for v in "aeiou"])
print(f"vowel ratio {vowels}/{letters.total()} = {vowels / letters.total():.4f}")
title = " ".join([w.capitalize() for w in words[:6]])
print(title, "|", title.swapcase(), "|", TEXT[:20].upper().center(26, "*"))
