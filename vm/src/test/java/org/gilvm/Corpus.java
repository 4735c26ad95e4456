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
        try (InputStream in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }
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
