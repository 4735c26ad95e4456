package org.gilvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instruction table: every opcode constant is defined once, under its own name, with no gaps. */
class OpcodeTest {
    @Test
    void everyConstantIsDefinedUnderItsOwnName() throws IllegalAccessException {
        Map<Integer, String> constants = new HashMap<>();
        for (Field f : Opcode.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() == int.class && Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)) {
                String clash = constants.put(f.getInt(null), f.getName());
                assertEquals(null, clash, "two constants for opcode " + f.getInt(null));
            }
        }
        assertEquals(constants.size(), Opcode.count(), "constants 0 .. count-1, no gaps");
        for (var e : constants.entrySet()) {
            assertEquals(e.getValue(), Opcode.name(e.getKey()));
            assertTrue(!Opcode.doc(e.getKey()).isEmpty(), e.getValue());
        }
    }

    @Test
    void stackEffects() {
        assertEquals(1, Opcode.stackEffect(Opcode.LOAD_CONST, 0));
        assertEquals(-1, Opcode.stackEffect(Opcode.POP_TOP, 0));
        assertEquals(-1, Opcode.stackEffect(Opcode.POP_JUMP_IF_FALSE, 5));
        assertEquals(0, Opcode.jumpStackEffect(Opcode.JUMP_IF_FALSE_OR_POP, 5));
        assertEquals(-1, Opcode.stackEffect(Opcode.JUMP_IF_FALSE_OR_POP, 5));
    }
}
