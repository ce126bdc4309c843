# A bank-account class hierarchy with custom exceptions and a transaction log.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance


class AccountLocked(Exception):
    pass


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self.locked = False

    def _check(self):
        if self.locked:
            raise AccountLocked("account %d is locked" % self.number)

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return "<%s #%d %s: %d>" % (type(self).__name__, self.number, self.owner, self.balance)


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent

    def month_end(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)


class Checking(Account):
    kind = "checking"
    fee = 1

    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee * 5
            self.history.append(("fee", 5))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except AccountLocked:
            a.deposit(amount)  # roll back
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Savings, "alice", 500, rate_percent=3)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol")
print(bank.accounts)
bank.transfer(alice.number, bob.number, 100)
print(alice, bob)
try:
    bank.transfer(carol.number, alice.number, 10)
except InsufficientFunds as e:
    print("failed:", e, "shortfall", e.shortfall)
bob.withdraw(200)
print(bob, "available", bob.available())
try:
    bob.withdraw(100)
except InsufficientFunds as e:
    print("failed:", e)
carol.locked = True
try:
    bank.transfer(alice.number, carol.number, 25)
except AccountLocked as e:
    print("failed:", e, "alice still has", alice.balance)
try:
    alice.deposit(-5)
except ValueError as e:
    print("failed:", e)
for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month + 1, [a.balance for a in bank.accounts.values()], "total", bank.total())
for acct in bank.accounts.values():
    print(acct.kind, acct.owner, acct.history)
print(isinstance(alice, Account), issubclass(Checking, Account), [c.__name__ for c in Savings.__mro__])
