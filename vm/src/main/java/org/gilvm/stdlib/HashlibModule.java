package org.gilvm.stdlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.gilvm.heap.Pinned;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.gilvm.observe.Trace;

/**
 * {@code hashlib}: md5, sha1 and the SHA-2 family on {@link MessageDigest}, as CPython's on
 * OpenSSL: the constructors ({@code hashlib.sha256(data)}), {@code hashlib.new(name, data)}, and
 * hash objects with {@code update}, {@code digest}, {@code hexdigest}, {@code copy},
 * {@code name}, {@code digest_size} and {@code block_size}.
 *
 * <p>Hashing a long input releases the GIL, as a C extension does: the lesson "C extensions
 * release the GIL" hashes one large bytes object in several threads at once and sees them run in
 * parallel. This is safe because a hash touches no Python object while it runs: it reads the
 * bytes' array, which never changes, and its own MessageDigest, which its lock guards.
 */
final class HashlibModule {
    private HashlibModule() { }

    /**
     * CPython's HASHLIB_GIL_MINSIZE (Modules/hashlib.h): inputs of this many bytes or more are
     * hashed with the GIL released ({@code view.len >= HASHLIB_GIL_MINSIZE} in _hashopenssl.c);
     * shorter ones take less time to hash than the GIL takes to change hands.
     */
    static final int GIL_MINSIZE = 2048;

