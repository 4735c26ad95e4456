package org.gilvm.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Makes Python's layout tokens from the raw tokens of the generated lexer.
 *
 * <p>Notes on the implementation. The raw lexer emits every newline as NEWLINE and every run of
 * blanks as hidden SPACES. This class decides which newlines end a logical line: none inside
 * brackets, none on blank or comment-only lines. At the first real token of a logical line it
 * measures the indentation, as CPython's tokenizer does, twice: with tabs to the next multiple of 8
 * and with tabs counting 1. If the two measures disagree about the order of two lines, the meaning
 * depends on the tab size, and that is a TabError. A deeper indent pushes the stack and emits INDENT;
 * a shallower one pops and emits one DEDENT per level, and must land exactly on an outer level.
 * At end of input it closes the last line and every open block, so the parser always sees a
 * well-formed stream. Hidden tokens are dropped here: the parser never needs them.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;

    private final Deque<Token> pending = new ArrayDeque<>();
    /** Indentation levels as {column with tab size 8, column with tab size 1}. */
    private final Deque<int[]> indents = new ArrayDeque<>();
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    private boolean atLineStart = true;
    private Token leadingSpaces;
    private boolean finished;
    /** A character that cannot be in an identifier, found after a valid start: rejected next. */
    private Token deferredBadCharacter;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (deferredBadCharacter != null) {
                rejectBadCharacter(deferredBadCharacter);
            }
            handle(super.nextToken());
        }
        return pending.poll();
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        openBrackets.clear();
        atLineStart = true;
        leadingSpaces = null;
        finished = false;
        deferredBadCharacter = null;
    }

    private void handle(Token raw) {
        int type = raw.getType();
        if (type == Token.EOF) {
            finish(raw);
            return;
        }
        if (type == PythonLexer.ERROR_CHAR) {
            rejectBadCharacter(raw);
        }
        if (type == PythonLexer.NAME) {
            raw = checkIdentifier(raw);
            type = raw.getType();
        }
        if (atLineStart) {
            handleAtLineStart(raw, type);
            return;
        }
        switch (type) {
            case PythonLexer.NEWLINE -> {
                if (openBrackets.isEmpty()) {
                    pending.add(raw);
                    atLineStart = true;
                    leadingSpaces = null;
                }
            }
            case PythonLexer.SPACES, PythonLexer.COMMENT, PythonLexer.LINE_JOIN -> { }
            default -> emitReal(raw, type);
        }
    }

    private void handleAtLineStart(Token raw, int type) {
        switch (type) {
            case PythonLexer.SPACES -> leadingSpaces = raw;
            case PythonLexer.COMMENT, PythonLexer.LINE_JOIN -> { }
            case PythonLexer.NEWLINE -> leadingSpaces = null; // a blank line says nothing about blocks
            default -> {
                indentTo(raw, leadingSpaces == null ? "" : leadingSpaces.getText());
                atLineStart = false;
                emitReal(raw, type);
            }
        }
    }

    private void emitReal(Token raw, int type) {
        switch (type) {
            case PythonLexer.LPAREN, PythonLexer.LBRACK, PythonLexer.LBRACE -> openBrackets.push(raw);
            case PythonLexer.RPAREN, PythonLexer.RBRACK, PythonLexer.RBRACE -> openBrackets.poll();
            default -> { }
        }
        pending.add(raw);
    }

    private void indentTo(Token first, String spaces) {
        int col = 0;
        int altCol = 0;
        for (int i = 0; i < spaces.length(); i++) {
            char c = spaces.charAt(i);
            if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else {
                col++;
                altCol++;
            }
        }
        int[] top = indents.isEmpty() ? new int[] {0, 0} : indents.peek();
        if (col == top[0]) {
            requireConsistent(altCol == top[1], first);
        } else if (col > top[0]) {
            requireConsistent(altCol > top[1], first);
            indents.push(new int[] {col, altCol});
            pending.add(layoutToken(PythonLexer.INDENT, "<INDENT>", first));
        } else {
            while (!indents.isEmpty() && col < indents.peek()[0]) {
                indents.pop();
                pending.add(layoutToken(PythonLexer.DEDENT, "<DEDENT>", first));
            }
            int[] landed = indents.isEmpty() ? new int[] {0, 0} : indents.peek();
            if (col != landed[0]) {
                throw new PythonSyntaxError("IndentationError",
                        "unindent does not match any outer indentation level",
                        first.getLine(), col + 1);
            }
            requireConsistent(altCol == landed[1], first);
        }
    }

    private static void requireConsistent(boolean consistent, Token first) {
        if (!consistent) {
            throw new PythonSyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                    first.getLine(), first.getCharPositionInLine() + 1);
        }
    }

    private void finish(Token eof) {
        if (finished) {
            pending.add(eof);
            return;
        }
        finished = true;
        if (!atLineStart) {
            pending.add(layoutToken(PythonLexer.NEWLINE, "\n", eof));
        }
        for (int i = indents.size(); i > 0; i--) {
            pending.add(layoutToken(PythonLexer.DEDENT, "<DEDENT>", eof));
        }
        indents.clear();
        pending.add(eof);
    }

    /** The innermost bracket still open, or null: the parser names it when input ends inside it. */
    public Token unclosedBracket() {
        return openBrackets.peek();
    }

    /**
     * The identifier classes beyond ASCII (see NAME in PythonLexer.g4): the token itself when every
     * character may be there; otherwise what the lexer made when it matched the classes itself,
     * the valid start as a token of its own (a keyword if it spells one) and then the first
     * character that cannot be there as a bad character, rejected when the parser asks for it.
     */
    private Token checkIdentifier(Token raw) {
        String text = raw.getText();
        int offset = 0;
        for (int i = 0; i < text.length(); offset++) {
            int cp = text.codePointAt(i);
            if (cp >= 0x80 && !(i == 0 ? Identifiers.isStart(cp) : Identifiers.isPart(cp))) {
                CommonToken bad = new CommonToken(raw);
                bad.setType(PythonLexer.ERROR_CHAR);
                bad.setText(new String(Character.toChars(cp)));
                bad.setStartIndex(raw.getStartIndex() + offset);
                bad.setStopIndex(raw.getStartIndex() + offset);
                bad.setCharPositionInLine(raw.getCharPositionInLine() + offset);
                if (i == 0) {
                    rejectBadCharacter(bad);
                }
                CommonToken start = new CommonToken(raw);
                start.setText(text.substring(0, i));
                start.setStopIndex(raw.getStartIndex() + offset - 1);
                start.setType(keywordType(start.getText()));
                deferredBadCharacter = bad;
                return start;
            }
            i += Character.charCount(cp);
        }
        return raw;
    }

    /** The keyword token a name spells ('if' is IF), else NAME. */
    private int keywordType(String name) {
        String quoted = "'" + name + "'";
        for (int t = 1; t <= getVocabulary().getMaxTokenType(); t++) {
            if (quoted.equals(getVocabulary().getLiteralName(t))) {
                return t;
            }
        }
        return PythonLexer.NAME;
    }

    private void rejectBadCharacter(Token raw) {
        String text = raw.getText();
        int line = raw.getLine();
        int column = raw.getCharPositionInLine() + 1;
        char c = text.isEmpty() ? '?' : text.charAt(0);
        if (c == '\'' || c == '"') {
            boolean triple = _input.size() > raw.getStartIndex() + 2
                    && _input.getText(org.antlr.v4.runtime.misc.Interval.of(
                            raw.getStartIndex(), raw.getStartIndex() + 2)).equals(String.valueOf(c).repeat(3));
            String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
            int detectedAt = triple ? lastLineOfInput() : line;
            throw PythonSyntaxError.syntax(what + " (detected at line " + detectedAt + ")", line, column);
        }
        if (c == '\\') {
            throw PythonSyntaxError.syntax("unexpected character after line continuation character", line, column);
        }
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            throw PythonSyntaxError.syntax("invalid syntax", line, column);
        }
        int cp = text.codePointAt(0);
        throw PythonSyntaxError.syntax(String.format("invalid character '%s' (U+%04X)",
                new String(Character.toChars(cp)), cp), line, column);
    }

    private int lastLineOfInput() {
        String all = _input.getText(org.antlr.v4.runtime.misc.Interval.of(0, _input.size() - 1));
        int lines = 1;
        for (int i = 0; i < all.length(); i++) {
            if (all.charAt(i) == '\n') {
                lines++;
            }
        }
        return all.endsWith("\n") ? lines - 1 : lines;
    }

    private Token layoutToken(int type, String text, Token at) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL,
                at.getStartIndex(), at.getStartIndex() - 1);
        token.setText(text);
        token.setLine(at.getLine());
        token.setCharPositionInLine(at.getType() == Token.EOF ? 0 : at.getCharPositionInLine());
        return token;
    }
}
