package dev.geoflight.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report is one self-contained page with escaped strings and the four charts. */
class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void selfContainedEscapedAndComplete() throws Exception {
        String html = Files.readString(HtmlFixture.report(dir));
        assertThat(html).startsWith("<!DOCTYPE html>");
        // Nothing is loaded: no scripts, links, external images, imports or url() references.
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("href=").doesNotContain("url(").doesNotContain("@import");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;roads&quot;");
        assertThat(html).contains("<svg id=\"hotspot-bars\"").contains("<svg id=\"memory-bars\"")
                .contains("<svg id=\"heat-map\"").contains("class=\"chart histogram\"");
        assertThat(html).contains("<h2>Recommendations</h2>").contains("wkb-over-wkt").contains("allocation-heavy");
    }
}
