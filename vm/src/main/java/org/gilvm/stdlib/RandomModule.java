package org.gilvm.stdlib;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * {@code random}: the module-level functions of CPython's {@code random}, on one Mersenne Twister
 * seeded and read as CPython does, so that a seeded program prints the same numbers in both.
 */
final class RandomModule {
    private RandomModule() { }

    static PyModule create(Vm vm) {
        MersenneTwister mt = new MersenneTwister();
        mt.seed(BigInteger.valueOf(System.nanoTime()).xor(BigInteger.valueOf(System.currentTimeMillis()).shiftLeft(20)));
        PyModule m = new PyModule("random");
        def(m, "seed", a -> {
            a.onlyKeywords("a", "version");
            PyObject seed = a.arg(0, "a", PyNone.NONE);
            mt.seed(seedValue(seed));
            return PyNone.NONE;
        });
        def(m, "random", a -> {
            a.noneExpected("random");
            return PyFloat.of(mt.random());
        });
        def(m, "uniform", a -> {
            a.noKeywords().between(2, 2);
            double lo = real(a.get(0));
            double hi = real(a.get(1));
            return PyFloat.of(lo + (hi - lo) * mt.random());
        });
        def(m, "getrandbits", a -> {
            long k = Ops.index(a.noKeywords().between(1, 1).get(0)).longValue();
            if (k < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return PyInt.of(k == 0 ? BigInteger.ZERO : mt.getrandbits((int) k));
        });
        def(m, "randrange", a -> {
            a.noKeywords().between(1, 3);
            return randrange(mt, Ops.index(a.get(0)).bigValue(),
                    a.size() > 1 && a.get(1) != PyNone.NONE ? Ops.index(a.get(1)).bigValue() : null,
                    a.size() > 2 ? Ops.index(a.get(2)).bigValue() : BigInteger.ONE);
        });
        def(m, "randint", a -> {
            a.noKeywords().between(2, 2);
            return randrange(mt, Ops.index(a.get(0)).bigValue(), Ops.index(a.get(1)).bigValue().add(BigInteger.ONE),
                    BigInteger.ONE);
        });
        def(m, "choice", a -> {
            PyObject seq = a.noKeywords().between(1, 1).get(0);
            int n = seq.len();
            if (n == 0) {
                throw Errors.indexError("Cannot choose from an empty sequence");
            }
            return seq.getItem(PyInt.of(mt.below(BigInteger.valueOf(n))));
        });
        def(m, "shuffle", a -> {
            PyObject x = a.noKeywords().between(1, 1).get(0);
            for (int i = x.len() - 1; i >= 1; i--) {
                int j = mt.below(BigInteger.valueOf(i + 1)).intValue();
                swap(x, i, j);
            }
            return PyNone.NONE;
        });
        return m;
    }

    /** {@code x[i], x[j] = x[j], x[i]}. */
    private static void swap(PyObject x, int i, int j) {
        PyObject xi = x.getItem(PyInt.of(i));
        PyObject xj = x.getItem(PyInt.of(j));
        try {
            x.setItem(PyInt.of(i), xj);
            x.setItem(PyInt.of(j), xi);
        } finally {
            RefCount.decref(xi);
            RefCount.decref(xj);
        }
    }

    /** CPython's Random.randrange, with its messages. */
    private static PyObject randrange(MersenneTwister mt, BigInteger start, BigInteger stop, BigInteger step) {
        if (stop == null) {
            if (!step.equals(BigInteger.ONE)) {
                throw Errors.typeError("Missing a non-None stop argument");
            }
            if (start.signum() > 0) {
                return PyInt.of(mt.below(start));
            }
            throw Errors.valueError("empty range for randrange()");
        }
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyInt.of(start.add(mt.below(width)));
            }
            throw Errors.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        if (step.signum() == 0) {
            throw Errors.valueError("zero step for randrange()");
        }
        // How many values the range holds: CPython's (width + step -/+ 1) // step.
        BigInteger n = floorDiv(width.add(step).add(BigInteger.valueOf(-step.signum())), step);
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return PyInt.of(start.add(step.multiply(mt.below(n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The seed as CPython's version 2 makes it: an int as it is, a str with its SHA-512 appended. */
    private static BigInteger seedValue(PyObject seed) {
        if (seed == PyNone.NONE) {
            return BigInteger.valueOf(System.nanoTime());
        }
        if (seed instanceof PyInt i) {
            return i.bigValue();
        }
        if (seed instanceof PyStr s) {
            byte[] text = s.value().getBytes(StandardCharsets.UTF_8);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-512").digest(text);
                byte[] all = new byte[text.length + digest.length];
                System.arraycopy(text, 0, all, 0, text.length);
                System.arraycopy(digest, 0, all, text.length, digest.length);
                return new BigInteger(1, all);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        if (seed instanceof PyFloat f) {
            return BigInteger.valueOf(Double.hashCode(f.value()));
        }
        throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }

    private static double real(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.globals().put(name, PyBuiltinFunction.function(name, body));
    }
}
