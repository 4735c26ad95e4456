package org.gilvm.stdlib;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.gilvm.interp.PyException;

/**
 * Text files (CPython's {@code _io.TextIOWrapper}): what {@code open()} returns, and
 * {@code sys.stdout} and {@code sys.stderr}. UTF-8 only, text modes only.
 *
 * <p>A file opened for reading is read whole when it is opened, with universal newlines ({@code
 * \r\n} and {@code \r} read as {@code \n}); teaching scripts read small files, and every read
 * method is then a matter of moving a position. Writes go through a buffer that {@code flush()},
 * {@code close()} and the file's death empty, as in CPython.
 */
final class TextFile extends PyObject {
    static final PyType TYPE = new PyType("TextIOWrapper", PyType.OBJECT, (PyType.Constructor) null);
    /** CPython's io.UnsupportedOperation (there an OSError and a ValueError; here an OSError). */
    private static final PyType UNSUPPORTED = new PyType("UnsupportedOperation", "io", PyExceptionTypes.OS_ERROR,
            (PyType.Constructor) null);

    private final String name;
    private final String mode;
    /** What is left to read, from {@link #position} (reading); null when writing. */
    private final String text;
    private int position;
    /** Where writes go (writing); null when reading. */
    private final Writer writer;
    private boolean closed;
    /** sys.stdout or sys.stderr, not a file of the file system. */
    private final boolean standard;

    private TextFile(String name, String mode, String text, Writer writer) {
        this(name, mode, text, writer, false);
    }

    private TextFile(String name, String mode, String text, Writer writer, boolean standard) {
        this.name = name;
        this.mode = mode;
        this.text = text;
        this.writer = writer;
        this.standard = standard;
    }

    /** sys.stdout or sys.stderr: the VM's stream, which closing does not close. */
    static TextFile standard(Writer out, String name) {
        return new TextFile("<" + name + ">", "w", null, standardWriter(out), true);
    }

