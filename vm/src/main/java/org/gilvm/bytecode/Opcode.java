package org.gilvm.bytecode;

/**
 * The instruction set: the single source of truth. Each instruction is one constant below with its
 * number, its operand's meaning, its stack effect and a line of documentation; the disassembler,
 * the compiler's stack-depth computation and {@code docs/} read this table, and the dispatch switch
 * in {@code interp.Interpreter} lists the cases in the same order.
 *
 * <p>An instruction is one int: the opcode in the low 8 bits, the operand in the upper 24. Jump
 * operands are absolute instruction indexes. Stack effects are written {@code "pops -> pushes"},
 * each side a sum of integers and {@code n}, where {@code n} is the count the operand encodes; a
 * second effect, {@code jump}, applies where a conditional branch is taken.
 */
public final class Opcode {
    private Opcode() { }

    /** What an operand means. */
    public enum Operand {
        NONE, CONST, NAME, LOCAL, CELL, JUMP, COUNT, BINOP, COMPARE, INVERT,
        /** Low 8 bits: number of arguments including keyword values; upper 16: const index of the names. */
        CALL_KW,
        /** Low 8 bits: targets before the starred one; next 8: targets after it. */
        UNPACK_EX,
        /** MAKE_FUNCTION: bit 0 defaults tuple present, bit 3 closure tuple present. */
        FLAGS,
        /** FORMAT_VALUE: low 2 bits the conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 a spec on TOS. */
        FORMAT,
        /** GET_AWAITABLE: what is awaited, for the error messages: 0 an await, 1 __aenter__(), 2 __aexit__(). */
        AWAITED
    }

    // ------------------------------------------------------------------ the table
    // Each instruction: its constant (a compile-time constant, for the interpreter's switch), then
    // def(constant, its name, operand, stack effect, [stack effect when a jump is taken,] doc).
    // OpcodeTest checks that every constant is defined once, under its own name. (An annotation on
    // each constant, read by reflection, said the same more quietly, but reading it cost about 15 ms
    // of every start-up: annotation parsing and a proxy class, all interpreted.)

    /** Opcodes are 8 bits. */
    private static final int MAX_OPCODES = 256;
    private static final String[] NAMES = new String[MAX_OPCODES];
    private static final Operand[] OPERANDS = new Operand[MAX_OPCODES];
    private static final String[] DOCS = new String[MAX_OPCODES];
    private static final Effect[] EFFECTS = new Effect[MAX_OPCODES];
    private static final Effect[] JUMP_EFFECTS = new Effect[MAX_OPCODES];
    private static int highest = -1;

    private static void def(int op, String name, Operand operand, String stack, String doc) {
        def(op, name, operand, stack, stack, doc);
    }

    private static void def(int op, String name, Operand operand, String stack, String jump, String doc) {
        if (NAMES[op] != null) {
            throw new ExceptionInInitializerError("opcode " + op + " defined twice");
        }
        NAMES[op] = name;
        OPERANDS[op] = operand;
        DOCS[op] = doc;
        EFFECTS[op] = parseEffect(stack);
        JUMP_EFFECTS[op] = jump.equals(stack) ? EFFECTS[op] : parseEffect(jump);
        highest = Math.max(highest, op);
    }

