# Combined: a bank with account classes, user exceptions, transfers with try/except/finally, a ledger dict and formatted statements.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        short = self.amount - self.account.balance
        return f"account {self.account.number} is short by {short:,.2f}"


class AccountFrozen(BankError):
    pass


class Account:
    kind = "basic"
    fee = 0.0

    def __init__(self, number, owner, balance=0.0):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.entries = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, memo="deposit"):
        self._check()
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        self.entries.append((memo, amount))

    def withdraw(self, amount, memo="withdraw"):
        self._check()
        total = amount + self.fee
        if total > self.balance:
            raise InsufficientFunds(self, total)
        self.balance -= total
        self.entries.append((memo, -total))

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    kind = "savings"
    fee = 1.5

    def __init__(self, number, owner, balance=0.0, rate=0.02):
        super().__init__(number, owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest, memo="interest")
        return interest


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = {}
        self.next_number = 100

    def open(self, owner, cls=Account, **options):
        number = self.next_number
        self.next_number += 1
        acct = cls(number, owner, **options)
        self.accounts[number] = acct
        self.ledger[number] = []
        return acct

    def transfer(self, src, dst, amount):
        status = "failed"
        try:
            self.accounts[src].withdraw(amount, memo=f"to {dst}")
            try:
                self.accounts[dst].deposit(amount, memo=f"from {src}")
            except BankError:
                self.accounts[src].deposit(amount + self.accounts[src].fee, memo="refund")
                raise
            status = "ok"
        except InsufficientFunds as e:
            print(f"  transfer {src}->{dst} refused: {e}")
        except (AccountFrozen, KeyError) as e:
            print(f"  transfer {src}->{dst} error: {type(e).__name__}: {e}")
        else:
            print(f"  transfer {src}->{dst} of {amount:>8.2f} done")
        finally:
            self.ledger.setdefault(src, []).append((dst, amount, status))
        return status

    def statement(self, number):
        acct = self.accounts[number]
        print(f"--- {acct.kind:<8}|{acct.number:05d}|{acct.owner:^10}|")
        running = 0.0
        for memo, amount in acct.entries:
            running += amount
            print(f"  {memo:<12}{amount:>+10.2f}{running:>12,.2f}")
        print(f"  {'balance':<12}{acct.balance:>22,.2f}")


bank = Bank("Tiny")
alice = bank.open("alice", balance=0.0)
bob = bank.open("bob", Savings, balance=0.0, rate=0.05)
carol = bank.open("carol")
alice.deposit(1200.0)
bob.deposit(5000.0, memo="opening")
carol.deposit(25.5)
print(alice, bob, carol)

for bad in [0, -5, "x"]:
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("rejected:", e)
    except TypeError as e:
        print("type error:", type(e).__name__)

print("transfers:")
results = []
results.append(bank.transfer(100, 101, 300.0))
results.append(bank.transfer(102, 100, 100.0))
results.append(bank.transfer(101, 102, 1234.5))
results.append(bank.transfer(100, 999, 10.0))
carol.frozen = True
results.append(bank.transfer(100, 102, 50.0))
carol.frozen = False
results.append(bank.transfer(102, 100, 1259.0))
print(results, results.count("ok"))

print("interest:", bob.add_interest())
try:
    bob.withdraw(10 ** 6)
except BankError as e:
    print("big withdraw:", e, e.args)

for number in sorted(bank.accounts):
    bank.statement(number)

print("ledger:")
for src, moves in bank.ledger.items():
    line = ", ".join([f"{dst}:{amt:g}:{st}" for dst, amt, st in moves])
    print(f"  {src} -> [{line}]")

ranking = sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.owner))
for pos, acct in enumerate(ranking, 1):
    print(f"{pos}. {acct.owner:<6} {acct.balance:>10.2f} {acct.balance / 100:.1%}")
total = sum([a.balance for a in bank.accounts.values()])
print(f"total {total:,.3f} in {len(bank.accounts)} accounts, max {max(bank.accounts.values(), key=lambda a: a.balance).owner}")