    private static Writer standardWriter(Writer out) {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                out.write(buf, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** {@code open(file, mode='r', encoding=None)}. */
    static PyObject open(org.gilvm.interp.Vm vm, Args a) {
        a.onlyKeywords("file", "mode", "encoding", "newline", "errors", "buffering");
        PyObject file = a.arg(0, "file", null);
        if (!(file instanceof PyStr path)) {
            throw Errors.typeError(file == null ? "open() missing required argument 'file' (pos 1)"
                    : "expected str, bytes or os.PathLike object, not " + file.type().name());
        }
        PyObject modeArg = a.arg(1, "mode", PyStr.of("r"));
        String mode = modeArg instanceof PyStr m ? m.value().replace("t", "") : "";
        if (!(mode.equals("r") || mode.equals("w") || mode.equals("a") || mode.equals("x"))) {
            throw Errors.valueError("gilvm supports only the text modes 'r', 'w', 'a' and 'x', not '"
                    + (modeArg instanceof PyStr m ? m.value() : modeArg.repr()) + "'");
        }
        PyObject encoding = a.keyword("encoding");
        if (encoding != null && encoding != PyNone.NONE && !isUtf8(encoding.str())) {
            throw Errors.valueError("gilvm reads and writes only UTF-8, not " + encoding.repr());
        }
        String name = path.value();
        Path p = vm.workingDirectory().resolve(name);
        try {
            if (Files.isDirectory(p)) {
                throw osError(PyExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name);
            }
            if (mode.equals("r")) {
                String content = withoutGil(() -> Files.readString(p, StandardCharsets.UTF_8));
                return new TextFile(name, "r", universalNewlines(content), null);
            }
            StandardOpenOption[] options = switch (mode) {
                case "w" -> new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE};
                case "a" -> new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND};
                default -> new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
            };
            BufferedWriter w = withoutGil(() -> Files.newBufferedWriter(p, StandardCharsets.UTF_8, options));
            return new TextFile(name, mode, null, w);
        } catch (NoSuchFileException e) {
            throw osError(PyExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        } catch (FileAlreadyExistsException e) {
            throw osError(PyExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", name);
        } catch (AccessDeniedException e) {
            throw osError(PyExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", name);
        } catch (CharacterCodingException e) {
            throw Errors.valueError("gilvm: '" + name + "' is not UTF-8 text");
        } catch (IOException e) {
            throw osError(PyExceptionTypes.OS_ERROR, 5, "Input/output error", name);
        }
    }

    /**
     * File I/O releases the GIL, as CPython's does around its system calls. (The standard
     * streams do not: gilvm buffers them in memory, and their system calls happen at exit.)
     */
    private static <T> T withoutGil(org.gilvm.interp.ThreadState.BlockingCall<T> call) throws IOException {
        try {
            return org.gilvm.interp.ThreadState.current().withoutGil(org.gilvm.observe.Trace.State.BLOCKED_IO, call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(PyExceptionTypes.KEYBOARD_INTERRUPT, null);
        }
    }

    private void io(org.gilvm.interp.ThreadState.BlockingCall<Void> call) throws IOException {
        if (!standard) {
            withoutGil(call);
        } else {
            try {
                call.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isUtf8(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        return e.equals("utf8");
    }

    private static String universalNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code OSError(errno, strerror, filename)}: prints as {@code [Errno 2] No such file or directory: 'x'}. */
    private static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyBaseException e = new PyBaseException(type);
        e.setArgs(org.gilvm.objects.PyTuple.of(PyInt.of(errno), PyStr.of(strerror)));
        e.setOsErrorFilename(filename);
        return new PyException(e);
    }

    // ------------------------------------------------------------------ reading

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (text == null) {
            throw new PyException(PyExceptionTypes.make(UNSUPPORTED, "not readable"));
        }
    }

    // A file's position and buffer change under its monitor: without the GIL two threads may read
    // or write one file at once (CPython's buffered files have a lock of their own too).
    private synchronized String read(long size) {
        checkReadable();
        int end = size < 0 ? text.length() : (int) Math.min(text.length(), position + size);
        String s = text.substring(position, end);
        position = end;
        return s;
    }

    private synchronized String readline(long size) {
        checkReadable();
        int nl = text.indexOf('\n', position);
        int end = nl < 0 ? text.length() : nl + 1;
        if (size >= 0) {
            end = (int) Math.min(end, position + size);
        }
        String s = text.substring(position, end);
        position = end;
        return s;
    }

    /** Iterating a file yields its lines; null at the end. */
    @Override
    public PyObject next() {
        String line = readline(-1);
        return line.isEmpty() ? null : PyStr.of(line);
    }

    @Override
    public PyObject iter() {
        checkOpen();
        return RefCount.newRef(this);
    }

    // ------------------------------------------------------------------ writing

    private synchronized int write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("write() argument must be str, not " + s.type().name());
        }
        checkOpen();
        if (writer == null) {
            throw new PyException(PyExceptionTypes.make(UNSUPPORTED, "not writable"));
        }
        try {
            io(() -> {
                writer.write(str.value());
                return null;
            });
        } catch (IOException e) {
            throw Errors.raise(PyExceptionTypes.OS_ERROR, e.getMessage());
        }
        return str.len();
    }

    private synchronized void flush() {
        checkOpen();
        if (writer != null) {
            try {
                io(() -> {
                    writer.flush();
                    return null;
                });
            } catch (IOException e) {
                throw Errors.raise(PyExceptionTypes.OS_ERROR, e.getMessage());
            }
        }
    }

    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writer != null) {
            try {
                io(() -> {
                    writer.close();
                    return null;
                });
            } catch (IOException e) {
                throw Errors.raise(PyExceptionTypes.OS_ERROR, e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ the object

    /** A file that dies open is closed (its buffer written), as CPython's IOBase finalizer does. */
    @Override
    protected void releaseReferences() {
        try {
            close();
        } catch (PyException e) {
            e.discard();
        }
    }

    @Override
    protected boolean isContainer() {
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + mode + "' encoding='UTF-8'>";
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "closed" -> PyBool.of(closed);
            case "name" -> PyStr.of(name);
            case "mode" -> PyStr.of(mode);
            default -> super.getAttr(attr);
        };
    }

    private static void method(String name, PyBuiltinFunction.TypedBody<TextFile> body) {
        PyBuiltinFunction.define(TYPE, TextFile.class, name, body);
    }

    private static long sizeArg(Args a) {
        PyObject size = a.noKeywords().between(0, 1).getOr(0, PyNone.NONE);
        return size == PyNone.NONE ? -1 : org.gilvm.objects.Ops.index(size).longValue();
    }

    static {
        method("read", (f, a) -> PyStr.of(f.read(sizeArg(a))));
        method("readline", (f, a) -> PyStr.of(f.readline(sizeArg(a))));
        method("readlines", (f, a) -> {
            a.noneExpected("readlines");
            PyList lines = new PyList();
            for (String line = f.readline(-1); !line.isEmpty(); line = f.readline(-1)) {
                lines.append(PyStr.of(line));
            }
            return lines;
        });
        method("write", (f, a) -> PyInt.of(f.write(a.noKeywords().between(1, 1).get(0))));
        method("writelines", (f, a) -> {
            PyObject it = a.exactlyOne().get(0).iter();
            try (org.gilvm.heap.Pinned pin = org.gilvm.heap.Pinned.of(it)) {
                for (PyObject line = it.next(); line != null; line = it.next()) {
                    try {
                        f.write(line);
                    } finally {
                        RefCount.decref(line);
                    }
                }
            } finally {
                RefCount.decref(it);
            }
            return PyNone.NONE;
        });
        method("flush", (f, a) -> {
            a.noneExpected("flush");
            f.flush();
            return PyNone.NONE;
        });
        method("close", (f, a) -> {
            a.noneExpected("close");
            f.close();
            return PyNone.NONE;
        });
        method("readable", (f, a) -> {
            f.checkOpen();
            return PyBool.of(f.text != null);
        });
        method("writable", (f, a) -> {
            f.checkOpen();
            return PyBool.of(f.writer != null);
        });
        method("__enter__", (f, a) -> {
            f.checkOpen();
            return RefCount.newRef(f);
        });
        method("__exit__", (f, a) -> {
            f.close();
            return PyNone.NONE;
        });
    }
}
