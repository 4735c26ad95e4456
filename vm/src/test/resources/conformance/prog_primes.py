# Combined: sieve of Eratosthenes, trial division, prime factorisation and twin primes.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

ps = sieve(100)
print(ps)
print(len(sieve(10000)), sieve(10000)[-1])
print(is_prime(97), is_prime(1), is_prime(2), is_prime(561), is_prime(1000003))
for n in [12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1]:
    print(n, factorize(n))
twins = []
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] == 2:
        twins.append((ps[i], ps[i + 1]))
print(twins)
print(sum(sieve(2000)))
