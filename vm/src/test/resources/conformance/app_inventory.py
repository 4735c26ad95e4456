# Combined: a shop with an inventory, products, carts, discounts, stock errors and an order report.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(sku, wanted, available)
        self.sku = sku
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.available} left"


class UnknownProduct(KeyError):
    pass


class Product:
    def __init__(self, sku, name, price, category):
        self.sku = sku
        self.name = name
        self.price = price
        self.category = category

    def __repr__(self):
        return f"Product({self.sku!r}, {self.price})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}

    def add(self, product, qty):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty

    def __contains__(self, sku):
        return self.stock.get(sku, 0) > 0

    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def take(self, sku, qty):
        product = self[sku]
        have = self.stock[sku]
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        return product

    def low(self, threshold):
        return [sku for sku, n in self.stock.items() if n <= threshold]


class Cart:
    def __init__(self, customer):
        self.customer = customer
        self.lines = {}

    def add(self, product, qty=1):
        self.lines[product] = self.lines.get(product, 0) + qty

    def __len__(self):
        return sum(self.lines.values())

    def __iter__(self):
        return iter(self.lines.items())

    def subtotal(self):
        return sum([p.price * q for p, q in self.lines.items()])


def percent_off(pct):
    def rule(cart):
        return round(cart.subtotal() * pct / 100, 2)
    rule.label = f"{pct}% off"
    return rule


def bulk(category, min_qty, per_item):
    def rule(cart):
        n = sum([q for p, q in cart if p.category == category])
        return per_item * n if n >= min_qty else 0
    rule.label = f"bulk {category} x{min_qty}"
    return rule


inv = Inventory()
catalog = [
    ("A1", "apple", 0.5, "fruit", 40),
    ("B2", "bread", 2.25, "bakery", 5),
    ("C3", "cheese", 7.8, "dairy", 3),
    ("M4", "milk", 1.1, "dairy", 10),
    ("P5", "pear", 0.65, "fruit", 12),
]
for sku, name, price, cat, qty in catalog:
    inv.add(Product(sku, name, price, cat), qty)
inv.add(Product("A1", "apple", 0.5, "fruit"), 10)
print(inv.stock)
print("A1" in inv, "Z9" in inv, inv["C3"], inv["C3"] == Product("C3", "x", 0, "y"))


def checkout(cart, orders, rules):
    taken = []
    try:
        for sku, qty in orders:
            product = inv.take(sku, qty)
            taken.append((sku, qty))
            cart.add(product, qty)
    except OutOfStock as e:
        print(f"  {cart.customer}: out of stock -> {e}")
        for sku, qty in taken:
            inv.stock[sku] += qty
        return None
    except KeyError as e:
        print(f"  {cart.customer}: no such product {e}, type {type(e).__name__}")
        for sku, qty in taken:
            inv.stock[sku] += qty
        return None
    discounts = [(r.label, r(cart)) for r in rules]
    discounts = [(label, amt) for label, amt in discounts if amt]
    total = cart.subtotal() - sum([amt for _, amt in discounts])
    return discounts, round(total, 2)


rules = [percent_off(10), bulk("fruit", 20, 0.05), bulk("dairy", 2, 0.3)]
orders = {
    "ann": [("A1", 25), ("M4", 2), ("B2", 1)],
    "ben": [("C3", 2), ("P5", 3)],
    "cat": [("C3", 2)],
    "dan": [("Q0", 1)],
    "eve": [("B2", 4), ("A1", 20), ("P5", 9)],
}
receipts = {}
for customer, lines in orders.items():
    cart = Cart(customer)
    result = checkout(cart, lines, rules)
    if result is None:
        continue
    discounts, total = result
    receipts[customer] = total
    print(f"{customer}: {len(cart)} items")
    for product, qty in cart:
        print(f"    {product.name:<8}{qty:>4} x {product.price:5.2f} = {product.price * qty:7.2f}")
    for label, amount in discounts:
        print(f"    {label:<18} -{amount:6.2f}")
    print(f"    {'TOTAL':<18} {total:7.2f}")

print(receipts)
print("stock now:", inv.stock)
print("low:", inv.low(3))
by_cat = {}
for p in inv.products.values():
    by_cat.setdefault(p.category, []).append(p.name)
for cat in sorted(by_cat):
    print(f"{cat:>7}: {', '.join(sorted(by_cat[cat]))}")
value = sum([inv.products[s].price * n for s, n in inv.stock.items()])
print(f"stock value {value:.2f}, best customer {max(receipts, key=receipts.get)}")
