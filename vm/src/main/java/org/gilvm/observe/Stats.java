package org.gilvm.observe;

import org.gilvm.heap.Audit;
import org.gilvm.heap.Heap;

/**
 * The stats JSON ({@code --stats-json=FILE}). Its field names are a contract: tools and tests read
 * them (DESIGN.md §5), so they are written here and nowhere else, and the audit's fields come from
 * {@link Audit.Kind#field}.
 */
public final class Stats {
    private Stats() { }

    public static String json(Heap heap, int exitStatus) {
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
        sb.append("}, \"exit_status\": ").append(exitStatus).append("}\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, long value) {
        sb.append(", \"").append(name).append("\": ").append(value);
    }
}
