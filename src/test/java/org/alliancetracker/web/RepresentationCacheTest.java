package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** The memory budget of the rendered answers, and which answers go when it is spent. */
class RepresentationCacheTest {

    private static final long MB = 1024 * 1024;

    private static RepresentationCache.Entry answerOf(int bytes) {
        return new RepresentationCache.Entry(Buffer.buffer(new byte[bytes]), null, "text/html", List.of(), null);
    }

    @Test
    void theBudgetIsAnEighthOfTheHeapUnlessConfigured() {
        assertEquals(32 * MB, RepresentationCache.budget(Optional.empty(), 256 * MB));
        assertEquals(128 * MB, RepresentationCache.budget(Optional.empty(), 1024 * MB));
        assertEquals(100 * MB, RepresentationCache.budget(Optional.of(100 * MB), 128 * MB));
    }

    @Test
    void theBudgetAlwaysHoldsTwoOfTheLargestAnswers() {
        assertEquals(2L * RepresentationCache.MAX_BODY_BYTES, RepresentationCache.budget(Optional.empty(), 64 * MB));
        assertEquals(2L * RepresentationCache.MAX_BODY_BYTES, RepresentationCache.budget(Optional.of(MB), 128 * MB));
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstAndTheRestFit() {
        RepresentationCache cache = new RepresentationCache();
        cache.limitTo(3 * MB);
        cache.put("a", answerOf((int) MB - 4096));
        cache.put("b", answerOf((int) MB - 4096));
        cache.put("c", answerOf((int) MB - 4096));
        assertNotNull(cache.get("a")); // a is now used more recently than b
        cache.put("d", answerOf((int) MB - 4096));
        assertNull(cache.get("b"), "the least recently used answer is evicted");
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertNotNull(cache.get("d"));
        assertTrue(cache.size() <= 3 * MB);
    }

    @Test
    void aNewAnswerLargerThanTheBudgetStaysAloneRatherThanBeingRenderedAgainAndAgain() {
        RepresentationCache cache = new RepresentationCache();
        cache.limitTo(2 * MB);
        cache.put("small", answerOf(1024));
        cache.put("large", answerOf(3 * (int) MB));
        assertNull(cache.get("small"));
        assertNotNull(cache.get("large"));
    }

    @Test
    void loweringTheBudgetEvictsAtOnce() {
        RepresentationCache cache = new RepresentationCache();
        cache.limitTo(8 * MB);
        for (int i = 0; i < 6; i++) {
            cache.put("answer " + i, answerOf((int) MB));
        }
        cache.limitTo(3 * MB);
        assertTrue(cache.size() <= 3 * MB, "kept " + cache.size() + " bytes");
        assertNotNull(cache.get("answer 5"), "the most recent stays");
        assertNull(cache.get("answer 0"));
    }

    @Test
    void aKeptAnswersGzippedBytesCountAgainstTheBudgetAndGoToClientsThatAcceptGzip() {
        Buffer plain = Buffer.buffer(new byte[(int) MB]);
        Buffer gzipped = Buffer.buffer(new byte[(int) MB / 2]);
        var entry = new RepresentationCache.Entry(plain, gzipped, "text/html", List.of(), null);
        RepresentationCache cache = new RepresentationCache();
        cache.limitTo(4 * MB);
        cache.put("a", entry);
        assertTrue(cache.size() >= MB + MB / 2 && cache.size() < MB + MB / 2 + 8_192, "size " + cache.size());

        assertTrue(entry.gzippedFor("gzip, deflate, br"));
        assertTrue(entry.gzippedFor("gzip"));
        assertSame(gzipped, entry.body(true));
        assertFalse(entry.gzippedFor(null));
        assertFalse(entry.gzippedFor("deflate"));
        assertFalse(entry.gzippedFor("gzip;q=0"));
        assertSame(plain, entry.body(false));
        assertFalse(answerOf(10).gzippedFor("gzip"), "nothing gzipped was kept");
    }

    @Test
    void anAnswerIsKeptBeforeAnyOfItGoesOutAndThenSentWhole() throws Exception {
        var sent = new ByteArrayOutputStream();
        List<byte[]> kept = new ArrayList<>();
        var stream = new RepresentationCache.Capture.KeepingStream(sent, body -> {
            assertEquals(0, sent.size(), "kept before a byte is sent");
            kept.add(body);
        });
        stream.write("<p>".getBytes());
        stream.write('x');
        stream.flush();
        assertEquals(0, sent.size(), "held until the writer is done");
        stream.close();
        assertEquals("<p>x", new String(kept.get(0)));
        assertEquals("<p>x", sent.toString());
        stream.release();
        assertEquals(1, kept.size(), "kept once");
        assertEquals("<p>x", sent.toString(), "sent once");
    }

    @Test
    void anAnswerTooLargeToKeepStreamsOnWholeAndIsNotKept() throws Exception {
        var sent = new ByteArrayOutputStream();
        List<byte[]> kept = new ArrayList<>();
        var stream = new RepresentationCache.Capture.KeepingStream(sent, kept::add);
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i * chunk.length <= RepresentationCache.MAX_BODY_BYTES; i++) {
            stream.write(chunk);
        }
        assertTrue(sent.size() > RepresentationCache.MAX_BODY_BYTES, "streamed once past the limit");
        stream.write('z');
        stream.close();
        assertTrue(kept.isEmpty());
        byte[] all = sent.toByteArray();
        assertEquals((RepresentationCache.MAX_BODY_BYTES / chunk.length + 1) * chunk.length + 1, all.length);
        assertEquals('z', all[all.length - 1]);
    }
}
