package org.gilvm.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.objects.PyObject;

/** Prints code objects in the manner of Python's {@code dis}: line, offset, opname, operand, meaning. */
public final class Disassembler {
    private Disassembler() { }

    /** The module's code, then every code object nested in it, each under a heading. */
    public static String disassembleAll(Code module) {
        StringBuilder sb = new StringBuilder();
        List<Code> pending = new ArrayList<>();
        pending.add(module);
        for (int i = 0; i < pending.size(); i++) {
            Code code = pending.get(i);
            if (i > 0) {
                sb.append("\nDisassembly of ").append(code.repr()).append(":\n");
            }
            sb.append(disassemble(code));
            for (PyObject c : code.consts) {
                if (c instanceof Code inner) {
                    pending.add(inner);
                }
            }
        }
        return sb.toString();
    }

    public static String disassemble(Code code) {
        boolean[] jumpTarget = new boolean[code.code.length + 1];
        for (int ins : code.code) {
            if (Opcode.isJump(Opcode.opOf(ins))) {
                jumpTarget[Opcode.argOf(ins)] = true;
            }
        }
        for (int target : code.handlers.target()) {
            jumpTarget[target] = true;
        }
        StringBuilder sb = new StringBuilder();
        int lastLine = -1;
        for (int pc = 0; pc < code.code.length; pc++) {
            int op = Opcode.opOf(code.code[pc]);
            int arg = Opcode.argOf(code.code[pc]);
            int line = code.lines[pc];
            String lineField = "";
            if (line != lastLine) {
                if (pc > 0) {
                    sb.append('\n');
                }
                lineField = String.valueOf(line);
                lastLine = line;
            }
            String head = String.format("%3s %s %4d %-24s", lineField, jumpTarget[pc] ? ">>" : "  ", pc,
                    Opcode.name(op));
            String operand = Opcode.operand(op) == Opcode.Operand.NONE ? "" : String.format("%4d", arg);
            String meaning = meaning(code, op, arg);
            sb.append((head + operand + (meaning.isEmpty() ? "" : " (" + meaning + ")")).stripTrailing()).append('\n');
        }
        appendExceptionTable(sb, code);
        return sb.toString();
    }

    /** As Python 3.11's dis: each run of instructions with the same handler, its target and stack depth. */
    private static void appendExceptionTable(StringBuilder sb, Code code) {
        Code.Handlers handlers = code.handlers;
        boolean header = false;
        int pc = 0;
        while (pc < handlers.of().length) {
            int h = handlers.of()[pc];
            int end = pc;
            while (end + 1 < handlers.of().length && handlers.of()[end + 1] == h) {
                end++;
            }
            if (h >= 0) {
                if (!header) {
                    sb.append("ExceptionTable:\n");
                    header = true;
                }
                sb.append(String.format("  %d to %d -> %d [%d]", pc, end, handlers.target()[h], handlers.depth()[h]))
                        .append('\n');
            }
            pc = end + 1;
        }
    }

    /** What an operand refers to, in words. */
    private static String meaning(Code code, int op, int arg) {
        return switch (Opcode.operand(op)) {
            case CONST -> code.consts[arg] instanceof Code c ? "code object " + c.name : code.consts[arg].repr();
            case NAME -> code.names[arg];
            case LOCAL -> code.varnames[arg];
            case CELL -> arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
            case JUMP -> "to " + arg;
            case BINOP -> binop(arg);
            case COMPARE -> org.gilvm.ast.CompareOperator.values()[arg].symbol();
            case INVERT -> arg == 1 ? (op == Opcode.IS_OP ? "is not" : "not in") : (op == Opcode.IS_OP ? "is" : "in");
            case CALL_KW -> (arg & 0xFF) + " args, keywords " + code.consts[arg >>> 8].repr();
            case UNPACK_EX -> (arg & 0xFF) + " before, " + (arg >>> 8) + " after";
            case FLAGS -> flags(arg);
            case AWAITED -> arg == 1 ? "__aenter__" : arg == 2 ? "__aexit__" : "";
            default -> "";
        };
    }

    private static String binop(int arg) {
        boolean inplace = arg >= org.gilvm.objects.Ops.INPLACE;
        String symbol = org.gilvm.ast.BinaryOperator.values()[inplace ? arg - org.gilvm.objects.Ops.INPLACE : arg]
                .symbol();
        return inplace ? symbol + "=" : symbol;
    }

    private static String flags(int arg) {
        List<String> parts = new ArrayList<>();
        if ((arg & 1) != 0) {
            parts.add("defaults");
        }
        if ((arg & 8) != 0) {
            parts.add("closure");
        }
        return String.join(", ", parts);
    }
}
