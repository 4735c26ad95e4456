package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.Gilvm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where {@code await}, {@code async with}, {@code async for} and asynchronous comprehensions may
 * stand, and what async generators may not do: CPython 3.11's messages, word for word (the error
 * corpus checks only the class and the line of a SyntaxError).
 */
class AsyncSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "await x|'await' outside function",
        "class C:\\n    await x|'await' outside function",
        "def f():\\n    await x|'await' outside async function",
        "async def f():\\n    g = lambda: await x|'await' outside async function",
        "async def f():\\n    def g():\\n        await x|'await' outside async function",
        "async def f():\\n    class C:\\n        await x|'await' outside function",
        "def f():\\n    async with a:\\n        pass|'async with' outside async function",
        "async with a:\\n    pass|'async with' outside async function",
        "def f():\\n    async for x in y:\\n        pass|'async for' outside async function",
        "def f():\\n    return [x async for x in y]|asynchronous comprehension outside of an asynchronous function",
        "def f():\\n    return [await x for x in y]|asynchronous comprehension outside of an asynchronous function",
        "def f():\\n    return [[x async for x in y] for z in w]|asynchronous comprehension outside of an asynchronous function",
        "async def f():\\n    yield from x|'yield from' inside async function",
        "async def f():\\n    return 1\\n    yield|'return' with value in async generator",
        "async def f():\\n    return [(yield) for x in y]|'yield' inside list comprehension",
        "async def f():\\n    await x = 1|cannot assign to await expression",
        "async = 1|invalid syntax",
        "@d\\nasync for x in y:\\n    pass|invalid syntax",
    })
    void refused(String source, String message) {
        Gilvm.Result r = Gilvm.run("t.py", source.replace("\\n", "\n") + "\n");
        assertEquals(1, r.status(), r.out());
        String err = r.err();
        assertEquals("SyntaxError: " + message + "\n", err.substring(err.lastIndexOf('\n', err.length() - 2) + 1), err);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // An asynchronous generator expression is allowed anywhere: it makes an async generator.
        "def f(y):\\n    return (x async for x in y)\\nasync def g():\\n    yield 1\\nprint(type(f(g())).__name__)|async_generator",
        "async def f(y):\\n    return (await x for x in y)\\nc = f([])\\nc.close()\\nprint(type(c).__name__)|coroutine",
        "async def f():\\n    return [[x async for x in y] for z in w]\\nc = f()\\nc.close()\\nprint('ok')|ok",
        "async def f():\\n    yield 1\\n    return\\nprint(type(f()).__name__)|async_generator",
    })
    void accepted(String source, String out) {
        Gilvm.Result r = Gilvm.run("t.py", source.replace("\\n", "\n") + "\n");
        assertEquals(out + "\n", r.out(), r.err());
    }
}
