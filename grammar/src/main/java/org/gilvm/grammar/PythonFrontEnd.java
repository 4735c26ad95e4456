package org.gilvm.grammar;

import java.util.Map;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one place where ANTLR is set up: source text in, parse tree out, or a {@link PythonSyntaxError}.
 *
 * <p>Parsing tries ANTLR's fast SLL mode first, bailing out at the first problem, and only on
 * failure re-parses in full LL mode, whose first error is then the real one. One throwing listener
 * serves lexer and parser, and translates ANTLR's view of an error into the words CPython uses.
 */
public final class PythonFrontEnd {
    private PythonFrontEnd() { }

    public static PythonParser.File_inputContext parse(String source) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new ThrowingListener(lexer));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.file_input();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new ThrowingListener(lexer));
            return parser.file_input();
        }
    }

    private static final class ThrowingListener extends BaseErrorListener {
        private static final Map<Integer, String> BLOCK_OWNERS = Map.of(
                PythonParser.RULE_if_stmt, "'if' statement",
                PythonParser.RULE_while_stmt, "'while' statement",
                PythonParser.RULE_for_stmt, "'for' statement",
                PythonParser.RULE_try_stmt, "'try' statement",
                PythonParser.RULE_with_stmt, "'with' statement",
                PythonParser.RULE_funcdef, "function definition",
                PythonParser.RULE_classdef, "class definition");

        private final PythonLexerBase lexer;

        ThrowingListener(PythonLexerBase lexer) {
            this.lexer = lexer;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                int charPositionInLine, String msg, RecognitionException e) {
            if (!(recognizer instanceof Parser parser) || !(offendingSymbol instanceof Token token)) {
                throw PythonSyntaxError.syntax("invalid syntax", line, charPositionInLine + 1);
            }
            throw describe(parser, token);
        }

        private PythonSyntaxError describe(Parser parser, Token token) {
            int line = token.getLine();
            int column = token.getCharPositionInLine() + 1;
            Token unclosed = lexer.unclosedBracket();
            // As CPython's parser: an error after a bracket opened on an earlier line blames the bracket.
            if (unclosed != null && (token.getType() == Token.EOF || token.getLine() > unclosed.getLine())) {
                return PythonSyntaxError.syntax("'" + unclosed.getText() + "' was never closed",
                        unclosed.getLine(), unclosed.getCharPositionInLine() + 1);
            }
            String soft = softKeywordStatement(parser, token);
            if (soft != null) {
                return PythonSyntaxError.syntax("'" + soft + "' statements are not supported by gilvm",
                        line, column);
            }
            if (token.getType() == PythonLexer.INDENT) {
                return new PythonSyntaxError("IndentationError", "unexpected indent", line, column);
            }
            IntervalSet expected = expectedTokens(parser);
            if (expected.contains(PythonLexer.INDENT)) {
                return new PythonSyntaxError("IndentationError",
                        "expected an indented block" + blockOwner(parser.getContext()), line, column);
            }
            // CPython says "expected ':'" after a statement's header, but not in a lambda.
            int rule = parser.getContext() == null ? -1 : parser.getContext().getRuleIndex();
            if (expected.size() == 1 && expected.contains(PythonLexer.COLON)
                    && rule != PythonParser.RULE_lambdef && rule != PythonParser.RULE_lambdef_nocond) {
                return PythonSyntaxError.syntax("expected ':'", line, column);
            }
            if (token.getType() == PythonLexer.NEWLINE || token.getType() == PythonLexer.DEDENT) {
                line = token.getLine();
            }
            return PythonSyntaxError.syntax("invalid syntax", line, column);
        }

        /**
         * {@code match} and {@code case} are soft keywords: the grammar reads them as names, so a
         * match statement fails to parse. When the failing line starts with one, say so by name.
         */
        private static String softKeywordStatement(Parser parser, Token token) {
            org.antlr.v4.runtime.TokenStream tokens = parser.getInputStream();
            int n = tokens.size();
            int i = Math.min(token.getTokenIndex(), n - 1);
            if (i < 0) {
                return null;
            }
            while (i > 0 && tokens.get(i - 1).getLine() == token.getLine()
                    && tokens.get(i - 1).getType() != PythonLexer.NEWLINE) {
                i--;
            }
            while (i < n && (tokens.get(i).getType() == PythonLexer.INDENT
                    || tokens.get(i).getType() == PythonLexer.DEDENT)) {
                i++;
            }
            if (i + 1 >= n) {
                return null;
            }
            Token first = tokens.get(i);
            int next = tokens.get(i + 1).getType();
            boolean soft = first.getType() == PythonLexer.NAME
                    && (first.getText().equals("match") || first.getText().equals("case"))
                    && next != PythonLexer.ASSIGN && next != PythonLexer.LPAREN && next != PythonLexer.DOT
                    && next != PythonLexer.NEWLINE;
            return soft ? "match" : null;
        }

        private static IntervalSet expectedTokens(Parser parser) {
            try {
                return parser.getExpectedTokens();
            } catch (IllegalArgumentException noState) {
                return new IntervalSet();
            }
        }

        private static String blockOwner(ParserRuleContext ctx) {
            for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
                String owner = BLOCK_OWNERS.get(c.getRuleIndex());
                if (owner != null) {
                    return " after " + owner + " on line " + c.getStart().getLine();
                }
            }
            return "";
        }
    }
}
