package org.gilvm.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gilvm.heap.Audit;

/**
 * The race lab's vocabulary ({@code gilvm stress}): what one run's outcome is, and what the script
 * says about the outcomes it may have.
 *
 * <p><b>The outcome line</b> is what annotations match. A crash (exit status 139, the simulated
 * segfault) is {@code crash}, a detected deadlock (exit 3) is {@code deadlock}, a run killed for
 * taking too long is {@code timeout}: what such a run printed before is noise. Any other run is its
 * stdout, the final newline stripped and the lines joined by {@code " | "}, then {@code " [corrupted]"}
 * if the audit found a wrong count or a use-after-free happened, then {@code " [exit N]"} if the exit
 * status N is not 0.
 *
 * <p><b>Annotations</b> are comment lines of the script's leading comment block (before its first
 * line of code): {@code # outcome: REGEX -> GRADE "description"}, tried in their order, the first
 * whose Java regex is found in the outcome line grading it; and at most one
 * {@code # modes: gil=on,gil=off}, the modes to run when the command line names none.
 */
public final class Outcomes {
    private Outcomes() { }

    /** jcstress's grades, in the order tables list them. */
    public enum Grade {
        EXPECTED, INTERESTING, FORBIDDEN, UNKNOWN;

        public String word() {
            return name().toLowerCase();
        }
    }

    /** How a run ended, as far as the heap is concerned. */
    public enum Verdict { CLEAN, CORRUPTED, CRASHED }

    public static final int EXIT_CRASH = 139;
    public static final int EXIT_DEADLOCK = 3;

    /** One line of the header: {@code # outcome: REGEX -> GRADE "description"}. */
    public record Annotation(int line, Pattern regex, Grade grade, String description) {
        public boolean matches(String outcomeLine) {
            return regex.matcher(outcomeLine).find();
        }
    }

    /** What a script's header says: its annotations, in order, and its modes (null when it names none). */
    public record Header(List<Annotation> annotations, String modes, int modesLine) {
        /** The first annotation that matches, or null. */
        public Annotation grade(String outcomeLine) {
            for (Annotation a : annotations) {
                if (a.matches(outcomeLine)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** A header line that looks like an annotation but is not a good one; {@code line} is 1-based. */
    public static final class BadAnnotation extends Exception {
        public final int line;

        public BadAnnotation(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** What one run left behind; {@code statsJson} is null when the run wrote none. */
    public record Run(int exitStatus, boolean timedOut, String stdout, String stderr, String statsJson) { }

    private static final Pattern OUTCOME = Pattern.compile("^#\\s*outcome:(.*)$");
    private static final Pattern MODES = Pattern.compile("^#\\s*modes:(.*)$");
    // Lazy: the first " -> GRADE" after which the rest of the line parses, so a regex may contain "->".
    private static final Pattern BODY = Pattern.compile(
            "^\\s*(.*?)\\s*->\\s*(expected|acceptable|interesting|forbidden)(?:\\s+\"(.*)\")?\\s*$");
    private static final Pattern ARROW = Pattern.compile("->\\s*(\\S*)(.*)$");

    /** Reads the annotations of a script's leading comment block. */
    public static Header parseHeader(String source) throws BadAnnotation {
        List<Annotation> annotations = new ArrayList<>();
        String modes = null;
        int modesLine = 0;
        String[] lines = source.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = OUTCOME.matcher(line);
            if (m.matches()) {
                annotations.add(annotation(i + 1, m.group(1)));
                continue;
            }
            m = MODES.matcher(line);
            if (m.matches()) {
                if (modes != null) {
                    throw new BadAnnotation(i + 1, "a second '# modes:' line (the first is line " + modesLine + ")");
                }
                modes = m.group(1).strip();
                modesLine = i + 1;
                if (modes.isEmpty()) {
                    throw new BadAnnotation(i + 1, "'# modes:' names no mode");
                }
            }
        }
        return new Header(List.copyOf(annotations), modes, modesLine);
    }

    private static Annotation annotation(int line, String body) throws BadAnnotation {
        Matcher m = BODY.matcher(body);
        if (!m.matches()) {
            Matcher arrow = ARROW.matcher(body);
            if (!arrow.find()) {
                throw new BadAnnotation(line, "expected '# outcome: REGEX -> GRADE \"description\"'");
            }
            String grade = arrow.group(1);
            if (!grade.matches("expected|acceptable|interesting|forbidden")) {
                throw new BadAnnotation(line, "unknown grade '" + grade
                        + "' (expected one of expected, interesting, forbidden)");
            }
            throw new BadAnnotation(line, "after the grade, only a description in double quotes may follow");
        }
        String regex = m.group(1);
        if (regex.isEmpty()) {
            throw new BadAnnotation(line, "no regular expression before '->'");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BadAnnotation(line, "bad regular expression '" + regex + "': " + e.getDescription());
        }
        Grade grade = m.group(2).equals("acceptable") ? Grade.EXPECTED : Grade.valueOf(m.group(2).toUpperCase());
        return new Annotation(line, pattern, grade, m.group(3) == null ? "" : m.group(3));
    }

    /**
     * Corrupted means a count was wrong or an object was used after it was freed. Every audit
     * finding but cyclic garbage counts: "leaked" is an unreachable object whose count can never
     * reach zero (a count too high), while cyclic garbage is a cycle whose counts are exact, which
     * gc.collect() would free. A run that wrote no stats (it died before) shows nothing wrong.
     */
    public static Verdict verdict(int exitStatus, String statsJson) {
        if (exitStatus == EXIT_CRASH) {
            return Verdict.CRASHED;
        }
        if (statsJson == null) {
            return Verdict.CLEAN;
        }
        List<String> fields = new ArrayList<>();
        for (Audit.Kind k : Audit.Kind.values()) {
            if (k != Audit.Kind.CYCLIC_GARBAGE) {
                fields.add(k.field);
            }
        }
        fields.add("use_after_free");
        for (String field : fields) {
            Matcher m = Pattern.compile("\"" + field + "\":\\s*(\\d+)").matcher(statsJson);
            if (m.find() && !m.group(1).equals("0")) {
                return Verdict.CORRUPTED;
            }
        }
        return Verdict.CLEAN;
    }

    /** The outcome line of a run (see the class comment). */
    public static String line(Run run) {
        if (run.timedOut()) {
            return "timeout";
        }
        return line(run.exitStatus(), run.stdout(), verdict(run.exitStatus(), run.statsJson()));
    }

    /** The outcome line of a run that ended with {@code exitStatus}, given its verdict. */
    public static String line(int exitStatus, String stdout, Verdict verdict) {
        if (exitStatus == EXIT_CRASH) {
            return "crash";
        }
        if (exitStatus == EXIT_DEADLOCK) {
            return "deadlock";
        }
        StringBuilder sb = new StringBuilder(String.join(" | ", lines(stdout)));
        if (verdict == Verdict.CORRUPTED) {
            sb.append(" [corrupted]");
        }
        if (exitStatus != 0) {
            sb.append(" [exit ").append(exitStatus).append(']');
        }
        return sb.toString();
    }

    /** A run's stdout as lines, without the last line's end. */
    public static List<String> lines(String stdout) {
        String out = stdout.replace("\r\n", "\n");
        if (out.endsWith("\n")) {
            out = out.substring(0, out.length() - 1);
        }
        return List.of(out.split("\n", -1));
    }
}
