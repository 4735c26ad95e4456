# Checks non-ASCII strings: len and indexing by code point, ord/chr, case mapping, escapes, repr and ascii of unicode, and alignment.
s = "naïve café ñandú"
print(s, len(s), s[2], s[-1], s[6:10], s.upper(), s.title())
print([ord(c) for c in "é€😀"], chr(233), chr(8364), chr(128512), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("é€😀"), ascii("é€😀"), repr("tab\t\x00\x7f"), ascii("ok"))
print("straße".upper(), "STRASSE".lower(), "ǅ".lower(), "ǆ".title(), "ß".casefold() == "ss", "İ".lower() == "i̇")
print("Ωμέγα".lower(), "ωμέγα".upper(), "ὈΔΥΣΣΕΎΣ".lower(), "ﬁ".upper())
word = "日本語テキスト"
print(len(word), word[::-1], word[1:3], word.find("テ"), word.replace("語", "-"), list(word[:3]))
print(f"[{'é':^5}] [{'日本':>6}] [{'x':_<3}]", "é".center(5, "*"), "€".rjust(3, "0"), "ab€".ljust(5) + "|")
print("é".isalpha(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "Ⅻ".isnumeric())
print(" \u00a0\u2003x\u3000 ".strip(), len(" \u00a0\u2003x\u3000 ".strip()), "a\u2028b".splitlines(), "\u00a0".isspace())
print(sorted(["é", "e", "f", "z", "É", "ä"]), max("héllo"), min("héllo"), "é" > "z")
print("😀".join(["a", "b"]), "a😀b".split("😀"), "😀" * 3, len("😀" * 3), "x😀y".index("y"))
print(int("١٢٣"), float("٣.٥"), str(12).zfill(5), "\u0041\u030A", len("\u0041\u030A"))
print("ΑΒΓ".swapcase(), "ǈ".swapcase(), "ǈ".istitle(), "Ǉ".isupper(), "ǉ".islower(), "İstanbul".lower()[0:2] != "is")
data = {"ключ": "значение", "キー": "値"}
for k, v in data.items():
    print(f"{k:>6}={v:<8}|", len(k), k.upper())
