# Combined: a vending machine state machine: coins, selections, change making with limited coin stock, refunds, errors as exceptions and an audit log.
class VendingError(Exception):
    pass


class SoldOut(VendingError):
    pass


class NotEnoughMoney(VendingError):
    def __init__(self, price, paid):
        super().__init__(f"price {price}c, paid {paid}c, insert {price - paid}c more")


class CannotMakeChange(VendingError):
    pass


COINS = (200, 100, 50, 20, 10, 5)


class Machine:
    def __init__(self, stock, coins):
        self.stock = stock
        self.coins = coins
        self.state = "idle"
        self.paid = 0
        self.inserted = []
        self.sales = []
        self.log = []

    def _set(self, state):
        if state != self.state:
            self.log.append(f"{self.state}->{state}")
            self.state = state

    def insert(self, coin):
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin}")
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.inserted.append(coin)
        self.paid += coin
        self._set("paying")

    def change_for(self, amount):
        result = []
        remaining = amount
        available = dict(self.coins)
        for coin in COINS:
            while remaining >= coin and available.get(coin, 0) > 0:
                remaining -= coin
                available[coin] -= 1
                result.append(coin)
        if remaining:
            raise CannotMakeChange(f"cannot return {amount}c")
        return result

    def select(self, code):
        if code not in self.stock:
            raise VendingError(f"no slot {code}")
        name, price, count = self.stock[code]
        if count == 0:
            raise SoldOut(f"{name} is sold out")
        if self.paid < price:
            raise NotEnoughMoney(price, self.paid)
        change = self.change_for(self.paid - price)
        for c in change:
            self.coins[c] -= 1
        self.stock[code] = (name, price, count - 1)
        self.sales.append((code, price))
        self.paid = 0
        self.inserted = []
        self._set("idle")
        return name, change

    def refund(self):
        coins = self.inserted
        for c in coins:
            self.coins[c] -= 1
        self.paid = 0
        self.inserted = []
        self._set("idle")
        return coins


m = Machine({"A1": ("cola", 120, 2), "A2": ("water", 80, 5), "B1": ("chips", 95, 0), "B2": ("gum", 35, 9)},
            {100: 1, 50: 1, 20: 2, 10: 1, 5: 0})
script = [
    ("insert", 100), ("insert", 50), ("select", "A1"),
    ("insert", 100), ("select", "A2"),
    ("insert", 50), ("select", "A1"), ("insert", 20), ("insert", 20), ("insert", 20), ("select", "A1"),
    ("insert", 3), ("insert", 100), ("select", "B1"), ("select", "Z9"), ("refund", None),
    ("insert", 200), ("select", "B2"), ("refund", None),
    ("insert", 100), ("insert", 20), ("select", "A1"), ("insert", 100), ("insert", 20), ("select", "A1"),
]
for action, arg in script:
    try:
        if action == "insert":
            m.insert(arg)
            result = f"paid {m.paid}c"
        elif action == "select":
            name, change = m.select(arg)
            result = f"vend {name}, change {change} = {sum(change)}c"
        else:
            result = f"refund {m.refund()}"
    except NotEnoughMoney as e:
        result = f"! {e}"
    except (SoldOut, CannotMakeChange) as e:
        result = f"! {type(e).__name__}: {e}"
    except VendingError as e:
        result = f"! error: {e}"
    print(f"{action:<7}{str(arg):<5} {m.state:<7} {result}")
print("sales:", m.sales, "revenue:", sum([p for _, p in m.sales]))
print("stock:", {k: v[2] for k, v in m.stock.items()})
print("coins:", dict(sorted(m.coins.items())), "total", sum([c * n for c, n in m.coins.items()]))
print("transitions:", len(m.log), m.log[:4])
