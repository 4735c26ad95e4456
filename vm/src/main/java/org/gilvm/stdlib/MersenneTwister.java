package org.gilvm.stdlib;

import java.math.BigInteger;

/**
 * MT19937, seeded and read exactly as CPython's {@code _randommodule.c} does, so that
 * {@code random.seed(n)} gives the same numbers as CPython 3.11.
 */
final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int mti = N + 1;

    /** CPython's init_genrand. */
    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    /** CPython's init_by_array, with the key as 32-bit words, least significant first. */
    void seed(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int k = Math.max(N, key.length);
        for (; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        mti = N;
    }

    /** {@code random.seed(n)} for an int: the words of |n|. */
    void seed(BigInteger n) {
        BigInteger abs = n.abs();
        int words = Math.max(1, (abs.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = abs.shiftRight(32 * w).intValue();
        }
        seed(key);
    }

    /** CPython's genrand_uint32 (as an unsigned value in a long). */
    long next32() {
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    /** {@code random()}: 53 random bits as a float in [0, 1). */
    double random() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}: 32-bit words, least significant first, the last one shifted down. */
    BigInteger getrandbits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf(next32() >>> (32 - k));
        }
        BigInteger r = BigInteger.ZERO;
        int shift = 0;
        for (int left = k; left > 0; left -= 32, shift += 32) {
            long word = next32();
            if (left < 32) {
                word >>>= 32 - left;
            }
            r = r.or(BigInteger.valueOf(word).shiftLeft(shift));
        }
        return r;
    }

    /** {@code _randbelow(n)} for n > 0: rejection sampling with getrandbits, as CPython. */
    BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }
}
