# Combined: word frequency counter over a text using dicts, printed in insertion and sorted order.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick brown dog? No -- a quick, brown FOX."""

def normalize(word):
    word = word.lower()
    return word.strip('.,;!?-')

counts = {}
order = []
for line in text.splitlines():
    for raw in line.split():
        w = normalize(raw)
        if not w:
            continue
        if w not in counts:
            counts[w] = 0
            order.append(w)
        counts[w] += 1
print('distinct words:', len(counts))
print('total words:', sum(counts.values()))
for w in counts:
    print(w.ljust(8), '#' * counts[w], counts[w])
pairs = []
for w, c in counts.items():
    pairs.append((-c, w))
pairs.sort()
print('top 5:')
for neg, w in pairs[:5]:
    print(' ', w, -neg)
by_len = {}
for w in order:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top_letters = sorted(letters.items())
print(top_letters[:6])
