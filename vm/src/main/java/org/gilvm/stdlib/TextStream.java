package org.gilvm.stdlib;

import java.io.IOException;
import java.io.Writer;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;

/** {@code sys.stdout} and {@code sys.stderr}: text streams with {@code write} and {@code flush}. */
final class TextStream extends PyObject {
    static final PyType TYPE = new PyType("TextIOWrapper", PyType.OBJECT, (PyType.Constructor) null);

    static {
        TYPE.define("write", PyBuiltinFunction.method("write", (self, a) -> {
            PyObject s = a.noKeywords().between(1, 1).get(0);
            if (!(s instanceof PyStr text)) {
                throw Errors.typeError("write() argument must be str, not " + s.type().name());
            }
            ((TextStream) self).write(text.value());
            return PyInt.of(text.len());
        }));
        TYPE.define("flush", PyBuiltinFunction.method("flush", (self, a) -> {
            a.noneExpected("flush");
            ((TextStream) self).flush();
            return PyNone.NONE;
        }));
    }

    private final Writer out;
    private final String name;

    TextStream(Writer out, String name) {
        this.out = out;
        this.name = name;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw Errors.raise(org.gilvm.objects.PyExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw Errors.raise(org.gilvm.objects.PyExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
    }
}
