package org.alliancetracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Rendered answers for visitors and bots, kept by address and ETag (which holds the data version): while the data
 * does not change, a page, chart, feed or API answer is rendered once and then served from memory. A change makes
 * a new ETag, so stale entries are never served and age out of this bounded least-recently-used map.
 */
@ApplicationScoped
public class RepresentationCache {

    static final int MAX_ENTRIES = 2_000;
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 48L * 1024 * 1024;
    static final String KEY = "tracker.cache-key";

    /** A rendered answer: its bytes, its content type and the link to a list's next page, if any. */
    public record Entry(byte[] body, String contentType, Object link) {
    }

    private long totalBytes;

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            if (size() > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) {
                totalBytes -= eldest.getValue().body().length;
                return true;
            }
            return false;
        }
    };

    public synchronized Entry get(String key) {
        return entries.get(key);
    }

    public synchronized void put(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        totalBytes += entry.body().length - (old == null ? 0 : old.body().length);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Copies each cacheable answer's bytes into the cache as they are written to the client. */
    @Provider
    public static class Capture implements WriterInterceptor {

        @jakarta.inject.Inject
        RepresentationCache cache;

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            Object key = context.getProperty(KEY);
            if (key == null) {
                context.proceed();
                return;
            }
            OutputStream original = context.getOutputStream();
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            boolean[] tooLarge = {false};
            context.setOutputStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    original.write(b);
                    if (!tooLarge[0]) {
                        copy.write(b);
                        tooLarge[0] = copy.size() > MAX_BODY_BYTES;
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    original.write(b, off, len);
                    if (!tooLarge[0]) {
                        copy.write(b, off, len);
                        tooLarge[0] = copy.size() > MAX_BODY_BYTES;
                    }
                }

                @Override
                public void flush() throws IOException {
                    original.flush();
                }

                @Override
                public void close() throws IOException {
                    original.close();
                }
            });
            context.proceed();
            if (!tooLarge[0] && context.getMediaType() != null) {
                cache.put((String) key, new Entry(copy.toByteArray(), context.getMediaType().toString(),
                        context.getHeaders().getFirst("Link")));
            }
        }
    }
}
