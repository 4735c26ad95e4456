# Combined: toy number theory: primality by trial division and Miller-Rabin, extended gcd, modular inverse, pow with a modulus, and a tiny RSA round trip.
def is_prime_trial(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n


print([n for n in range(60) if is_prime_trial(n)])
print(all([is_prime_trial(n) == is_probable_prime(n) for n in range(2000)]))
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561), is_probable_prime(7919))
print(egcd(240, 46), egcd(17, 5), modinv(3, 11), modinv(10, 17), pow(3, -1, 11), modinv(7, 40))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
print(pow(2, 100, 1000), pow(7, 222, 1001), pow(123456789, 987654321, 10 ** 9 + 7), pow(5, 0, 1), pow(-3, 3, 7))
p = next_prime(10 ** 12)
q = next_prime(10 ** 12 + 10 ** 6)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(p, q, n.bit_length(), e * d % phi)
message = "gilvm!"
m = int("".join([f"{ord(c):03d}" for c in message]))
c = pow(m, e, n)
back = pow(c, d, n)
text = str(back).zfill(len(message) * 3)
print(m, c != m, back == m, "".join([chr(int(text[i:i + 3])) for i in range(0, len(text), 3)]))
sig = pow(m % n, d, n)
print("signature verifies:", pow(sig, e, n) == m % n, "tampered:", pow(sig + 1, e, n) == m % n)
crt_p, crt_q = pow(c, d % (p - 1), p), pow(c, d % (q - 1), q)
h = modinv(q, p) * (crt_p - crt_q) % p
print("CRT decrypt matches:", crt_q + h * q == m)
print(sum([1 for k in range(1, 100) if egcd(k, 100)[0] == 1]), [k for k in range(1, 30) if pow(2, k, 29) == 1][:1])
