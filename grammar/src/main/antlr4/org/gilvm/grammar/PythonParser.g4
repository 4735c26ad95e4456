/*
 * gilvm's Python syntax: Python 3.11's statement and expression forms in the classic LL shape
 * (compare CPython's Grammar/python.gram). It accepts more than gilvm runs: the AST builder and the
 * compiler refuse the rest by name, so a user reads "'lambda' is not supported by gilvm" and never
 * a puzzling "invalid syntax". Assignment targets are checked by the AST builder, as in CPython.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : (NEWLINE | stmt)* EOF;

stmt : simple_stmts | compound_stmt;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | import_name
    | import_from
    | yield_expr
    ;

// Left-factored: one testlist_star_expr, then what follows it decides (one token of lookahead).
// Three alternatives that each start with it made every statement's prediction scan the whole
// expression, building fresh DFA states for each shape of expression.
expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign (yield_expr | testlist)
      | ('=' (yield_expr | testlist_star_expr))*
      )
    ;
annassign : ':' test ('=' (yield_expr | testlist_star_expr))?;
augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

del_stmt      : 'del' exprlist;
pass_stmt     : 'pass';
break_stmt    : 'break';
continue_stmt : 'continue';
return_stmt   : 'return' testlist_star_expr?;
raise_stmt    : 'raise' (test ('from' test)?)?;
global_stmt   : 'global' NAME (',' NAME)*;
nonlocal_stmt : 'nonlocal' NAME (',' NAME)*;
assert_stmt   : 'assert' test (',' test)?;

import_name     : 'import' dotted_as_name (',' dotted_as_name)*;
import_from     : 'from' relative_dots dotted_name? 'import' ('*' | '(' import_as_names ')' | import_as_names);
relative_dots   : ('.' | '...')*;
import_as_name  : NAME ('as' NAME)?;
dotted_as_name  : dotted_name ('as' NAME)?;
import_as_names : import_as_name (',' import_as_name)* ','?;
dotted_name     : NAME ('.' NAME)*;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    ;

if_stmt    : 'if' namedexpr_test ':' block ('elif' namedexpr_test ':' block)* ('else' ':' block)?;
while_stmt : 'while' namedexpr_test ':' block ('else' ':' block)?;
for_stmt   : 'for' exprlist 'in' testlist ':' block ('else' ':' block)?;
try_stmt
    : 'try' ':' block
      ( (except_clause ':' block)+ ('else' ':' block)? ('finally' ':' block)?
      | 'finally' ':' block
      )
    ;
except_clause : 'except' '*'? (test ('as' NAME)?)?;
with_stmt     : 'with' with_item (',' with_item)* ':' block;
with_item     : test ('as' expr)?;
async_stmt    : 'async' (funcdef | with_stmt | for_stmt);

decorated : decorator+ (classdef | funcdef | async_stmt);
decorator : '@' namedexpr_test NEWLINE;

funcdef    : 'def' NAME parameters ('->' test)? ':' block;
parameters : '(' (param (',' param)* ','?)? ')';
param
    : NAME (':' test)? ('=' test)?   # PlainParam
    | '*' (NAME (':' test)?)?        # StarParam
    | '**' NAME (':' test)?          # DoubleStarParam
    | '/'                            # PositionalOnlyMarker
    ;

classdef : 'class' NAME ('(' arglist? ')')? ':' block;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT;

// Expressions, loosest first.
namedexpr_test : test (':=' test)?;
test
    : or_test ('if' or_test 'else' test)?
    | lambdef
    ;
test_nocond : or_test | lambdef_nocond;
lambdef        : 'lambda' lambda_params? ':' test;
lambdef_nocond : 'lambda' lambda_params? ':' test_nocond;
lambda_params  : lambda_param (',' lambda_param)* ','?;
lambda_param   : NAME ('=' test)? | '*' NAME? | '**' NAME | '/';

or_test    : and_test ('or' and_test)*;
and_test   : not_test ('and' not_test)*;
not_test   : 'not' not_test | comparison;
comparison : expr (comp_op expr)*;
comp_op    : '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not';
star_expr  : '*' expr;

expr       : xor_expr ('|' xor_expr)*;
xor_expr   : and_expr ('^' and_expr)*;
and_expr   : shift_expr ('&' shift_expr)*;
shift_expr : arith_expr (shift_op arith_expr)*;
shift_op   : '<<' | '>>';
arith_expr : term (add_op term)*;
add_op     : '+' | '-';
term       : factor (mul_op factor)*;
mul_op     : '*' | '@' | '/' | '%' | '//';
factor     : unary_op factor | power;
unary_op   : '+' | '-' | '~';
power      : atom_expr ('**' factor)?;
atom_expr  : 'await'? atom trailer*;

atom
    : '(' (yield_expr | testlist_comp)? ')'   # ParenAtom
    | '[' testlist_comp? ']'                  # ListAtom
    | '{' dictorsetmaker? '}'                 # BraceAtom
    | NAME                                    # NameAtom
    | INTEGER                                 # IntAtom
    | FLOAT_NUMBER                            # FloatAtom
    | IMAG_NUMBER                             # ImagAtom
    | STRING+                                 # StringAtom
    | '...'                                   # EllipsisAtom
    | 'None'                                  # NoneAtom
    | 'True'                                  # TrueAtom
    | 'False'                                 # FalseAtom
    ;

testlist_comp : (namedexpr_test | star_expr) (comp_for | (',' (namedexpr_test | star_expr))* ','?);

trailer
    : '(' arglist? ')'       # CallTrailer
    | '[' subscriptlist ']'  # SubscriptTrailer
    | '.' NAME               # AttributeTrailer
    ;
subscriptlist : subscript (',' subscript)* ','?;
subscript
    : test                               # IndexSubscript
    | test? ':' test? (':' test?)?       # SliceSubscript
    | star_expr                          # StarSubscript
    ;

exprlist : (expr | star_expr) (',' (expr | star_expr))* ','?;
testlist : test (',' test)* ','?;
testlist_star_expr : (test | star_expr) (',' (test | star_expr))* ','?;

dictorsetmaker
    : dict_item (comp_for | (',' dict_item)* ','?)                                       # DictMaker
    | (namedexpr_test | star_expr) (comp_for | (',' (namedexpr_test | star_expr))* ','?)  # SetMaker
    ;
dict_item : test ':' test | '**' expr;

arglist  : argument (',' argument)* ','?;
argument
    : test comp_for?     # PositionalArgument
    | NAME ':=' test     # WalrusArgument
    | NAME '=' test      # KeywordArgument
    | '**' test          # DoubleStarArgument
    | '*' test           # StarArgument
    ;

comp_iter : comp_for | comp_if;
comp_for  : 'async'? 'for' exprlist 'in' or_test comp_iter?;
comp_if   : 'if' test_nocond comp_iter?;

yield_expr : 'yield' ('from' test | testlist_star_expr)?;