    public static final int NOP = 0;
    static { def(NOP, "NOP", Operand.NONE, "0 -> 0", "do nothing"); }
    public static final int POP_TOP = 1;
    static { def(POP_TOP, "POP_TOP", Operand.NONE, "1 -> 0", "discard TOS"); }
    public static final int DUP_TOP = 2;
    static { def(DUP_TOP, "DUP_TOP", Operand.NONE, "1 -> 2", "push TOS again"); }
    public static final int DUP_TOP_TWO = 3;
    static { def(DUP_TOP_TWO, "DUP_TOP_TWO", Operand.NONE, "2 -> 4", "push the two top items again, in order"); }
    public static final int ROT_TWO = 4;
    static { def(ROT_TWO, "ROT_TWO", Operand.NONE, "2 -> 2", "swap the two top items"); }
    public static final int ROT_THREE = 5;
    static { def(ROT_THREE, "ROT_THREE", Operand.NONE, "3 -> 3", "lift the second and third items one up, move TOS down to third"); }
    public static final int LOAD_CONST = 6;
    static { def(LOAD_CONST, "LOAD_CONST", Operand.CONST, "0 -> 1", "push consts[arg]"); }
    public static final int LOAD_FAST = 7;
    static { def(LOAD_FAST, "LOAD_FAST", Operand.LOCAL, "0 -> 1", "push local variable arg"); }
    public static final int STORE_FAST = 8;
    static { def(STORE_FAST, "STORE_FAST", Operand.LOCAL, "1 -> 0", "pop into local variable arg"); }
    public static final int DELETE_FAST = 9;
    static { def(DELETE_FAST, "DELETE_FAST", Operand.LOCAL, "0 -> 0", "unbind local variable arg"); }
    public static final int LOAD_DEREF = 10;
    static { def(LOAD_DEREF, "LOAD_DEREF", Operand.CELL, "0 -> 1", "push the contents of cell arg"); }
    public static final int STORE_DEREF = 11;
    static { def(STORE_DEREF, "STORE_DEREF", Operand.CELL, "1 -> 0", "pop into cell arg"); }
    public static final int DELETE_DEREF = 12;
    static { def(DELETE_DEREF, "DELETE_DEREF", Operand.CELL, "0 -> 0", "empty cell arg"); }
    public static final int LOAD_CLOSURE = 13;
    static { def(LOAD_CLOSURE, "LOAD_CLOSURE", Operand.CELL, "0 -> 1", "push cell arg itself, for a closure"); }
    public static final int LOAD_GLOBAL = 14;
    static { def(LOAD_GLOBAL, "LOAD_GLOBAL", Operand.NAME, "0 -> 1", "push global names[arg], else builtin"); }
    public static final int STORE_GLOBAL = 15;
    static { def(STORE_GLOBAL, "STORE_GLOBAL", Operand.NAME, "1 -> 0", "pop into global names[arg]"); }
    public static final int DELETE_GLOBAL = 16;
    static { def(DELETE_GLOBAL, "DELETE_GLOBAL", Operand.NAME, "0 -> 0", "unbind global names[arg]"); }
    public static final int LOAD_NAME = 17;
    static { def(LOAD_NAME, "LOAD_NAME", Operand.NAME, "0 -> 1", "push names[arg] from the class namespace, else global, else builtin"); }
    public static final int STORE_NAME = 18;
    static { def(STORE_NAME, "STORE_NAME", Operand.NAME, "1 -> 0", "pop into names[arg] in the class namespace"); }
    public static final int DELETE_NAME = 19;
    static { def(DELETE_NAME, "DELETE_NAME", Operand.NAME, "0 -> 0", "unbind names[arg] in the class namespace"); }
    public static final int LOAD_ATTR = 20;
    static { def(LOAD_ATTR, "LOAD_ATTR", Operand.NAME, "1 -> 1", "replace TOS with TOS.names[arg]"); }
    public static final int STORE_ATTR = 21;
    static { def(STORE_ATTR, "STORE_ATTR", Operand.NAME, "2 -> 0", "TOS.names[arg] = TOS1"); }
    public static final int DELETE_ATTR = 22;
    static { def(DELETE_ATTR, "DELETE_ATTR", Operand.NAME, "1 -> 0", "del TOS.names[arg]"); }
    public static final int LOAD_METHOD = 23;
    static { def(LOAD_METHOD, "LOAD_METHOD", Operand.NAME, "1 -> 2", "push (function, self) for a method call, or (attribute, NULL)"); }
    public static final int BINARY_OP = 24;
    static { def(BINARY_OP, "BINARY_OP", Operand.BINOP, "2 -> 1", "TOS = TOS1 op TOS"); }
    public static final int UNARY_NEGATIVE = 25;
    static { def(UNARY_NEGATIVE, "UNARY_NEGATIVE", Operand.NONE, "1 -> 1", "TOS = -TOS"); }
    public static final int UNARY_POSITIVE = 26;
    static { def(UNARY_POSITIVE, "UNARY_POSITIVE", Operand.NONE, "1 -> 1", "TOS = +TOS"); }
    public static final int UNARY_INVERT = 27;
    static { def(UNARY_INVERT, "UNARY_INVERT", Operand.NONE, "1 -> 1", "TOS = ~TOS"); }
    public static final int UNARY_NOT = 28;
    static { def(UNARY_NOT, "UNARY_NOT", Operand.NONE, "1 -> 1", "TOS = not TOS"); }
    public static final int COMPARE_OP = 29;
    static { def(COMPARE_OP, "COMPARE_OP", Operand.COMPARE, "2 -> 1", "TOS = TOS1 cmp TOS (a rich comparison)"); }
    public static final int IS_OP = 30;
    static { def(IS_OP, "IS_OP", Operand.INVERT, "2 -> 1", "TOS = TOS1 is TOS (is not, when arg is 1)"); }
    public static final int CONTAINS_OP = 31;
    static { def(CONTAINS_OP, "CONTAINS_OP", Operand.INVERT, "2 -> 1", "TOS = TOS1 in TOS (not in, when arg is 1)"); }
    public static final int BINARY_SUBSCR = 32;
    static { def(BINARY_SUBSCR, "BINARY_SUBSCR", Operand.NONE, "2 -> 1", "TOS = TOS1[TOS]"); }
    public static final int STORE_SUBSCR = 33;
    static { def(STORE_SUBSCR, "STORE_SUBSCR", Operand.NONE, "3 -> 0", "TOS1[TOS] = TOS2"); }
    public static final int DELETE_SUBSCR = 34;
    static { def(DELETE_SUBSCR, "DELETE_SUBSCR", Operand.NONE, "2 -> 0", "del TOS1[TOS]"); }
    public static final int BUILD_SLICE = 35;
    static { def(BUILD_SLICE, "BUILD_SLICE", Operand.COUNT, "n -> 1", "build a slice from the top n (2 or 3) items"); }
    public static final int BUILD_TUPLE = 36;
    static { def(BUILD_TUPLE, "BUILD_TUPLE", Operand.COUNT, "n -> 1", "build a tuple from the top n items"); }
    public static final int BUILD_LIST = 37;
    static { def(BUILD_LIST, "BUILD_LIST", Operand.COUNT, "n -> 1", "build a list from the top n items"); }
    public static final int BUILD_SET = 38;
    static { def(BUILD_SET, "BUILD_SET", Operand.COUNT, "n -> 1", "build a set from the top n items"); }
    public static final int BUILD_MAP = 39;
    static { def(BUILD_MAP, "BUILD_MAP", Operand.COUNT, "2n -> 1", "build a dict from the top n key, value pairs"); }
    public static final int UNPACK_SEQUENCE = 40;
    static { def(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", Operand.COUNT, "1 -> n", "unpack TOS into n items, first item on top"); }
    public static final int UNPACK_EX = 41;
    static { def(UNPACK_EX, "UNPACK_EX", Operand.UNPACK_EX, "1 -> n+1", "unpack TOS with one starred target taking a list"); }
    public static final int JUMP_FORWARD = 42;
    static { def(JUMP_FORWARD, "JUMP_FORWARD", Operand.JUMP, "0 -> 0", "jump forward to arg"); }
    public static final int JUMP_BACKWARD = 43;
    static { def(JUMP_BACKWARD, "JUMP_BACKWARD", Operand.JUMP, "0 -> 0", "jump back to arg (a loop back-edge: a switch point)"); }
    public static final int POP_JUMP_IF_FALSE = 44;
    static { def(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", Operand.JUMP, "1 -> 0", "pop TOS; jump to arg if it is false"); }
    public static final int POP_JUMP_IF_TRUE = 45;
    static { def(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", Operand.JUMP, "1 -> 0", "pop TOS; jump to arg if it is true"); }
    public static final int JUMP_IF_FALSE_OR_POP = 46;
    static { def(JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP", Operand.JUMP, "1 -> 0", "1 -> 1", "if TOS is false jump to arg keeping it, else pop it"); }
    public static final int JUMP_IF_TRUE_OR_POP = 47;
    static { def(JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP", Operand.JUMP, "1 -> 0", "1 -> 1", "if TOS is true jump to arg keeping it, else pop it"); }
    public static final int GET_ITER = 48;
    static { def(GET_ITER, "GET_ITER", Operand.NONE, "1 -> 1", "TOS = iter(TOS)"); }
    public static final int FOR_ITER = 49;
    static { def(FOR_ITER, "FOR_ITER", Operand.JUMP, "1 -> 2", "1 -> 0", "push next(TOS); when exhausted pop the iterator and jump to arg"); }
    public static final int RETURN_VALUE = 50;
    static { def(RETURN_VALUE, "RETURN_VALUE", Operand.NONE, "1 -> 0", "return TOS to the caller"); }
    public static final int MAKE_FUNCTION = 51;
    static { def(MAKE_FUNCTION, "MAKE_FUNCTION", Operand.FLAGS, "n -> 1", "make a function from the code on TOS, with defaults and closure below it"); }
    public static final int BUILD_CLASS = 52;
    static { def(BUILD_CLASS, "BUILD_CLASS", Operand.COUNT, "n+2 -> 1", "make a class: body function, name, then n bases"); }
    public static final int CALL = 53;
    static { def(CALL, "CALL", Operand.COUNT, "n+1 -> 1", "call the callable below n positional arguments"); }
    public static final int CALL_KW = 54;
    static { def(CALL_KW, "CALL_KW", Operand.CALL_KW, "n+1 -> 1", "call with n arguments, the last ones named by a const tuple"); }
    public static final int CALL_METHOD = 55;
    static { def(CALL_METHOD, "CALL_METHOD", Operand.COUNT, "n+2 -> 1", "call what LOAD_METHOD pushed, with n positional arguments"); }
    public static final int CALL_METHOD_KW = 56;
    static { def(CALL_METHOD_KW, "CALL_METHOD_KW", Operand.CALL_KW, "n+2 -> 1", "call what LOAD_METHOD pushed, with keyword arguments"); }
    public static final int IMPORT_NAME = 57;
    static { def(IMPORT_NAME, "IMPORT_NAME", Operand.NAME, "0 -> 1", "import module names[arg] and push it"); }
    public static final int IMPORT_FROM = 58;
    static { def(IMPORT_FROM, "IMPORT_FROM", Operand.NAME, "1 -> 2", "push attribute names[arg] of the module on TOS"); }
    public static final int RAISE_VARARGS = 59;
    static { def(RAISE_VARARGS, "RAISE_VARARGS", Operand.COUNT, "n -> 0", "raise TOS (n = 1), TOS1 from TOS (n = 2), or re-raise (n = 0)"); }
    public static final int LOAD_ASSERTION_ERROR = 60;
    static { def(LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", Operand.NONE, "0 -> 1", "push AssertionError"); }
    public static final int RESUME = 61;
    static { def(RESUME, "RESUME", Operand.NONE, "0 -> 0", "start of a function body (a switch point)"); }
    public static final int PUSH_EXC_INFO = 62;
    static { def(PUSH_EXC_INFO, "PUSH_EXC_INFO", Operand.NONE, "1 -> 1", "an except or finally block starts: TOS becomes the exception being handled"); }
    public static final int POP_EXCEPT = 63;
    static { def(POP_EXCEPT, "POP_EXCEPT", Operand.NONE, "0 -> 0", "the except or finally block is done: the previous exception is handled again"); }
    public static final int CHECK_EXC_MATCH = 64;
    static { def(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", Operand.NONE, "2 -> 2", "replace TOS (an exception class or tuple of them) with whether TOS1 is an instance"); }
    public static final int RERAISE = 65;
    static { def(RERAISE, "RERAISE", Operand.NONE, "1 -> 0", "raise TOS again, keeping its traceback (the end of an except or finally block)"); }
    public static final int LIST_APPEND = 66;
    static { def(LIST_APPEND, "LIST_APPEND", Operand.COUNT, "1 -> 0", "append TOS to the list under it and arg more items (a comprehension)"); }
    public static final int SET_ADD = 67;
    static { def(SET_ADD, "SET_ADD", Operand.COUNT, "1 -> 0", "add TOS to the set under it and arg more items (a comprehension)"); }
    public static final int MAP_ADD = 68;
    static { def(MAP_ADD, "MAP_ADD", Operand.COUNT, "2 -> 0", "store TOS1: TOS in the dict under them and arg more items"); }
    public static final int BEFORE_WITH = 69;
    static { def(BEFORE_WITH, "BEFORE_WITH", Operand.NONE, "1 -> 2", "a with block starts: replace the context manager with its __exit__, push __enter__()"); }
    public static final int WITH_EXCEPT_START = 70;
    static { def(WITH_EXCEPT_START, "WITH_EXCEPT_START", Operand.NONE, "2 -> 3", "call __exit__ (TOS1) with the exception on TOS; push what it returns"); }
    public static final int FORMAT_VALUE = 71;
    static { def(FORMAT_VALUE, "FORMAT_VALUE", Operand.FORMAT, "n+1 -> 1", "format the value (under its spec, if any) for an f-string"); }
    public static final int BUILD_STRING = 72;
    static { def(BUILD_STRING, "BUILD_STRING", Operand.COUNT, "n -> 1", "join the top arg strings into one"); }
    public static final int LIST_EXTEND = 73;
    static { def(LIST_EXTEND, "LIST_EXTEND", Operand.COUNT, "1 -> 0", "extend the list under TOS and arg more items with the iterable TOS"); }
    public static final int DICT_MERGE = 74;
    static { def(DICT_MERGE, "DICT_MERGE", Operand.COUNT, "1 -> 0", "merge the mapping TOS into the dict under it and arg more items (**kwargs)"); }
    public static final int CALL_FUNCTION_EX = 75;
    static { def(CALL_FUNCTION_EX, "CALL_FUNCTION_EX", Operand.COUNT, "n+2 -> 1", "call TOS1 (or TOS2) with the positional arguments TOS1 (a tuple, or an iterable made one now) and, if arg, the dict TOS of keywords"); }
    public static final int YIELD_VALUE = 76;
    static { def(YIELD_VALUE, "YIELD_VALUE", Operand.COUNT, "1 -> 1", "suspend the generator, handing TOS to its caller; on resume, push what was sent (arg 1: inside yield from)"); }
    public static final int GET_YIELD_FROM_ITER = 77;
    static { def(GET_YIELD_FROM_ITER, "GET_YIELD_FROM_ITER", Operand.NONE, "1 -> 1", "TOS = iter(TOS), unless it is a generator already (yield from)"); }
    public static final int SEND = 78;
    static { def(SEND, "SEND", Operand.JUMP, "2 -> 2", "2 -> 1", "send TOS into the iterator TOS1 and replace TOS with what it yields; when it returns, pop both, push its value and jump to arg"); }
    public static final int LIST_TO_TUPLE = 79;
    static { def(LIST_TO_TUPLE, "LIST_TO_TUPLE", Operand.NONE, "1 -> 1", "replace the list TOS by a tuple of its items (the positional arguments of CALL_FUNCTION_EX)"); }
    // Coroutines. An await is GET_AWAITABLE, then the SEND loop of yield from (LOAD_CONST None, SEND,
    // YIELD_VALUE 1, JUMP_BACKWARD_NO_INTERRUPT), as CPython 3.11 compiles it; an async generator's own yield is
    // YIELD_VALUE 0, which is how it tells its values from what its awaits pass through.
    public static final int GET_AWAITABLE = 80;
    static { def(GET_AWAITABLE, "GET_AWAITABLE", Operand.AWAITED, "1 -> 1", "TOS = the iterator to await TOS with: a coroutine itself, else what its __await__() returns"); }
    public static final int BEFORE_ASYNC_WITH = 81;
    static { def(BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", Operand.NONE, "1 -> 2", "an async with block starts: replace the context manager with its __aexit__, push __aenter__() (to await)"); }
    public static final int GET_AITER = 82;
    static { def(GET_AITER, "GET_AITER", Operand.NONE, "1 -> 1", "TOS = TOS.__aiter__() (async for)"); }
    public static final int GET_ANEXT = 83;
    static { def(GET_ANEXT, "GET_ANEXT", Operand.NONE, "1 -> 2", "push the awaitable of TOS.__anext__() (async for)"); }
    public static final int END_ASYNC_FOR = 84;
    static { def(END_ASYNC_FOR, "END_ASYNC_FOR", Operand.NONE, "2 -> 0", "the handler of an async for: TOS is StopAsyncIteration: pop it and the iterator under it; else raise it again"); }
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 85;
    static { def(JUMP_BACKWARD_NO_INTERRUPT, "JUMP_BACKWARD_NO_INTERRUPT", Operand.JUMP, "0 -> 0", "jump back to arg, not a switch point (the SEND loop of yield from and await, as in CPython 3.11)"); }

    // ------------------------------------------------------------------ derived from the table

    /** A decoded stack effect: {@code constant + perCount * n} items. */
    private record Effect(int constant, int perCount) {
        int apply(int n) {
            return constant + perCount * n;
        }
    }

    /** One more than the highest opcode in the table (read from the table, like everything else). */
    private static final int COUNT = highest + 1;

    static {
        for (int op = 0; op < COUNT; op++) {
            if (NAMES[op] == null) {
                throw new ExceptionInInitializerError("opcode " + op + " is not defined");
            }
        }
    }

    private static Effect parseEffect(String spec) {
        int arrow = spec.indexOf("->");
        Effect pops = parseSide(spec.substring(0, arrow).trim());
        Effect pushes = parseSide(spec.substring(arrow + 2).trim());
        return new Effect(pushes.constant - pops.constant, pushes.perCount - pops.perCount);
    }

    private static Effect parseSide(String side) {
        int constant = 0;
        int perCount = 0;
        for (String term : side.split("\\+")) {
            term = term.trim();
            if (term.endsWith("n")) {
                String k = term.substring(0, term.length() - 1);
                perCount += k.isEmpty() ? 1 : Integer.parseInt(k);
            } else {
                constant += Integer.parseInt(term);
            }
        }
        return new Effect(constant, perCount);
    }

    public static int count() {
        return COUNT;
    }

    public static String name(int op) {
        return NAMES[op];
    }

    public static Operand operand(int op) {
        return OPERANDS[op];
    }

    public static String doc(int op) {
        return DOCS[op];
    }

    /** The {@code n} of the stack-effect formulas for this operand. */
    public static int countOf(int op, int arg) {
        return switch (OPERANDS[op]) {
            case CALL_KW -> arg & 0xFF;
            case UNPACK_EX -> (arg & 0xFF) + (arg >>> 8);
            case FLAGS -> 1 + Integer.bitCount(arg);
            case FORMAT -> (arg & 4) != 0 ? 1 : 0;
            default -> arg;
        };
    }

    /** Net change of the stack depth when execution falls through. */
    public static int stackEffect(int op, int arg) {
        return EFFECTS[op].apply(countOf(op, arg));
    }

    /** Net change of the stack depth when a jump is taken. */
    public static int jumpStackEffect(int op, int arg) {
        return JUMP_EFFECTS[op].apply(countOf(op, arg));
    }

    public static boolean isJump(int op) {
        return OPERANDS[op] == Operand.JUMP;
    }

    /** Jumps after which execution does not fall through. */
    public static boolean isUnconditional(int op) {
        return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == RETURN_VALUE
                || op == RAISE_VARARGS || op == RERAISE;
    }

    public static int encode(int op, int arg) {
        if (arg < 0 || arg > 0xFFFFFF) {
            throw new IllegalArgumentException("operand out of range: " + arg);
        }
        return op | arg << 8;
    }

    public static int opOf(int instruction) {
        return instruction & 0xFF;
    }

    public static int argOf(int instruction) {
        return instruction >>> 8;
    }
}
