package org.gilvm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test programs under src/test/resources, by folder. */
public final class Corpus {
    private Corpus() { }

    public static Path folder(String name) {
        try {
            return Path.of(Corpus.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource folder missing: " + name, e);
        }
    }

    public static List<Path> programs(String folder) throws IOException {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    public static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    public static String sibling(Path program, String extension) throws IOException {
        String name = program.getFileName().toString().replaceAll("\\.py$", extension);
        return read(program.resolveSibling(name));
    }

    /** Runs CPython on a file in its own folder; null when python3 is not installed. */
    public static String cpython(Path program, String... flags) throws IOException, InterruptedException {
        String[] both = cpythonOutAndErr(program, flags);
        return both == null ? null : both[0];
    }

    /**
     * Runs CPython on a file in its own folder: its stdout, and its stderr with the folder's
     * absolute path taken out (CPython names the main script by its absolute path, in tracebacks
     * and at the start of a warning; the expected files name it as given); null when python3 is
     * not installed.
     */
    public static String[] cpythonOutAndErr(Path program, String... flags) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(flags));
        cmd.add(program.getFileName().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(program.getParent().toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectErrorStream(false);
        // stdin is the program's NAME.in, or nothing: a program that reads must never wait.
        java.io.File stdin = program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".in")).toFile();
        pb.redirectInput(stdin.exists() ? stdin : new java.io.File("/dev/null"));
        Process p;
        try {
            p = pb.start();
        } catch (IOException notInstalled) {
            return null;
        }
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (InputStream e = p.getErrorStream()) {
                return new String(e.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException gone) {
                return "";
            }
        });
        try (InputStream in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return new String[] {out, withoutFolder(err.join(), program.getParent().toAbsolutePath().toString())};
        }
    }

    /**
     * What regenerate.sh does to the expected stderr files: the script's folder goes (also from
     * asyncio's reprs: "coro=<f() done, defined at /abs/x.py:5>").
     */
    private static String withoutFolder(String text, String folder) {
        return text.replace("File \"" + folder + "/", "File \"").replace(" at " + folder + "/", " at ")
                .replaceAll("(?m)^" + java.util.regex.Pattern.quote(folder + "/"), "");
    }

    public static boolean hasCPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").start();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
