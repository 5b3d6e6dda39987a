package org.alliancetracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.RuntimeDelegate;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

import org.alliancetracker.config.TrackerConfig;

/**
 * Rendered answers for visitors and bots, kept by address and ETag (which holds the data version): while the data
 * does not change, a page, chart, feed or API answer is rendered once and then served from memory. A change makes
 * a new ETag, so stale entries are never served and age out of this least-recently-used map, bounded by bytes.
 * (An answer just rendered is always kept, whatever its use so far: a cache with an admission policy, such as
 * Caffeine's, may turn a large new answer away, and a page of 10,000 members would then be rendered on every request.)
 * <p>
 * The budget is {@code tracker.cache.max-size}, by default an eighth of the heap: on the 128 MB heap of the container,
 * a fixed 48 MB left the rest of the application too little room, and a crawl of every page spent its time in full
 * collections.
 */
@ApplicationScoped
public class RepresentationCache {

    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** Room for two of the largest answers it keeps, whatever the heap. */
    static final long MIN_TOTAL_BYTES = 2L * MAX_BODY_BYTES;
    /** What an entry costs beside its body: its key, headers and record. */
    private static final int ENTRY_OVERHEAD_BYTES = 2_048;
    static final String KEY = "tracker.cache-key";
    /** Where Quarkus's request metrics look for the route template of a request (its JAX-RS filter puts it there). */
    static final String METRICS_TEMPLATE = "UrlPathTemplate";

    /** Response headers that belong to one request, never to a kept answer. */
    private static final Set<String> PER_REQUEST_HEADERS = Set.of("content-type", "content-length",
            "transfer-encoding", "date", "set-cookie", "x-cache", "ratelimit-limit", "ratelimit-remaining",
            "ratelimit-reset");

    /**
     * A rendered answer: its bytes (as a buffer the event loop writes as it is), the same gzipped (null for a type
     * that is not text, or with compression off), its content type, the headers the application's filters gave it
     * (ETag, caching, security, a list's Link), and the route template its request metrics are filed under.
     */
    public record Entry(Buffer body, Buffer gzipped, String contentType, List<Map.Entry<String, String>> headers,
            String metricsTemplate) {

        /**
         * Whether the answer goes gzipped to a request with this Accept-Encoding: kept so, and gzip the coding the
         * server's compressor would choose. Such an answer is sent as {@code body(true)} with
         * {@code Content-Encoding: gzip}; otherwise the plain bytes go to the compressor like a fresh answer's.
         */
        public boolean gzippedFor(String acceptEncoding) {
            return gzipped != null && "gzip".equals(PublicCompression.codingFor(acceptEncoding));
        }

        /** The bytes to send: gzipped, as {@link #gzippedFor} decided, or plain. */
        public Buffer body(boolean gzip) {
            return gzip ? gzipped : body;
        }

        /** The link to a list's next page, if any. */
        public String link() {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase("Link")).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    @Inject
    TrackerConfig config;

    private long maxTotalBytes = MIN_TOTAL_BYTES;
    private long totalBytes;

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

    @PostConstruct
    void configure() {
        limitTo(budget(config.cache().maxSize().map(MemorySize::asLongValue), Runtime.getRuntime().maxMemory()));
    }

    /** The configured size, or an eighth of the heap; never less than room for two of the largest answers. */
    static long budget(Optional<Long> configured, long maxHeapBytes) {
        return Math.max(MIN_TOTAL_BYTES, configured.orElse(maxHeapBytes / 8));
    }

    /** Sets the budget, evicting the least recently used answers until the kept ones fit. */
    synchronized void limitTo(long bytes) {
        maxTotalBytes = bytes;
        evictOver(null);
    }

    /** How many bytes the kept answers may take. */
    synchronized long budget() {
        return maxTotalBytes;
    }

    /** How many bytes the kept answers take, as the budget counts them. */
    synchronized long size() {
        return totalBytes;
    }

    private static long weight(Entry entry) {
        return entry.body().length() + (entry.gzipped() == null ? 0 : entry.gzipped().length()) + ENTRY_OVERHEAD_BYTES;
    }

    public synchronized Entry get(String key) {
        return entries.get(key);
    }

    public synchronized void put(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        totalBytes += weight(entry) - (old == null ? 0 : weight(old));
        evictOver(entry);
    }

    /** The least recently used go first, until the rest fit; {@code kept}, the newest answer, always stays. */
    private void evictOver(Entry kept) {
        var eldest = entries.values().iterator();
        while (totalBytes > maxTotalBytes && eldest.hasNext()) {
            Entry evicted = eldest.next();
            if (evicted == kept) {
                break;
            }
            totalBytes -= weight(evicted);
            eldest.remove();
        }
    }

    /** Keeps each cacheable answer in the cache before its bytes are sent to the client. */
    @Provider
    public static class Capture implements WriterInterceptor {

        @Inject
        RepresentationCache cache;

        @Inject
        PublicCompression compression;

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            Object key = context.getProperty(KEY);
            if (key == null) {
                context.proceed();
                return;
            }
            KeepingStream stream = new KeepingStream(context.getOutputStream(),
                    body -> keep((String) key, body, context));
            context.setOutputStream(stream);
            context.proceed();
            stream.release(); // for a writer that leaves the stream open
        }

        /**
         * Holds an answer's bytes until the writer is done, then keeps them and only then sends them: the output
         * stream may end the response with its last write, and a client that asks again as soon as it has the answer
         * must find it kept. An answer too large to keep is sent on as it is written.
         */
        static final class KeepingStream extends OutputStream {
            private final OutputStream original;
            private final Consumer<byte[]> keeper;
            private ByteArrayOutputStream held = new ByteArrayOutputStream();

            KeepingStream(OutputStream original, Consumer<byte[]> keeper) {
                this.original = original;
                this.keeper = keeper;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (held == null) {
                    original.write(b, off, len);
                    return;
                }
                held.write(b, off, len);
                if (held.size() > MAX_BODY_BYTES) { // too large to keep: what is held goes out, the rest streams
                    held.writeTo(original);
                    held = null;
                }
            }

            @Override
            public void flush() throws IOException {
                if (held == null) {
                    original.flush();
                }
            }

            @Override
            public void close() throws IOException {
                release();
                original.close();
            }

            /** Keeps the held answer, then sends it; once only. */
            void release() throws IOException {
                if (held != null) {
                    byte[] body = held.toByteArray();
                    held = null;
                    keeper.accept(body);
                    original.write(body);
                }
            }
        }

        private void keep(String key, byte[] body, WriterInterceptorContext context) {
            if (context.getMediaType() == null) {
                return;
            }
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            context.getHeaders().forEach((name, values) -> {
                if (!PER_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> headers.add(Map.entry(name, headerText(value))));
                }
            });
            String contentType = context.getMediaType().toString();
            byte[] gzipped = compression.gzippedForKeeping(body, contentType);
            cache.put(key, new Entry(Buffer.buffer(body), gzipped == null ? null : Buffer.buffer(gzipped), contentType,
                    List.copyOf(headers), metricsTemplate()));
        }

        private static String metricsTemplate() {
            Context context = Vertx.currentContext();
            return context != null && VertxContext.isDuplicatedContext(context) ? context.getLocal(METRICS_TEMPLATE)
                    : null;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static String headerText(Object value) {
            if (value instanceof String text) {
                return text;
            }
            RuntimeDelegate.HeaderDelegate delegate = RuntimeDelegate.getInstance()
                    .createHeaderDelegate(value.getClass());
            return delegate == null ? value.toString() : delegate.toString(value);
        }
    }
}
