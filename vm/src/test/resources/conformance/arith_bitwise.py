# Checks bitwise operators & | ^ ~ << >> on positive, negative and big ints.
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~1, ~-1, ~255)
print(1 << 0, 1 << 1, 1 << 10, 1 << 64)
print(1024 >> 3, 1023 >> 3, 1 >> 5)
print(-8 >> 1, -1 >> 10, -9 >> 2)
print(-8 << 2)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 255)
print(0xFF & 0x0F, 0xF0 | 0x0F)
print((1 << 100) | 1)
print((1 << 100) & ((1 << 100) - 1))
print((1 << 100) >> 98)
print(~(1 << 70))
print(-(1 << 70) >> 3)
print(5 & 3 | 8)
print(5 | 3 & 8)
print(1 + 2 << 3)
print(6 ^ 6, 6 ^ 0)
print(True & False, True | False, True ^ True)
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(bin(0b1100 ^ 0b1010))
print(hex(0xDEAD & 0xBEEF))
