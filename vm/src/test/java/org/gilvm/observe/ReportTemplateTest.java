package org.gilvm.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's template, read as text: what can be checked without a browser, so that a machine
 * with none (where ReportBrowserTest is skipped) still catches a template that would need the network.
 */
class ReportTemplateTest {
    private static String template() throws IOException {
        try (InputStream in = Report.class.getResourceAsStream("report.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDataGoesIntoItsOwnScriptElementOnce() throws IOException {
        String html = template();
        assertEquals(html.indexOf("/*GILVM_DATA*/"), html.lastIndexOf("/*GILVM_DATA*/"), "one placeholder");
        assertTrue(html.contains("<script id=\"gilvm-data\" type=\"application/json\">/*GILVM_DATA*/</script>"));
    }

    /** A report is opened from disk, offline: it names no other file and no address, and forbids fetching. */
    @Test
    void theTemplateFetchesNothing() throws IOException {
        String html = template();
        for (String loader : List.of("src=", "href=", "url(", "@import", "fetch(", "XMLHttpRequest", "import(",
                "WebSocket", "EventSource", "http://", "https://", "//cdn")) {
            assertTrue(!html.contains(loader), "the template mentions " + loader);
        }
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"\\s+content=\"([^\"]*)\"").matcher(html);
        assertTrue(policy.find(), "a content security policy");
        assertTrue(policy.group(1).startsWith("default-src 'none';"), policy.group(1));
    }
}
