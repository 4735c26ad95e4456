package org.gilvm.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in exception hierarchy, as in CPython's Objects/exceptions.c (the part gilvm raises). */
public final class PyExceptionTypes {
    private PyExceptionTypes() { }

    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = define("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyType LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyType RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyType NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyType TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyType IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyType OS_ERROR = define("OSError", EXCEPTION);
    public static final PyType FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = define("IsADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PyType EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyType SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = define("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = define("TabError", INDENTATION_ERROR);
    public static final PyType MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PyType UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    /** Defined below, in CPython's order among the classes gilvm does not raise itself. */
    public static final PyType STOP_ASYNC_ITERATION;

    // The rest of CPython 3.11's built-in hierarchy, which gilvm itself does not raise (but for
    // StopAsyncIteration, which async generators raise).
    static {
        define("FloatingPointError", ARITHMETIC_ERROR);
        define("BufferError", EXCEPTION);
        define("ReferenceError", EXCEPTION);
        define("SystemError", EXCEPTION);
        STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
        define("UnicodeTranslateError", UNICODE_ERROR);
        for (String name : new String[] {"BlockingIOError", "ChildProcessError", "InterruptedError",
                "NotADirectoryError", "ProcessLookupError", "TimeoutError"}) {
            define(name, OS_ERROR);
        }
        PyType connectionError = define("ConnectionError", OS_ERROR);
        for (String name : new String[] {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
                "ConnectionResetError"}) {
            define(name, connectionError);
        }
        PyType warning = define("Warning", EXCEPTION);
        for (String name : new String[] {"BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
                "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
                "UnicodeWarning", "UserWarning"}) {
            define(name, warning);
        }
        ALL.put("EnvironmentError", OS_ERROR);
        ALL.put("IOError", OS_ERROR);
    }

    private static PyType define(String name, PyType base) {
        PyType t = new PyType(name, base, (type, args) -> {
            // The args tuple first, as CPython's call machinery makes it before BaseException_new runs.
            PyTuple argsTuple = args.noKeywords().positionalTuple();
            PyBaseException e = new PyBaseException(type);
            e.setArgs(argsTuple);
            return e;
        });
        ALL.put(name, t);
        return t;
    }

    /** Every built-in exception class by name, for the builtins module. */
    public static Map<String, PyType> all() {
        return ALL;
    }

    public static PyBaseException make(PyType type, String message) {
        PyTuple args = message == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(message));
        PyBaseException e = new PyBaseException(type);
        e.setArgs(args);
        return e;
    }
}
