# Checks instances stored in lists and dicts, sorting by extracted values, and identity/equality.
class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return 'Item(' + self.name + ')'

inventory = [Item('apple', 3, 10), Item('pear', 5, 2), Item('fig', 7, 0), Item('kiwi', 2, 9)]
print(inventory)
grand = 0
for it in inventory:
    print(it.name.ljust(6), str(it.price).rjust(3), str(it.qty).rjust(3), str(it.total()).rjust(4))
    grand += it.total()
print('grand total', grand)
by_name = {}
for it in inventory:
    by_name[it.name] = it
print(by_name)
print(by_name['fig'].price)
in_stock = []
for it in inventory:
    if it.qty > 0:
        in_stock.append(it)
print(in_stock)
totals = []
for it in inventory:
    totals.append((it.total(), it.name))
totals.sort(reverse=True)
print(totals)
a = inventory[0]
print(a in inventory, Item('apple', 3, 10) in inventory, a == inventory[0])
inventory.remove(a)
print(inventory, len(inventory))
pair = (Item('x', 1, 1), Item('y', 2, 2))
print(pair, pair[1].total())