    /** An algorithm: its Python name, its name in java.security, its block size in bytes. */
    private record Algorithm(String name, String javaName, int blockSize) {
        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(javaName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has " + javaName, e);
            }
        }
    }

    private static final Map<String, Algorithm> ALGORITHMS = new LinkedHashMap<>();

    static {
        for (Algorithm a : new Algorithm[] {new Algorithm("md5", "MD5", 64), new Algorithm("sha1", "SHA-1", 64),
                new Algorithm("sha224", "SHA-224", 64), new Algorithm("sha256", "SHA-256", 64),
                new Algorithm("sha384", "SHA-384", 128), new Algorithm("sha512", "SHA-512", 128)}) {
            ALGORITHMS.put(a.name(), a);
        }
    }

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("hashlib");
        for (Algorithm algorithm : ALGORITHMS.values()) {
            // CPython's constructors are _hashlib's openssl_sha256 and the like: their messages say so.
            String function = "openssl_" + algorithm.name();
            def(m, algorithm.name(), function, a -> {
                a.onlyKeywords("string", "usedforsecurity");
                if (a.size() > 1) {
                    throw Errors.typeError(function + "() takes at most 1 positional argument (" + a.size()
                            + " given)");
                }
                return PyHash.create(algorithm, a.arg(0, "string", null));
            });
        }
        // hashlib.new is a Python function in CPython (hashlib.py's __hash_new).
        def(m, "new", "__hash_new", a -> {
            a.onlyKeywords("name", "data", "usedforsecurity");
            if (a.size() > 2) {
                throw Errors.typeError("__hash_new() takes from 1 to 2 positional arguments but " + a.size()
                        + " were given");
            }
            PyObject name = a.arg(0, "name", null);
            if (name == null) {
                throw Errors.typeError("__hash_new() missing 1 required positional argument: 'name'");
            }
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("name must be a string");
            }
            // OpenSSL knows "SHA256" and "sha-256" as well as "sha256".
            Algorithm algorithm = ALGORITHMS.get(s.value().toLowerCase(Locale.ROOT).replace("-", ""));
            if (algorithm == null) {
                throw Errors.valueError("unsupported hash type " + s.value());
            }
            return PyHash.create(algorithm, a.arg(1, "data", null));
        });
        return m;
    }

    private static void def(PyModule m, String name, String functionName, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(functionName, body);
        f.makeImmortal();
        m.globals().put(name, f);
    }

    /** What hashlib accepts as data: bytes; a str must be encoded first, as CPython says. */
    private static PyBytes data(PyObject o) {
        if (o instanceof PyBytes b) {
            return b;
        }
        if (o instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    /**
     * Runs {@code work}, which touches no Python object, with the GIL released (the thread detached),
     * as CPython's Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS.
     */
    private static void withoutGil(Trace.State why, Runnable work) {
        try {
            ThreadState.current().withoutGil(why, () -> {
                work.run();
                return null;
            });
        } catch (InterruptedException | java.io.IOException e) {
            throw new IllegalStateException("hashing neither waits nor does I/O", e);
        }
    }

    /** A hash object ({@code _hashlib.HASH}): one MessageDigest, and the lock that guards it. */
    static final class PyHash extends PyObject {
        static final PyType TYPE = new PyType("HASH", "_hashlib", PyType.OBJECT, (PyType.Constructor) null);

        private final Algorithm algorithm;
        private final MessageDigest digest;
        /**
         * CPython's per-object lock (ENTER_HASHLIB in Modules/hashlib.h): one thread at a time uses
         * the digest, which matters once a thread hashes with the GIL released, and always with
         * the GIL off. Never held while waiting for anything but the GIL.
         */
        private final ReentrantLock lock = new ReentrantLock();

        private PyHash(Algorithm algorithm, MessageDigest digest) {
            this.algorithm = algorithm;
            this.digest = digest;
        }

        static PyHash create(Algorithm algorithm, PyObject initial) {
            PyBytes data = initial == null ? null : data(initial); // checked before the object exists
            PyHash h = new PyHash(algorithm, algorithm.newDigest());
            if (data != null) {
                // Held only here while the GIL may be released: pinned, so an audit then sees it.
                try (Pinned pins = Pinned.of(h)) {
                    h.update(data);
                }
            }
            return h;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** Holds no reference: CPython's collector does not track hash objects either. */
        @Override
        protected boolean isContainer() {
            return false;
        }

        @Override
        public String repr() {
            return "<" + algorithm.name() + " _hashlib.HASH object @ 0x" + Long.toHexString(id()) + ">";
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "name" -> PyStr.of(algorithm.name());
                case "digest_size" -> PyInt.of(digest.getDigestLength());
                case "block_size" -> PyInt.of(algorithm.blockSize());
                default -> {
                    if (TYPE.lookup(name) == null) {
                        throw Errors.attributeError("'_hashlib.HASH' object has no attribute '" + name + "'");
                    }
                    yield super.getAttr(name);
                }
            };
        }

        /** ENTER_HASHLIB: takes the lock; if another thread has it, waits for it with the GIL released. */
        private void enter() {
            if (!lock.tryLock()) {
                withoutGil(Trace.State.BLOCKED_LOCK, lock::lock);
            }
        }

        void update(PyBytes data) {
            byte[] bytes = data.value(); // bytes never change: read in place, even without the GIL
            enter();
            try {
                if (bytes.length >= GIL_MINSIZE) {
                    withoutGil(Trace.State.RELEASED_HASHING, () -> digest.update(bytes));
                } else {
                    digest.update(bytes);
                }
            } finally {
                lock.unlock();
            }
        }

        /** A copy of the digest's state, so that finishing it leaves this object's open for more updates. */
        private MessageDigest snapshot() {
            enter();
            try {
                return (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's digests can be cloned", e);
            } finally {
                lock.unlock();
            }
        }

        private static void method(String name, PyBuiltinFunction.TypedBody<PyHash> body) {
            PyBuiltinFunction.define(TYPE, PyHash.class, name, body);
        }

        /** Argument Clinic's check that a method got {@code n} (0 or 1) positional arguments, in its words. */
        private static void expect(Args a, String name, int n) {
            int given = a.size() + a.kwSize();
            if (given != n) {
                throw Errors.typeError("HASH." + name + "() takes " + (n == 0 ? "no arguments" : "exactly one argument")
                        + " (" + given + " given)");
            }
        }

        static {
            method("update", (h, a) -> {
                expect(a, "update", 1);
                h.update(data(a.get(0)));
                return PyNone.NONE;
            });
            method("digest", (h, a) -> {
                expect(a, "digest", 0);
                return PyBytes.of(h.snapshot().digest());
            });
            method("hexdigest", (h, a) -> {
                expect(a, "hexdigest", 0);
                return PyStr.of(BytesMethods.hex(h.snapshot().digest(), (char) 0, 1));
            });
            method("copy", (h, a) -> {
                expect(a, "copy", 0);
                return new PyHash(h.algorithm, h.snapshot());
            });
        }
    }
}
