# wordcount.py: count words in generated text with a dict, then rank them.
# Measures: dict get/set with str keys, str.split, sorting with a key function, string hashing.

def make_text(n_words, seed):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fu", "go"]
    words = []
    x = seed
    for _ in range(n_words):
        # A small linear congruential generator, so CPython and gilvm see the same text.
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 16) % 3
        w = ""
        y = x
        for _ in range(k):
            w += syllables[y % 12]
            y //= 12
        words.append(w)
    return " ".join(words)


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def by_count(item):
    return (-item[1], item[0])


text = make_text(400_000, 42)
total = 0
for rnd in range(20):
    counts = count_words(text)
    total += len(counts)
top = sorted(counts.items(), key=by_count)[:5]
print("words", len(text.split()), "distinct", len(counts), "total", total)
for w, c in top:
    print(w, c)
