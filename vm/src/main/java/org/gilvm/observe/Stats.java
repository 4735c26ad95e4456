package org.gilvm.observe;

import java.util.List;
import org.gilvm.heap.Audit;
import org.gilvm.heap.Heap;

/**
 * The stats JSON ({@code --stats-json=FILE}) and the summary {@code --stats} prints. The JSON's
 * field names are a contract: tools and tests read them (DESIGN.md §5), so they are written here
 * and nowhere else, and the audit's fields come from {@link Audit.Kind#field}.
 */
public final class Stats {
    private Stats() { }

    /** One thread's share of the GIL. */
    public record ThreadTimes(String name, long holdNanos, long waitNanos, long acquisitions, long forcedSwitches,
                              long dropRequests) { }

    /** The GIL's side of a run. */
    public record GilReport(boolean enabled, long switchIntervalMicros, String switchAt, long switches,
                            long dropRequests, List<ThreadTimes> threads) { }

    public static String json(Heap heap, GilReport gil, int exitStatus) {
        long allocated = heap.allocated();
        long freed = heap.freed();
        StringBuilder sb = new StringBuilder("{\"refcount\": {");
        sb.append("\"mode\": \"").append(heap.mode().name().toLowerCase()).append('"');
        field(sb, "allocated", allocated);
        field(sb, "freed", freed);
        field(sb, "live_at_exit", allocated - freed);
        field(sb, "audits", heap.auditTotals().audits());
        for (Audit.Kind k : Audit.Kind.values()) {
            field(sb, k.field, heap.auditTotals().of(k));
        }
        field(sb, "use_after_free", heap.useAfterFreeEvents());
        sb.append("}, \"gil\": {\"enabled\": ").append(gil.enabled());
        field(sb, "switch_interval_us", gil.switchIntervalMicros());
        sb.append(", \"switch_at\": \"").append(gil.switchAt()).append('"');
        field(sb, "switches", gil.switches());
        field(sb, "drop_requests", gil.dropRequests());
        sb.append(", \"threads\": [");
        for (int i = 0; i < gil.threads().size(); i++) {
            ThreadTimes t = gil.threads().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"name\": ").append(Json.quote(t.name()));
            sb.append(", \"hold_ms\": ").append(millis(t.holdNanos()));
            sb.append(", \"wait_ms\": ").append(millis(t.waitNanos()));
            field(sb, "acquisitions", t.acquisitions());
            field(sb, "forced_switches", t.forcedSwitches());
            field(sb, "drop_requests", t.dropRequests());
            sb.append('}');
        }
        sb.append("]}, \"exit_status\": ").append(exitStatus).append("}\n");
        return sb.toString();
    }

    /** What {@code --stats} prints to stderr at exit. */
    public static String summary(Heap heap, GilReport gil) {
        long allocated = heap.allocated();
        long freed = heap.freed();
        long findings = 0;
        for (Audit.Kind k : Audit.Kind.values()) {
            findings += heap.auditTotals().of(k);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("gilvm stats: refcount %s: %d allocated, %d freed, %d live at exit; %d audits, "
                        + "%d findings; %d use-after-free%n", heap.mode().name().toLowerCase(), allocated, freed,
                allocated - freed, heap.auditTotals().audits(), findings, heap.useAfterFreeEvents()));
        sb.append(String.format("gilvm stats: GIL %s, switch interval %d us, switch at %s: %d switches, "
                        + "%d drop requests%n", gil.enabled() ? "on" : "off", gil.switchIntervalMicros(), gil.switchAt(),
                gil.switches(), gil.dropRequests()));
        for (ThreadTimes t : gil.threads()) {
            sb.append(String.format("gilvm stats:   %s: held the GIL %s ms, waited %s ms, %d acquisitions, "
                            + "%d forced switches, %d drop requests%n", t.name(), millis(t.holdNanos()),
                    millis(t.waitNanos()), t.acquisitions(), t.forcedSwitches(), t.dropRequests()));
        }
        return sb.toString();
    }

    /** Milliseconds with three decimals, as a JSON number. */
    private static String millis(long nanos) {
        return java.math.BigDecimal.valueOf(nanos / 1000).movePointLeft(3).toPlainString();
    }

    private static void field(StringBuilder sb, String name, long value) {
        sb.append(", \"").append(name).append("\": ").append(value);
    }
}
