package org.alliancetracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compresses (gzip or deflate, as the client accepts) the answers visitors and bots share: pages, charts, feeds, CSV
 * files, API answers and the stylesheet, the ones marked {@code Cache-Control: public}. Everything else (an editor's
 * pages and forms, the login page, error pages) goes uncompressed: such pages carry form tokens beside text the
 * request chose, and compressing a secret with attacker-chosen text leaks it through the length over TLS (BREACH).
 * <p>
 * A compressed answer's bytes differ from the uncompressed one's, so its ETag turns weak (as nginx does), which
 * {@code If-None-Match} still matches; answers meant for sharing vary on Accept-Encoding, so that shared caches keep
 * the two apart. Answers of other kinds keep their strong ETags ({@code If-Match} on records needs them).
 * <p>
 * Kept answers (RepresentationCache) hold their gzipped bytes too, made once: a hit is then served compressed at the
 * cost of a plain one, where compressing a 200 KB page on every request would cut the throughput tenfold.
 */
@ApplicationScoped
public class PublicCompression {

    @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false")
    boolean enabled;

    void install(@Observes Router router) {
        if (enabled) {
            // Before the cache-hit route, so that kept answers are compressed like freshly rendered ones.
            router.route().order(CacheHitRoute.ORDER - 1).handler(this::decideWhenHeadersEnd);
        }
    }

    private void decideWhenHeadersEnd(RoutingContext routing) {
        routing.addHeadersEndHandler(ignored -> decide(routing.request(), routing.response()));
        routing.next();
    }

    private static void decide(HttpServerRequest request, HttpServerResponse response) {
        var headers = response.headers();
        // Quarkus marks every answer "identity" (not to be compressed) until a handler says otherwise; a kept answer
        // sent gzipped already says "gzip", and the "identity" that may stand beside it must not win.
        List<String> codings = headers.getAll(HttpHeaders.CONTENT_ENCODING).stream()
                .filter(coding -> !HttpHeaders.IDENTITY.toString().equalsIgnoreCase(coding.strip())).toList();
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        codings.forEach(coding -> headers.add(HttpHeaders.CONTENT_ENCODING, coding));
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        boolean shared = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).startsWith("public");
        int status = response.getStatusCode();
        // A 304 names the answer the client holds, which was compressed if the client accepts it; a part of a file
        // (206) is not compressed.
        if (!shared || status != 304 && (status != 200 || !compressible(headers.get(HttpHeaders.CONTENT_TYPE)))) {
            if (codings.isEmpty()) {
                headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            }
            return;
        }
        headers.set(HttpHeaders.VARY, withToken(headers.get(HttpHeaders.VARY), "Accept-Encoding"));
        String etag = headers.get(HttpHeaders.ETAG);
        if (etag != null && !etag.startsWith("W/")
                && (codings.contains("gzip") || codingFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING)) != null)) {
            headers.set(HttpHeaders.ETAG, "W/" + etag);
        }
    }

    /** Text of any kind: HTML, CSV, CSS, SVG, JSON, Atom and other XML. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("+json")
                || type.equals("application/json") || type.equals("application/xml")
                || type.equals("application/javascript");
    }

    /** Netty's compressor as the server sets it up (gzip and deflate), asked only which coding it would use. */
    private static final class CodingChoice extends HttpContentCompressor {

        CodingChoice() {
            super(0, StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
        }

        String codingFor(String acceptEncoding) {
            return acceptEncoding == null ? null : determineEncoding(acceptEncoding);
        }
    }

    private static final CodingChoice CODING_CHOICE = new CodingChoice();

    /**
     * The coding ("gzip" or "deflate") the server's compressor gives an answer for this Accept-Encoding, or null
     * for none. It is the compressor's own reading of the header, odd ones included, so that an ETag turns weak
     * exactly when the bytes are compressed.
     */
    static String codingFor(String acceptEncoding) {
        return CODING_CHOICE.codingFor(acceptEncoding);
    }

    /**
     * The gzipped bytes of a kept answer of a compressible type, made once when it is kept, so that serving it
     * compressed costs no more than serving it plain; null when compression is off or the type is not text.
     */
    byte[] gzippedForKeeping(byte[] body, String contentType) {
        if (!enabled || !compressible(contentType)) {
            return null;
        }
        var bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory", e);
        }
        return bytes.toByteArray();
    }

    static String withToken(String vary, String token) {
        if (vary == null || vary.isBlank()) {
            return token;
        }
        for (String present : vary.split(",")) {
            if (present.strip().equalsIgnoreCase(token) || present.strip().equals("*")) {
                return vary;
            }
        }
        return vary + ", " + token;
    }
}
