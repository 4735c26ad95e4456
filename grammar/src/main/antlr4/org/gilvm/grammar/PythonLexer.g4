/*
 * The tokens of gilvm's Python: the whole of Python 3.11's token set, so that constructs gilvm does
 * not support still lex and parse, and the compiler can refuse them by name.
 *
 * This grammar is action-free. Python's layout tokens (NEWLINE, INDENT, DEDENT) are made by
 * PythonLexerBase.nextToken(), which sees every raw token below, including the hidden whitespace
 * and comments, keeps the indentation stack and ignores newlines inside brackets.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Keywords (before NAME, so that 'def' is a keyword and not a name).
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

NEWLINE : '\r'? '\n' | '\r';

NAME : ID_START ID_CONTINUE*;

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING);

INTEGER
    : NON_ZERO_DIGIT ('_'? DIGIT)*
    | '0'+ ('_'? '0')*
    | '0' [oO] ('_'? [0-7])+
    | '0' [xX] ('_'? [0-9a-fA-F])+
    | '0' [bB] ('_'? [01])+
    ;

FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT;

IMAG_NUMBER : (FLOAT_NUMBER | DIGIT_PART) [jJ];

// Operators and delimiters; longest first where one is a prefix of another.
ELLIPSIS     : '...';
DOT          : '.';
STAR_STAR_EQ : '**=';
FLOOR_DIV_EQ : '//=';
LSHIFT_EQ    : '<<=';
RSHIFT_EQ    : '>>=';
POWER        : '**';
FLOOR_DIV    : '//';
LSHIFT       : '<<';
RSHIFT       : '>>';
ARROW        : '->';
WALRUS       : ':=';
EQ           : '==';
NE           : '!=';
LE           : '<=';
GE           : '>=';
ADD_EQ       : '+=';
SUB_EQ       : '-=';
MUL_EQ       : '*=';
AT_EQ        : '@=';
DIV_EQ       : '/=';
MOD_EQ       : '%=';
AND_EQ       : '&=';
OR_EQ        : '|=';
XOR_EQ       : '^=';
LPAREN       : '(';
RPAREN       : ')';
LBRACK       : '[';
RBRACK       : ']';
LBRACE       : '{';
RBRACE       : '}';
COMMA        : ',';
COLON        : ':';
SEMI         : ';';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
PERCENT      : '%';
AMP          : '&';
PIPE         : '|';
CARET        : '^';
TILDE        : '~';
LT           : '<';
GT           : '>';
ASSIGN       : '=';
AT           : '@';

// A backslash at the end of a line joins it to the next (explicit line joining).
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> channel(HIDDEN);
SPACES    : [ \t\f]+ -> channel(HIDDEN);
COMMENT   : '#' ~[\r\n]* -> channel(HIDDEN);

// Anything else is one bad character; the parser reports it, so the lexer itself never fails.
ERROR_CHAR : .;

fragment SHORT_STRING
    : '\'' (STRING_ESCAPE | ~[\\\r\n'])* '\''
    | '"' (STRING_ESCAPE | ~[\\\r\n"])* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\''
    | '"""' (STRING_ESCAPE | ~'\\')*? '"""'
    ;
fragment STRING_ESCAPE : '\\' ('\r\n' | .);
fragment STRING_PREFIX : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR];

fragment NON_ZERO_DIGIT : [1-9];
fragment DIGIT          : [0-9];
fragment DIGIT_PART     : DIGIT ('_'? DIGIT)*;
fragment POINT_FLOAT    : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART;

// Identifiers are letters (\p{L}, \p{Nl}) and '_', then also \p{Mn}, \p{Mc}, \p{Nd} and \p{Pc}.
// Beyond ASCII, PythonLexerBase checks those classes: written here, they are thousands of
// intervals, and deserialising them cost about 15 ms of every start-up. Any non-ASCII character
// outside a string or comment lands in a NAME; one that cannot be there is reported as a bad
// character, at its own column, just as when the classes were written here.
fragment ID_START    : [a-zA-Z_] | NON_ASCII;
fragment ID_CONTINUE : [a-zA-Z0-9_] | NON_ASCII;
fragment NON_ASCII   : [\u0080-\u{10FFFF}];
