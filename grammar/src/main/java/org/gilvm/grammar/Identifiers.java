package org.gilvm.grammar;

import java.util.Arrays;

/**
 * The characters an identifier may hold beyond ASCII, as the grammar had them (see NAME in
 * PythonLexer.g4): it starts with a letter ({@code \p{L}}, {@code \p{Nl}}) and goes on with letters,
 * {@code \p{Mn}}, {@code \p{Mc}}, {@code \p{Nd}} and {@code \p{Pc}}, in the Unicode of CPython 3.11
 * (14.0).
 *
 * <p>Java 17 knows Unicode 13.0: the characters Unicode 14.0 added to those classes are listed
 * below. None of the characters Java 17 knows changed class in 14.0. The lists were made with
 * CPython 3.11's unicodedata: a code point unassigned for Java whose category is one of the
 * classes (ranges of first and last code point, inclusive).
 */
final class Identifiers {
    private Identifiers() { }

    /** Letters (and letter numbers) added by Unicode 14.0. */
    private static final int[] START_14 = {
        0x870, 0x887, 0x889, 0x88E, 0x8B5, 0x8B5, 0x8C8, 0x8C9, 0xC5D, 0xC5D, 0xCDD, 0xCDD, 0x170D, 0x170D,
        0x171F, 0x171F, 0x1B4C, 0x1B4C, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1,
        0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9, 0xA7F2, 0xA7F4, 0x10570, 0x1057A, 0x1057C, 0x1058A,
        0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9,
        0x105BB, 0x105BC, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10F70, 0x10F81,
        0x11071, 0x11072, 0x11075, 0x11075, 0x11740, 0x11746, 0x11AB0, 0x11ABF, 0x12F90, 0x12FF0,
        0x16A70, 0x16ABE, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B11F, 0x1B122,
        0x1DF00, 0x1DF1E, 0x1E290, 0x1E2AD, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
        0x1E7F0, 0x1E7FE, 0x2A6DE, 0x2A6DF, 0x2B735, 0x2B738,
    };

    /** Marks, digits and connectors added by Unicode 14.0. */
    private static final int[] PART_14 = {
        0x898, 0x89F, 0x8CA, 0x8D2, 0xC3C, 0xC3C, 0x1715, 0x1715, 0x180F, 0x180F, 0x1AC1, 0x1ACE,
        0x1DFA, 0x1DFA, 0x10F82, 0x10F85, 0x11070, 0x11070, 0x11073, 0x11074, 0x110C2, 0x110C2,
        0x16AC0, 0x16AC9, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1E2AE, 0x1E2AE,
    };

    static boolean isStart(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.LETTER_NUMBER -> true;
            case Character.UNASSIGNED -> in(START_14, cp);
            default -> false;
        };
    }

    static boolean isPart(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.LETTER_NUMBER,
                 Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.CONNECTOR_PUNCTUATION -> true;
            case Character.UNASSIGNED -> in(START_14, cp) || in(PART_14, cp);
            default -> false;
        };
    }

    private static boolean in(int[] ranges, int cp) {
        // The index of the first range bound >= cp: inside a range when it is a last code point.
        int i = Arrays.binarySearch(ranges, cp);
        return i >= 0 || (-i - 1) % 2 == 1;
    }
}
