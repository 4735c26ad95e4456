# Combined: a tiny bank with account classes, transfers, history and rejected operations.
class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def deposit(self, amount):
        if amount <= 0:
            self.history.append(('rejected deposit', amount))
            return False
        self.balance += amount
        self.history.append(('deposit', amount))
        return True

    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append(('rejected withdraw', amount))
            return False
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return True

    def __str__(self):
        return '#' + str(self.number) + ' ' + self.owner + ': ' + str(self.balance)

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0):
        acc = Account(owner, initial)
        self.accounts[acc.number] = acc
        return acc

    def transfer(self, src, dst, amount):
        if self.accounts[src].withdraw(amount):
            self.accounts[dst].deposit(amount)
            return 'ok'
        return 'insufficient funds'

    def total(self):
        t = 0
        for acc in self.accounts.values():
            t += acc.balance
        return t

bank = Bank()
alice = bank.open('alice', 100)
bob = bank.open('bob')
carol = bank.open('carol', 250)
print(alice, bob, carol, sep='\n')
print(alice.deposit(50), alice.deposit(-5), bob.withdraw(1))
print(bank.transfer(alice.number, bob.number, 120))
print(bank.transfer(bob.number, carol.number, 500))
print(bank.transfer(carol.number, alice.number, 250))
for acc in bank.accounts.values():
    print(acc)
    for entry in acc.history:
        print('   ', entry[0], entry[1])
print('bank total', bank.total())
print(sorted(bank.accounts))
