package dev.geoflight.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The primitive encodings, written by hand as the JDK writes them. */
class JfrInputTest {

    private static void varlong(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static JfrInput input(byte[] bytes) {
        JfrInput in = new JfrInput();
        in.chunk(ByteBuffer.wrap(bytes));
        return in;
    }

    @Test
    void varintsOfEveryLength() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] values = {0, 1, 127, 128, 300, 1L << 35, Long.MAX_VALUE, -1};
        for (long v : values) {
            varlong(out, v);
        }
        JfrInput in = input(out.toByteArray());
        in.ensure(out.size());
        for (long v : values) {
            assertThat(in.varlong()).isEqualTo(v);
        }
    }

    @Test
    void stringsInEveryEncodingAndRepeatedNamesAreOneInstance() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 2; i++) {
            out.write(JfrInput.STRING_CHARS); // the JDK's encoding for short strings in events
            varlong(out, 5);
            out.writeBytes("roads".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(JfrInput.STRING_CHARS);
        varlong(out, 2);
        varlong(out, 'ö');
        varlong(out, '✓');
        byte[] utf8 = "Geometry.intersects ✓".getBytes(StandardCharsets.UTF_8);
        out.write(JfrInput.STRING_UTF8);
        varlong(out, utf8.length);
        out.writeBytes(utf8);
        out.write(JfrInput.STRING_LATIN1);
        varlong(out, 3);
        out.writeBytes("Mär".getBytes(StandardCharsets.ISO_8859_1));
        out.write(JfrInput.STRING_EMPTY);
        out.write(JfrInput.STRING_NULL);
        out.write(JfrInput.STRING_CONSTANT);
        varlong(out, 42);

        JfrInput in = input(out.toByteArray());
        in.constants(key -> key == 42 ? "from the pool" : null);
        in.ensure(out.size());
        String first = in.string();
        String second = in.string();
        assertThat(first).isEqualTo("roads").isSameAs(second);
        assertThat(in.string()).isEqualTo("ö✓");
        assertThat(in.string()).isEqualTo("Geometry.intersects ✓");
        assertThat(in.string()).isEqualTo("Mär");
        assertThat(in.string()).isEmpty();
        assertThat(in.string()).isNull();
        assertThat(in.string()).isEqualTo("from the pool");
        assertThat(in.position()).isEqualTo(out.size());
    }

    @Test
    void poolKeysGivenWithTheLookupAreResolvedAtOnceAndNotAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(JfrInput.STRING_CONSTANT);
        varlong(out, 7);
        JfrInput in = input(out.toByteArray());
        List<Long> asked = new ArrayList<>();
        in.constants(key -> {
            asked.add(key);
            return "pool " + key;
        }, List.of(7L, 9L));
        assertThat(asked).containsExactly(7L, 9L);
        in.ensure(out.size());
        assertThat(in.string()).isEqualTo("pool 7");
        assertThat(asked).containsExactly(7L, 9L);
    }

    @Test
    void sameBytesInAnotherEncodingAreAnotherString() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] latin1 = {'M', (byte) 0xe4, 'r'}; // "Mär" in Latin-1, not valid UTF-8
        out.write(JfrInput.STRING_LATIN1);
        varlong(out, 3);
        out.writeBytes(latin1);
        out.write(JfrInput.STRING_UTF8);
        varlong(out, 3);
        out.writeBytes(latin1);
        JfrInput in = input(out.toByteArray());
        in.ensure(out.size());
        assertThat(in.string()).isEqualTo("Mär");
        assertThat(in.string()).isNotEqualTo("Mär");
    }

    @Test
    void aRangeEqualToTheLastIsNotParsedAgain() throws Exception {
        byte[] bytes = {3, 1, 2, 3, 3, 1, 2, 3, 3, 1, 2, 4};
        JfrInput in = input(bytes);
        in.ensure(bytes.length);
        JfrInput.Parser<long[]> sum = input -> {
            long[] total = new long[1];
            for (int i = (int) input.varlong(); i > 0; i--) {
                total[0] += input.varlong();
            }
            return total;
        };
        long[] first = in.reuse(4, sum);
        assertThat(first).containsExactly(6);
        assertThat(in.reuse(8, sum)).as("the same bytes again").isSameAs(first);
        assertThat(in.position()).isEqualTo(8);
        assertThat(in.reuse(12, sum)).as("other bytes").containsExactly(7);
    }
}
