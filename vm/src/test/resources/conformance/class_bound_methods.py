# Checks bound methods stored in variables and containers, and methods calling methods.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.log = []
    def record(self, entry):
        self.log.append(entry)
        return len(self.log)
    def summary(self):
        return self.owner + ': ' + str(self.log)
    def record_twice(self, entry):
        self.record(entry)
        return self.record(entry)

acc = Account('ann')
rec = acc.record
print(rec('first'), rec('second'))
print(acc.summary())
other = Account('bob')
handlers = [acc.record, other.record]
for h in handlers:
    h('broadcast')
print(acc.summary())
print(other.summary())
print(acc.record_twice('dup'))
print(acc.log)
table = {'sum': acc.summary}
print(table['sum']())
m1 = acc.record
m2 = acc.record
print(m1 == m2, m1 == other.record)
def call_it(f, arg):
    return f(arg)
print(call_it(other.record, 'via function'))
print(other.summary())
