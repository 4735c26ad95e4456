package org.gilvm.stdlib;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.PyException;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Args;
import org.gilvm.objects.Call;
import org.gilvm.objects.Descriptors;
import org.gilvm.objects.Errors;
import org.gilvm.objects.FloatFormat;
import org.gilvm.objects.Namespace;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyIterator;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyNotImplemented;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyRange;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PySlice;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PySuper;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * The {@code builtins} module: the functions and types every program sees without importing.
 *
 * <p>Ownership (docs/refcounting.md): a body borrows its arguments and returns a new reference.
 */
public final class Builtins {
    private Builtins() { }

    public static void install(Vm vm, Namespace ns) {
        TypeMethods.installAll();
        for (PyType t : new PyType[] {PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE, PyList.TYPE,
                PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyRange.TYPE, PySlice.TYPE, PyType.OBJECT, PyType.TYPE,
                PyIterator.ENUMERATE, PyIterator.ZIP, PyIterator.MAP, PyIterator.FILTER,
                Descriptors.STATICMETHOD, Descriptors.CLASSMETHOD, Descriptors.PROPERTY}) {
            ns.put(t.name(), t);
        }
        PyExceptionTypes.all().forEach(ns::put);
        ns.put("__name__", PyStr.of("builtins"));
        ns.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        define(ns, "print", a -> print(vm, a));
        define(ns, "input", a -> input(vm, a));
        define(ns, "open", a -> TextFile.open(vm, a));
        define(ns, "len", a -> PyInt.of(a.exactlyOne().get(0).len()));
        define(ns, "repr", a -> PyStr.of(a.exactlyOne().get(0).repr()));
        define(ns, "abs", a -> Ops.abs(a.exactlyOne().get(0)));
        define(ns, "min", a -> minMax(a, "min", false));
        define(ns, "max", a -> minMax(a, "max", true));
        define(ns, "sum", Builtins::sum);
        define(ns, "sorted", Builtins::sorted);
        define(ns, "reversed", a -> reversed(a.noKeywords().between(1, 1).get(0)));
        define(ns, "isinstance", a -> PyBool.of(isInstance(a.noKeywords().between(2, 2).get(0), a.get(1), "isinstance")));
        define(ns, "issubclass", Builtins::issubclass);
        define(ns, "any", a -> anyAll(a.exactlyOne().get(0), true));
        define(ns, "all", a -> anyAll(a.exactlyOne().get(0), false));
        define(ns, "divmod", a -> divmod(a.noKeywords().between(2, 2).get(0), a.get(1)));
        define(ns, "round", Builtins::round);
        define(ns, "hash", a -> PyInt.of(a.exactlyOne().get(0).hash()));
        define(ns, "id", a -> PyInt.of(a.exactlyOne().get(0).id()));
        define(ns, "iter", a -> a.noKeywords().between(1, 1).get(0).iter());
        define(ns, "next", Builtins::next);
        define(ns, "aiter", a -> org.gilvm.interp.AsyncOps.builtinAiter(a.noKeywords().between(1, 1).get(0)));
        define(ns, "anext", a -> org.gilvm.interp.AsyncOps.builtinAnext(a.noKeywords().between(1, 2).get(0),
                a.size() > 1 ? a.get(1) : null));
        define(ns, "chr", a -> chr(a.exactlyOne().get(0)));
        define(ns, "ord", a -> ord(a.exactlyOne().get(0)));
        define(ns, "hex", a -> PyStr.of(radix(a.exactlyOne().get(0), 16, "0x")));
        define(ns, "oct", a -> PyStr.of(radix(a.exactlyOne().get(0), 8, "0o")));
        define(ns, "bin", a -> PyStr.of(radix(a.exactlyOne().get(0), 2, "0b")));
        define(ns, "pow", Builtins::pow);
        define(ns, "callable", a -> PyBool.of(isCallable(a.exactlyOne().get(0))));
        define(ns, "getattr", Builtins::getattr);
        define(ns, "hasattr", a -> {
            a.noKeywords().between(2, 2);
            PyObject v = attributeOrNull(a.get(0), attributeName(a.get(1)));
            RefCount.xdecref(v);
            return PyBool.of(v != null);
        });
        define(ns, "setattr", a -> {
            a.noKeywords().between(3, 3);
            a.get(0).setAttr(attributeName(a.get(1)), a.get(2));
            return PyNone.NONE;
        });
        define(ns, "delattr", a -> {
            a.noKeywords().between(2, 2);
            a.get(0).delAttr(attributeName(a.get(1)));
            return PyNone.NONE;
        });
        define(ns, "format", a -> {
            a.noKeywords().between(1, 2);
            PyObject spec = a.getOr(1, PyStr.EMPTY);
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name());
            }
            return Ops.format(a.get(0), s.value());
        });
        define(ns, "ascii", a -> PyStr.of(Ops.ascii(a.exactlyOne().get(0).repr())));
        define(ns, "super", a -> {
            a.noKeywords().between(0, 2);
            if (a.size() == 0) {
                return org.gilvm.interp.Interpreter.zeroArgSuper();
            }
            if (!(a.get(0) instanceof PyType start)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + a.get(0).type().name());
            }
            if (a.size() == 1) {
                throw Errors.typeError("super() with one argument is not supported by gilvm");
            }
            return new PySuper(start, a.get(1));
        });
    }

    private static void define(Namespace ns, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(name, body);
        f.makeImmortal(); // lives as long as the VM
        ns.put(name, f);
    }

    private static String attributeName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name() + "'");
        }
        return s.value();
    }

    /** The attribute (a new reference), or null when getting it raises AttributeError. */
    private static PyObject attributeOrNull(PyObject target, String name) {
        try {
            return target.getAttr(name);
        } catch (PyException e) {
            if (!e.isInstance(PyExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            e.discard();
            return null;
        }
    }

    /** {@code getattr(obj, name[, default])}. */
    private static PyObject getattr(Args a) {
        a.noKeywords().between(2, 3);
        String name = attributeName(a.get(1));
        if (a.size() == 2) {
            return a.get(0).getAttr(name);
        }
        PyObject v = attributeOrNull(a.get(0), name);
        return v != null ? v : RefCount.newRef(a.get(2));
    }

    /** {@code input(prompt='')}: the prompt goes to stdout unterminated, a line comes from stdin without its newline. */
    private static PyObject input(Vm vm, Args a) {
        PyObject prompt = a.noKeywords().between(0, 1).getOr(0, null);
        try {
            if (prompt != null) {
                vm.out().write(prompt.str());
            }
            vm.out().flush();
        } catch (java.io.IOException e) {
            throw Errors.raise(PyExceptionTypes.OS_ERROR, e.getMessage());
        }
        String line = vm.readLine();
        if (line == null) {
            throw Errors.raise(PyExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return PyStr.of(line);
    }

    private static PyObject print(Vm vm, Args a) {
        a.onlyKeywords("sep", "end", "file", "flush");
        String sep = textOption(a, "sep", " ");
        String end = textOption(a, "end", "\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(a.get(i).str());
        }
        sb.append(end);
        PyObject file = a.keyword("file");
        try {
            if (file != null && file != PyNone.NONE) {
                PyObject write = file.getAttr("write");
                try {
                    RefCount.decref(Call.positional(write, PyStr.of(sb.toString())));
                } finally {
                    RefCount.decref(write);
                }
            } else {
                vm.out().write(sb.toString());
                PyObject flush = a.keyword("flush");
                if (flush != null && flush.isTrue()) {
                    vm.out().flush();
                }
            }
        } catch (IOException e) {
            throw Errors.raise(PyExceptionTypes.OS_ERROR, e.getMessage());
        }
        return PyNone.NONE;
    }

    private static String textOption(Args a, String name, String fallback) {
        PyObject v = a.keyword(name);
        if (v == null || v == PyNone.NONE) {
            return fallback;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(name + " must be None or a string, not " + v.type().name());
        }
        return s.value();
    }

    private static PyObject minMax(Args a, String name, boolean max) {
        a.onlyKeywords("key", "default");
        PyObject fallback = a.keyword("default");
        PyObject key = noneAsNull(a.keyword("key"));
        if (a.size() == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (a.size() > 1 && fallback != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        // One argument: iterate it. Several: walk the arguments themselves (no tuple needed).
        PyObject it = a.size() == 1 ? a.get(0).iter() : null;
        // Our one reference to the winner so far and to its key; every loser is dropped at once.
        PyObject best = null;
        PyObject bestKey = null;
        // Pinned while key functions and __lt__ run: the iterator, the winner and its key, the item and its key.
        try (Pinned pins = Pinned.of(it, null, null, null, null)) {
            for (int i = 0; ; i++) {
                pins.set(1, best);
                pins.set(2, bestKey);
                PyObject x = it != null ? it.next() : i < a.size() ? RefCount.newRef(a.get(i)) : null;
                if (x == null) {
                    break;
                }
                pins.set(3, x);
                PyObject k = null;
                try {
                    k = key == null ? RefCount.newRef(x) : Call.positional(key, x);
                    pins.set(4, k);
                    if (best == null || (max ? Ops.lessThan(bestKey, k) : Ops.lessThan(k, bestKey))) {
                        PyObject loser = best;
                        PyObject loserKey = bestKey;
                        best = x;
                        bestKey = k;
                        x = loser;
                        k = loserKey;
                    }
                } finally {
                    // the loser (or the new item, if the key or the comparison raised)
                    pins.set(3, null);
                    pins.set(4, null);
                    RefCount.xdecref(x);
                    RefCount.xdecref(k);
                }
            }
        } catch (Throwable e) {
            RefCount.xdecref(best);
            throw e;
        } finally {
            RefCount.xdecref(bestKey);
            RefCount.xdecref(it);
        }
        if (best == null) {
            if (fallback != null) {
                return RefCount.newRef(fallback);
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static PyObject sum(Args a) {
        a.onlyKeywords("start").between(1, 2);
        PyObject start = a.arg(1, "start", PyInt.ZERO);
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyObject it = a.get(0).iter();
        int add = org.gilvm.ast.BinaryOperator.ADD.ordinal();
        PyObject total = RefCount.newRef(start); // our reference to the running total
        try (Pinned pins = Pinned.of(it, total, null)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                pins.set(2, x);
                try {
                    PyObject old = total;
                    total = Ops.binary(add, old, x);
                    pins.set(1, total);
                    RefCount.decref(old); // then the item, as CPython's sum does
                } finally {
                    pins.set(2, null);
                    RefCount.decref(x);
                }
            }
        } catch (Throwable e) {
            RefCount.decref(total);
            throw e;
        } finally {
            RefCount.decref(it);
        }
        return total;
    }

    /** A keyword argument given as None means "not given" (key=None, default sorting). */
    static PyObject noneAsNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    private static PyObject sorted(Args a) {
        a.onlyKeywords("key", "reverse");
        if (a.size() != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + a.size());
        }
        PyObject reverse = a.keyword("reverse");
        PyList list = PyList.fromIterable(a.get(0));
        try (Pinned pins = Pinned.of(list)) {
            list.sort(noneAsNull(a.keyword("key")), reverse != null && reverse.isTrue());
        } catch (Throwable e) {
            RefCount.decref(list);
            throw e;
        }
        return list;
    }

    private static PyObject reversed(PyObject seq) {
        if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyBytes
                || seq instanceof PyRange) {
            return new PyIterator.Reversed(seq);
        }
        if (seq instanceof PyDict d) {
            PyObject[] keys = d.map().keySet().toArray(new PyObject[0]);
            for (PyObject k : keys) {
                RefCount.incref(k); // wrap steals, and these references are the dict's
            }
            PyList list = PyList.wrap(keys);
            try {
                return new PyIterator.Reversed(list);
            } finally {
                RefCount.decref(list); // the iterator holds its own reference
            }
        }
        throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
    }

    static boolean isInstance(PyObject x, PyObject cls, String fn) {
        if (cls instanceof PyType t) {
            return x.type().isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tuple) {
            for (PyObject c : tuple.items()) {
                if (isInstance(x, c, fn)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError(fn + "() arg 2 must be a type, a tuple of types, or a union");
    }

    private static PyObject issubclass(Args a) {
        a.noKeywords().between(2, 2);
        if (!(a.get(0) instanceof PyType t)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        PyObject cls = a.get(1);
        if (cls instanceof PyTuple tuple) {
            for (PyObject c : tuple.items()) {
                if (c instanceof PyType ct && t.isSubtypeOf(ct)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(cls instanceof PyType ct)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return PyBool.of(t.isSubtypeOf(ct));
    }

    private static PyObject anyAll(PyObject iterable, boolean any) {
        PyObject it = iterable.iter();
        try (Pinned pins = Pinned.of(it)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                boolean truth;
                try {
                    truth = x.isTrue();
                } finally {
                    RefCount.decref(x);
                }
                if (truth == any) {
                    return PyBool.of(any);
                }
            }
            return PyBool.of(!any);
        } finally {
            RefCount.decref(it);
        }
    }

    private static PyObject divmod(PyObject a, PyObject b) {
        int floorDiv = org.gilvm.ast.BinaryOperator.FLOOR_DIVIDE.ordinal();
        int mod = org.gilvm.ast.BinaryOperator.REMAINDER.ordinal();
        if (!(a instanceof PyInt || a instanceof PyFloat) || !(b instanceof PyInt || b instanceof PyFloat)) {
            PyObject r = org.gilvm.objects.Dunders.divmod(a, b);
            if (r == null) {
                throw Errors.unsupportedOperands("divmod()", a, b);
            }
            return r;
        }
        if (a instanceof PyInt x && b instanceof PyInt y && y.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if ((a instanceof PyFloat || b instanceof PyFloat) && !(b instanceof PyFloat f ? f.value() != 0
                : ((PyInt) b).signum() != 0)) {
            throw Errors.zeroDivision("float divmod()");
        }
        // wrap steals the two new references (ints or floats here, so nothing leaks if the second raises)
        return PyTuple.wrap(new PyObject[] {Ops.binary(floorDiv, a, b), Ops.binary(mod, a, b)});
    }

    private static PyObject round(Args a) {
        a.onlyKeywords("number", "ndigits");
        PyObject x = a.arg(0, "number", null);
        PyObject nd = a.arg(1, "ndigits", PyNone.NONE);
        if (x == null) {
            throw Errors.typeError("round() missing required argument 'number' (pos 1)");
        }
        if (x instanceof PyFloat f) {
            if (nd == PyNone.NONE) {
                double r = Math.rint(f.value());
                return PyInt.fromDouble(r);
            }
            int digits = (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, Ops.index(nd).longValue()));
            try {
                return PyFloat.of(FloatFormat.round(f.value(), digits));
            } catch (ArithmeticException tooLarge) {
                throw Errors.overflow(tooLarge.getMessage());
            }
        }
        if (x instanceof PyInt i) {
            if (nd == PyNone.NONE) {
                return x instanceof PyBool ? PyInt.of(i.longValue()) : RefCount.newRef(i);
            }
            long digits = Ops.index(nd).longValue();
            if (digits >= 0) {
                return x instanceof PyBool ? PyInt.of(i.longValue()) : RefCount.newRef(i);
            }
            BigDecimal rounded = new BigDecimal(i.bigValue()).setScale((int) digits, RoundingMode.HALF_EVEN);
            return PyInt.of(rounded.setScale(0, RoundingMode.UNNECESSARY).toBigInteger());
        }
        PyObject viaDunder = nd == PyNone.NONE ? org.gilvm.objects.Dunders.call(x, "__round__")
                : org.gilvm.objects.Dunders.call(x, "__round__", nd);
        if (viaDunder != null) {
            return viaDunder;
        }
        throw Errors.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    /** {@code pow(base, exp[, mod])}; with a modulus, integers only, as in CPython. */
    private static PyObject pow(Args a) {
        a.onlyKeywords("base", "exp", "mod");
        PyObject base = a.arg(0, "base", null);
        PyObject exp = a.arg(1, "exp", null);
        PyObject mod = a.arg(2, "mod", PyNone.NONE);
        if (base == null || exp == null) {
            throw Errors.typeError("pow() missing required argument '" + (base == null ? "base' (pos 1)" : "exp' (pos 2)"));
        }
        if (mod == PyNone.NONE) {
            return Ops.binary(org.gilvm.ast.BinaryOperator.POWER.ordinal(), base, exp);
        }
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().name() + "', '"
                    + exp.type().name() + "', '" + mod.type().name() + "'");
        }
        java.math.BigInteger modulus = m.bigValue();
        if (modulus.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        java.math.BigInteger absMod = modulus.abs();
        java.math.BigInteger r;
        if (e.signum() < 0) {
            try {
                r = b.bigValue().modInverse(absMod).modPow(e.bigValue().negate(), absMod);
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = b.bigValue().modPow(e.bigValue(), absMod);
        }
        // Python's result takes the sign of the modulus.
        if (modulus.signum() < 0 && r.signum() != 0) {
            r = r.add(modulus);
        }
        return PyInt.of(r);
    }

    private static PyObject next(Args a) {
        a.noKeywords().between(1, 2);
        PyObject it = a.get(0);
        if (it instanceof org.gilvm.interp.PyGenerator g && a.size() == 1) {
            return g.send(PyNone.NONE); // its StopIteration carries the return value
        }
        PyObject v = it.next();
        if (v != null) {
            return v; // next() already gave us a new reference
        }
        if (a.size() == 2) {
            return RefCount.newRef(a.get(1));
        }
        throw new PyException(new PyBaseException(PyExceptionTypes.STOP_ITERATION));
    }

    private static PyObject chr(PyObject x) {
        if (!(x instanceof PyInt i)) {
            throw Errors.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > Character.MAX_CODE_POINT) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) i.longValue());
    }

    private static PyObject ord(PyObject x) {
        if (x instanceof PyBytes b) {
            if (b.len() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + b.len() + " found");
            }
            return PyInt.of(b.at(0));
        }
        if (!(x instanceof PyStr s)) {
            throw Errors.typeError("ord() expected string of length 1, but " + x.type().name() + " found");
        }
        if (s.len() != 1) {
            throw Errors.typeError("ord() expected a character, but string of length " + s.len() + " found");
        }
        return PyInt.of(s.codePointAt(0));
    }

    private static String radix(PyObject x, int radix, String prefix) {
        PyInt i = Ops.index(x);
        BigInteger v = i.bigValue();
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static boolean isCallable(PyObject x) {
        return x instanceof PyType || x instanceof PyBuiltinFunction || x instanceof org.gilvm.objects.PyFunction
                || x instanceof org.gilvm.objects.PyBoundMethod || x.type().lookup("__call__") != null;
    }
}
