# Combined: a data pipeline of generators: parse records, filter, map, batch, sliding windows, running totals, grouping consecutive keys and a top-N report.
RAW = """2024-01-03,north,widget,4,2.50
2024-01-03,south,gadget,1,10.00
2024-01-04,north,gadget,2,10.00
bad line
2024-01-04,east,widget,10,2.25
2024-01-05,north,widget,3,2.50
2024-01-05,south,widget,7,2.40
2024-01-06,east,gizmo,1,99.99
2024-01-06,north,gizmo,,99.99
2024-01-07,south,gadget,5,9.50"""

def lines(text):
    for line in text.splitlines():
        yield line.strip()

def parse(rows):
    for n, row in enumerate(rows, 1):
        parts = row.split(",")
        if len(parts) != 5:
            print(f"  skip line {n}: wrong field count")
            continue
        date, region, item, qty, price = parts
        try:
            yield {"date": date, "region": region, "item": item, "qty": int(qty), "price": float(price)}
        except ValueError:
            print(f"  skip line {n}: bad number")

def with_total(records):
    for r in records:
        r["total"] = round(r["qty"] * r["price"], 2)
        yield r

def where(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r

def batched(items, n):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

def windows(items, n):
    window = []
    for x in items:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)

def running(values):
    total = 0
    for v in values:
        total += v
        yield total

def group_consecutive(records, key):
    current, group = None, []
    for r in records:
        k = r[key]
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(r)
    if group:
        yield current, group

records = list(with_total(parse(lines(RAW))))
print(len(records), "records")
for date, group in group_consecutive(records, "date"):
    print(f"{date}: {len(group)} sale(s), {sum(r['total'] for r in group):8.2f}")
print("north widgets:", [r["qty"] for r in where(records, region="north", item="widget")])
print("batches:", [[r["item"][0] for r in b] for b in batched(records, 3)])
totals = [r["total"] for r in records]
print("running:", list(running(totals)))
print("3-day windows:", [round(sum(w) / 3, 2) for w in windows(totals, 3)])
by_region = {}
for r in records:
    by_region[r["region"]] = by_region.get(r["region"], 0) + r["total"]
top = sorted(by_region.items(), key=lambda kv: -kv[1])
print("top regions:", ", ".join(f"{k}={v:.2f}" for k, v in top))
print("best sale:", max(records, key=lambda r: r["total"])["item"], "any over 100:", any(r["total"] > 100 for r in records))
