package org.gilvm.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gilvm.bytecode.Source;
import org.gilvm.interp.Vm;

/** Reads a script as CPython does: UTF-8 only, with CPython's messages when it cannot. */
final class SourceFiles {
    private SourceFiles() { }

    private static int lastStatus = Vm.EXIT_OK;

    /** The source, or null after printing why not (the status is then {@link #lastStatus()}). */
    static Source read(String file, Writer err) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            return fail(err, "gilvm: can't open file '" + file + "': [Errno 2] No such file or directory\n",
                    Vm.EXIT_USAGE);
        } catch (IOException e) {
            return fail(err, "gilvm: can't open file '" + file + "': " + e.getMessage() + "\n", Vm.EXIT_USAGE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, text, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return fail(err, String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details%n",
                    bytes[bad] & 0xFF, file, line), Vm.EXIT_EXCEPTION);
        }
        decoder.flush(text);
        return new Source(file, text.flip().toString());
    }

    private static Source fail(Writer err, String message, int status) throws IOException {
        err.write(message);
        err.flush();
        lastStatus = status;
        return null;
    }

    static int lastStatus() {
        return lastStatus;
    }
}
