package org.gilvm.heap;

/** Who freed an object and where: what a use-after-free report tells. */
record FreeRecord(String thread, Site site, int pc) {
    String where() {
        return Site.format(site, pc);
    }
}
