package org.gilvm.bytecode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

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
        FORMAT
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Instr {
        Operand operand() default Operand.NONE;

        String stack();

        /** Stack effect when a conditional jump is taken; empty when the same as {@link #stack()}. */
        String jump() default "";

        String doc();
    }

    // ------------------------------------------------------------------ the table
    @Instr(stack = "0 -> 0", doc = "do nothing")
    public static final int NOP = 0;
    @Instr(stack = "1 -> 0", doc = "discard TOS")
    public static final int POP_TOP = 1;
    @Instr(stack = "1 -> 2", doc = "push TOS again")
    public static final int DUP_TOP = 2;
    @Instr(stack = "2 -> 4", doc = "push the two top items again, in order")
    public static final int DUP_TOP_TWO = 3;
    @Instr(stack = "2 -> 2", doc = "swap the two top items")
    public static final int ROT_TWO = 4;
    @Instr(stack = "3 -> 3", doc = "lift the second and third items one up, move TOS down to third")
    public static final int ROT_THREE = 5;
    @Instr(operand = Operand.CONST, stack = "0 -> 1", doc = "push consts[arg]")
    public static final int LOAD_CONST = 6;
    @Instr(operand = Operand.LOCAL, stack = "0 -> 1", doc = "push local variable arg")
    public static final int LOAD_FAST = 7;
    @Instr(operand = Operand.LOCAL, stack = "1 -> 0", doc = "pop into local variable arg")
    public static final int STORE_FAST = 8;
    @Instr(operand = Operand.LOCAL, stack = "0 -> 0", doc = "unbind local variable arg")
    public static final int DELETE_FAST = 9;
    @Instr(operand = Operand.CELL, stack = "0 -> 1", doc = "push the contents of cell arg")
    public static final int LOAD_DEREF = 10;
    @Instr(operand = Operand.CELL, stack = "1 -> 0", doc = "pop into cell arg")
    public static final int STORE_DEREF = 11;
    @Instr(operand = Operand.CELL, stack = "0 -> 0", doc = "empty cell arg")
    public static final int DELETE_DEREF = 12;
    @Instr(operand = Operand.CELL, stack = "0 -> 1", doc = "push cell arg itself, for a closure")
    public static final int LOAD_CLOSURE = 13;
    @Instr(operand = Operand.NAME, stack = "0 -> 1", doc = "push global names[arg], else builtin")
    public static final int LOAD_GLOBAL = 14;
    @Instr(operand = Operand.NAME, stack = "1 -> 0", doc = "pop into global names[arg]")
    public static final int STORE_GLOBAL = 15;
    @Instr(operand = Operand.NAME, stack = "0 -> 0", doc = "unbind global names[arg]")
    public static final int DELETE_GLOBAL = 16;
    @Instr(operand = Operand.NAME, stack = "0 -> 1", doc = "push names[arg] from the class namespace, else global, else builtin")
    public static final int LOAD_NAME = 17;
    @Instr(operand = Operand.NAME, stack = "1 -> 0", doc = "pop into names[arg] in the class namespace")
    public static final int STORE_NAME = 18;
    @Instr(operand = Operand.NAME, stack = "0 -> 0", doc = "unbind names[arg] in the class namespace")
    public static final int DELETE_NAME = 19;
    @Instr(operand = Operand.NAME, stack = "1 -> 1", doc = "replace TOS with TOS.names[arg]")
    public static final int LOAD_ATTR = 20;
    @Instr(operand = Operand.NAME, stack = "2 -> 0", doc = "TOS.names[arg] = TOS1")
    public static final int STORE_ATTR = 21;
    @Instr(operand = Operand.NAME, stack = "1 -> 0", doc = "del TOS.names[arg]")
    public static final int DELETE_ATTR = 22;
    @Instr(operand = Operand.NAME, stack = "1 -> 2", doc = "push (function, self) for a method call, or (attribute, NULL)")
    public static final int LOAD_METHOD = 23;
    @Instr(operand = Operand.BINOP, stack = "2 -> 1", doc = "TOS = TOS1 op TOS")
    public static final int BINARY_OP = 24;
    @Instr(stack = "1 -> 1", doc = "TOS = -TOS")
    public static final int UNARY_NEGATIVE = 25;
    @Instr(stack = "1 -> 1", doc = "TOS = +TOS")
    public static final int UNARY_POSITIVE = 26;
    @Instr(stack = "1 -> 1", doc = "TOS = ~TOS")
    public static final int UNARY_INVERT = 27;
    @Instr(stack = "1 -> 1", doc = "TOS = not TOS")
    public static final int UNARY_NOT = 28;
    @Instr(operand = Operand.COMPARE, stack = "2 -> 1", doc = "TOS = TOS1 cmp TOS (a rich comparison)")
    public static final int COMPARE_OP = 29;
    @Instr(operand = Operand.INVERT, stack = "2 -> 1", doc = "TOS = TOS1 is TOS (is not, when arg is 1)")
    public static final int IS_OP = 30;
    @Instr(operand = Operand.INVERT, stack = "2 -> 1", doc = "TOS = TOS1 in TOS (not in, when arg is 1)")
    public static final int CONTAINS_OP = 31;
    @Instr(stack = "2 -> 1", doc = "TOS = TOS1[TOS]")
    public static final int BINARY_SUBSCR = 32;
    @Instr(stack = "3 -> 0", doc = "TOS1[TOS] = TOS2")
    public static final int STORE_SUBSCR = 33;
    @Instr(stack = "2 -> 0", doc = "del TOS1[TOS]")
    public static final int DELETE_SUBSCR = 34;
    @Instr(operand = Operand.COUNT, stack = "n -> 1", doc = "build a slice from the top n (2 or 3) items")
    public static final int BUILD_SLICE = 35;
    @Instr(operand = Operand.COUNT, stack = "n -> 1", doc = "build a tuple from the top n items")
    public static final int BUILD_TUPLE = 36;
    @Instr(operand = Operand.COUNT, stack = "n -> 1", doc = "build a list from the top n items")
    public static final int BUILD_LIST = 37;
    @Instr(operand = Operand.COUNT, stack = "n -> 1", doc = "build a set from the top n items")
    public static final int BUILD_SET = 38;
    @Instr(operand = Operand.COUNT, stack = "2n -> 1", doc = "build a dict from the top n key, value pairs")
    public static final int BUILD_MAP = 39;
    @Instr(operand = Operand.COUNT, stack = "1 -> n", doc = "unpack TOS into n items, first item on top")
    public static final int UNPACK_SEQUENCE = 40;
    @Instr(operand = Operand.UNPACK_EX, stack = "1 -> n+1", doc = "unpack TOS with one starred target taking a list")
    public static final int UNPACK_EX = 41;
    @Instr(operand = Operand.JUMP, stack = "0 -> 0", doc = "jump forward to arg")
    public static final int JUMP_FORWARD = 42;
    @Instr(operand = Operand.JUMP, stack = "0 -> 0", doc = "jump back to arg (a loop back-edge: a switch point)")
    public static final int JUMP_BACKWARD = 43;
    @Instr(operand = Operand.JUMP, stack = "1 -> 0", doc = "pop TOS; jump to arg if it is false")
    public static final int POP_JUMP_IF_FALSE = 44;
    @Instr(operand = Operand.JUMP, stack = "1 -> 0", doc = "pop TOS; jump to arg if it is true")
    public static final int POP_JUMP_IF_TRUE = 45;
    @Instr(operand = Operand.JUMP, stack = "1 -> 0", jump = "1 -> 1", doc = "if TOS is false jump to arg keeping it, else pop it")
    public static final int JUMP_IF_FALSE_OR_POP = 46;
    @Instr(operand = Operand.JUMP, stack = "1 -> 0", jump = "1 -> 1", doc = "if TOS is true jump to arg keeping it, else pop it")
    public static final int JUMP_IF_TRUE_OR_POP = 47;
    @Instr(stack = "1 -> 1", doc = "TOS = iter(TOS)")
    public static final int GET_ITER = 48;
    @Instr(operand = Operand.JUMP, stack = "1 -> 2", jump = "1 -> 0", doc = "push next(TOS); when exhausted pop the iterator and jump to arg")
    public static final int FOR_ITER = 49;
    @Instr(stack = "1 -> 0", doc = "return TOS to the caller")
    public static final int RETURN_VALUE = 50;
    @Instr(operand = Operand.FLAGS, stack = "n -> 1", doc = "make a function from the code on TOS, with defaults and closure below it")
    public static final int MAKE_FUNCTION = 51;
    @Instr(operand = Operand.COUNT, stack = "n+2 -> 1", doc = "make a class: body function, name, then n bases")
    public static final int BUILD_CLASS = 52;
    @Instr(operand = Operand.COUNT, stack = "n+1 -> 1", doc = "call the callable below n positional arguments")
    public static final int CALL = 53;
    @Instr(operand = Operand.CALL_KW, stack = "n+1 -> 1", doc = "call with n arguments, the last ones named by a const tuple")
    public static final int CALL_KW = 54;
    @Instr(operand = Operand.COUNT, stack = "n+2 -> 1", doc = "call what LOAD_METHOD pushed, with n positional arguments")
    public static final int CALL_METHOD = 55;
    @Instr(operand = Operand.CALL_KW, stack = "n+2 -> 1", doc = "call what LOAD_METHOD pushed, with keyword arguments")
    public static final int CALL_METHOD_KW = 56;
    @Instr(operand = Operand.NAME, stack = "0 -> 1", doc = "import module names[arg] and push it")
    public static final int IMPORT_NAME = 57;
    @Instr(operand = Operand.NAME, stack = "1 -> 2", doc = "push attribute names[arg] of the module on TOS")
    public static final int IMPORT_FROM = 58;
    @Instr(operand = Operand.COUNT, stack = "n -> 0", doc = "raise TOS (n = 1), TOS1 from TOS (n = 2), or re-raise (n = 0)")
    public static final int RAISE_VARARGS = 59;
    @Instr(stack = "0 -> 1", doc = "push AssertionError")
    public static final int LOAD_ASSERTION_ERROR = 60;
    @Instr(stack = "0 -> 0", doc = "start of a function body (a switch point)")
    public static final int RESUME = 61;
    @Instr(stack = "1 -> 1", doc = "an except or finally block starts: TOS becomes the exception being handled")
    public static final int PUSH_EXC_INFO = 62;
    @Instr(stack = "0 -> 0", doc = "the except or finally block is done: the previous exception is handled again")
    public static final int POP_EXCEPT = 63;
    @Instr(stack = "2 -> 2", doc = "replace TOS (an exception class or tuple of them) with whether TOS1 is an instance")
    public static final int CHECK_EXC_MATCH = 64;
    @Instr(stack = "1 -> 0", doc = "raise TOS again, keeping its traceback (the end of an except or finally block)")
    public static final int RERAISE = 65;
    @Instr(operand = Operand.COUNT, stack = "1 -> 0", doc = "append TOS to the list under it and arg more items (a comprehension)")
    public static final int LIST_APPEND = 66;
    @Instr(operand = Operand.COUNT, stack = "1 -> 0", doc = "add TOS to the set under it and arg more items (a comprehension)")
    public static final int SET_ADD = 67;
    @Instr(operand = Operand.COUNT, stack = "2 -> 0", doc = "store TOS1: TOS in the dict under them and arg more items")
    public static final int MAP_ADD = 68;
    @Instr(stack = "1 -> 2", doc = "a with block starts: replace the context manager with its __exit__, push __enter__()")
    public static final int BEFORE_WITH = 69;
    @Instr(stack = "2 -> 3", doc = "call __exit__ (TOS1) with the exception on TOS; push what it returns")
    public static final int WITH_EXCEPT_START = 70;
    @Instr(operand = Operand.FORMAT, stack = "n+1 -> 1", doc = "format the value (under its spec, if any) for an f-string")
    public static final int FORMAT_VALUE = 71;
    @Instr(operand = Operand.COUNT, stack = "n -> 1", doc = "join the top arg strings into one")
    public static final int BUILD_STRING = 72;
    @Instr(operand = Operand.COUNT, stack = "1 -> 0", doc = "extend the list under TOS and arg more items with the iterable TOS")
    public static final int LIST_EXTEND = 73;
    @Instr(operand = Operand.COUNT, stack = "1 -> 0", doc = "merge the mapping TOS into the dict under it and arg more items (**kwargs)")
    public static final int DICT_MERGE = 74;
    @Instr(operand = Operand.COUNT, stack = "n+2 -> 1", doc = "call TOS1 (or TOS2) with the list TOS1 of positional arguments and, if arg, the dict TOS of keywords")
    public static final int CALL_FUNCTION_EX = 75;
    @Instr(operand = Operand.COUNT, stack = "1 -> 1", doc = "suspend the generator, handing TOS to its caller; on resume, push what was sent (arg 1: inside yield from)")
    public static final int YIELD_VALUE = 76;
    @Instr(stack = "1 -> 1", doc = "TOS = iter(TOS), unless it is a generator already (yield from)")
    public static final int GET_YIELD_FROM_ITER = 77;
    @Instr(operand = Operand.JUMP, stack = "2 -> 2", jump = "2 -> 1", doc = "send TOS into the iterator TOS1 and replace TOS with what it yields; when it returns, pop both, push its value and jump to arg")
    public static final int SEND = 78;

    // ------------------------------------------------------------------ derived from the table

    /** A decoded stack effect: {@code constant + perCount * n} items. */
    private record Effect(int constant, int perCount) {
        int apply(int n) {
            return constant + perCount * n;
        }
    }

    /** One more than the highest opcode in the table (read from the table, like everything else). */
    private static final int COUNT = countInstructions();

    private static int countInstructions() {
        int max = -1;
        for (Field f : Opcode.class.getDeclaredFields()) {
            if (f.getAnnotation(Instr.class) != null) {
                try {
                    max = Math.max(max, f.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
        return max + 1;
    }
    private static final String[] NAMES = new String[COUNT];
    private static final Operand[] OPERANDS = new Operand[COUNT];
    private static final String[] DOCS = new String[COUNT];
    private static final Effect[] EFFECTS = new Effect[COUNT];
    private static final Effect[] JUMP_EFFECTS = new Effect[COUNT];

    static {
        for (Field f : Opcode.class.getDeclaredFields()) {
            Instr instr = f.getAnnotation(Instr.class);
            if (instr == null || !Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            int op;
            try {
                op = f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new ExceptionInInitializerError(e);
            }
            if (NAMES[op] != null) {
                throw new ExceptionInInitializerError("opcode " + op + " defined twice");
            }
            NAMES[op] = f.getName();
            OPERANDS[op] = instr.operand();
            DOCS[op] = instr.doc();
            EFFECTS[op] = parseEffect(instr.stack());
            JUMP_EFFECTS[op] = instr.jump().isEmpty() ? EFFECTS[op] : parseEffect(instr.jump());
        }
        for (int op = 0; op < COUNT; op++) {
            if (NAMES[op] == null) {
                throw new ExceptionInInitializerError("opcode " + op + " is not defined");
            }
        }
    }

    private static Effect parseEffect(String spec) {
        String[] sides = spec.split("->");
        Effect pops = parseSide(sides[0].trim());
        Effect pushes = parseSide(sides[1].trim());
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
        return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE || op == RAISE_VARARGS
                || op == RERAISE;
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
