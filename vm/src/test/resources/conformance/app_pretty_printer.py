# Combined: a JSON-like serializer and pretty printer written in Python, with escaping, indentation, key sorting, cycle detection and a small parser round trip.
class EncodeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def encode(value, indent=None, sort_keys=False, _level=0, _seen=None):
    if _seen is None:
        _seen = []
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise EncodeError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple, dict)):
        for s in _seen:
            if s is value:
                raise EncodeError("circular reference")
        _seen.append(value)
        try:
            if isinstance(value, dict):
                keys = sorted(value) if sort_keys else list(value)
                parts = []
                for k in keys:
                    if not isinstance(k, str):
                        raise EncodeError(f"keys must be str, not {type(k).__name__}")
                    parts.append(quote(k) + ": " + encode(value[k], indent, sort_keys, _level + 1, _seen))
                open_, close = "{", "}"
            else:
                parts = [encode(v, indent, sort_keys, _level + 1, _seen) for v in value]
                open_, close = "[", "]"
        finally:
            _seen.pop()
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ", ".join(parts) + close
        pad = " " * (indent * (_level + 1))
        end = " " * (indent * _level)
        return open_ + "\n" + ",\n".join([pad + p for p in parts]) + "\n" + end + close
    raise EncodeError(f"Object of type {type(value).__name__} is not serializable")


class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            key = self.string()
            self.ws()
            assert self.text[self.i] == ":", self.i
            self.i += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.i]
            self.i += 1
            if ch == "}":
                return result

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.i]
            self.i += 1
            if ch == "]":
                return result

    def string(self):
        self.i += 1
        out = ""
        back = {v[1]: k for k, v in ESCAPES.items()}
        while self.text[self.i] != '"':
            ch = self.text[self.i]
            if ch == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    out += chr(int(self.text[self.i + 2:self.i + 6], 16))
                    self.i += 6
                    continue
                out += back[nxt]
                self.i += 2
                continue
            out += ch
            self.i += 1
        self.i += 1
        return out

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.text[start:self.i]
        if "." in text or "e" in text or "E" in text:
            return float(text)
        return int(text)


doc = {
    "name": "gilvm",
    "version": [0, 3, 1],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "flags": {"debug": False, "audit": True, "extra": None},
    "empty": {"list": [], "dict": {}},
    "text": 'tab\there "quoted" back\\slash\nnew \x01 line',
    "nested": [[1, [2, [3, []]]], ({"k": -1.5e-7},)],
}
print(encode(doc))
print(encode(doc, indent=2, sort_keys=True))
print(encode([1, "a", None], indent=4))
for bad in [{1: 2}, [float("nan")], {"s": {1, 2}}, object]:
    try:
        encode(bad)
    except EncodeError as e:
        print("EncodeError:", e, isinstance(e, TypeError))
loop = [1, 2]
loop.append([loop])
try:
    encode(loop)
except TypeError as e:
    print("loop:", e)
shared = [0]
print(encode([shared, shared, {"again": shared}]))
text = encode(doc, indent=3)
back = Parser(text).value()
print(back == {k: (list(v) if isinstance(v, tuple) else v) for k, v in doc.items()} or back)
print(back["text"] == doc["text"], back["nested"], back["big"] - 2 ** 70, type(back["ratio"]).__name__)
print(Parser(' { "a" : [ 1 , 2.5e3 , -4 ] , "b" : "\\u0041\\n" } ').value())
