package dev.codehabit.agent.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON request bodies, strictly and within a size each route states: a body over its limit is refused by
 * its Content-Length before a byte is read, and by counting while it streams when it comes chunked, so no request
 * makes the agent hold more than its limit. The body must say it is JSON (415 otherwise), be valid UTF-8
 * (overlong forms and lone surrogates are refused, not replaced) and hold exactly one JSON value.
 */
public final class JsonBodies {
    /** For routes that take a tiny object (the pairing handshake, a distraction attempt). */
    public static final int TINY = 4 * 1024;
    /** For routes that take one small object or a short list (focus, schedules, one heartbeat, categories). */
    public static final int SMALL = 256 * 1024;
    /**
     * How long any body may take to arrive, in all: a local client sends the largest in well under a second. A
     * client trickling a byte now and then is cut off here (a stalled one by the idle timeout); it holds no pool
     * thread meanwhile, as handlers run on virtual threads.
     */
    static final long BODY_DEADLINE_NANOS = 10_000_000_000L;

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        // No field we take is longer than a few KB, nor nested deeper than a few levels: a body that is one huge
        // string or a deep nest of brackets is refused as it streams, before the parser buffers it.
        this.json = json.copy();
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(64 * 1024).maxNestingDepth(32).maxNumberLength(64).build());
    }

    /** The whole body as one JSON value of at most {@code maxBytes}. */
    public JsonNode read(Context ctx, int maxBytes) {
        try (JsonParser parser = open(ctx, maxBytes)) {
            if (parser.nextToken() == null) {
                throw ApiException.badRequest("Request body is empty; expected JSON");
            }
            JsonNode node = checked(json.readTree(parser));
            requireEnd(parser);
            return node;
        } catch (IOException | HttpException.RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * A JSON array, handed to {@code item} one element at a time as it streams in: the request never exists as
     * one tree. At most {@code maxItems} elements; more, or anything malformed, refuses the whole body (400), so
     * the caller must not act on the items until this returns.
     */
    public int readArray(Context ctx, int maxBytes, int maxItems, Consumer<JsonNode> item) {
        try (JsonParser parser = open(ctx, maxBytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ApiException.badRequest("Request body is empty; expected JSON");
            }
            if (first != JsonToken.START_ARRAY) {
                throw ApiException.badRequest("Expected a JSON array");
            }
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (++count > maxItems) {
                    throw ApiException.badRequest("At most " + maxItems + " items per request");
                }
                item.accept(checked(json.readTree(parser)));
            }
            requireEnd(parser);
            return count;
        } catch (IOException | HttpException.RuntimeException e) {
            throw unreadable(e);
        }
    }

    private JsonParser open(Context ctx, int maxBytes) throws IOException {
        String type = ctx.contentType();
        if (!isJson(type)) {
            throw new ApiException(415, "Content-Type must be application/json" + (type == null ? "" : ", not " + type));
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        InputStream body = new LimitedInputStream(ctx.req().getInputStream(), maxBytes,
                System.nanoTime() + BODY_DEADLINE_NANOS);
        // A strict decoder: Jackson on bytes would take overlong UTF-8 forms as the characters they disguise.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return json.createParser(new InputStreamReader(body, decoder));
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String mime = parts[0].strip();
        if (!mime.equals("application/json") && !(mime.startsWith("application/") && mime.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip().replace("\"", "");
            if (param.startsWith("charset=") && !param.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw ApiException.badRequest("Unexpected content after the JSON value; send exactly one JSON value");
        }
    }

    /** JSON escapes can spell a lone surrogate (\ud800), which is no character at all: refused like bad UTF-8. */
    private static JsonNode checked(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw ApiException.badRequest("Request body is empty; expected JSON");
        }
        checkText(node);
        return node;
    }

    private static void checkText(JsonNode node) {
        if (node.isTextual()) {
            requireWellFormed(node.textValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                requireWellFormed(field.getKey());
                checkText(field.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(JsonBodies::checkText);
        }
    }

    private static void requireWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest("The body holds a lone UTF-16 surrogate (\\u"
                        + Integer.toHexString(c) + "); text must be valid Unicode");
            }
        }
    }

    private static ApiException unreadable(Exception e) {
        if (e instanceof TooLarge large) {
            return tooLarge(large.limit);
        }
        if (e instanceof TooSlow) {
            return new ApiException(408, "The request body arrived too slowly");
        }
        if (e instanceof CharacterCodingException) {
            return ApiException.badRequest("The body is not valid UTF-8");
        }
        if (e instanceof JsonProcessingException p) {
            if (p.getCause() instanceof IOException cause) {
                return unreadable(cause);
            }
            return ApiException.badRequest("Malformed JSON: " + p.getOriginalMessage());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400) {
                return new ApiException(http.getCode(), "The body could not be read: " + http.getReason());
            }
            if (t instanceof TooLarge large) {
                return tooLarge(large.limit);
            }
            if (t instanceof TooSlow) {
                return new ApiException(408, "The request body arrived too slowly");
            }
        }
        return new ApiException(400, "The body could not be read (the client went away or was too slow)");
    }

    private static ApiException tooLarge(int limit) {
        return new ApiException(413, "Request body is larger than this endpoint takes (" + limit + " bytes)");
    }

    /**
     * Counts the bytes as they stream in and stops at the limit, for bodies that come without a length; and stops
     * a body still arriving at its deadline.
     */
    private static final class LimitedInputStream extends FilterInputStream {
        private final int limit;
        private final long deadline;
        private long read;

        LimitedInputStream(InputStream in, int limit, long deadline) {
            super(in);
            this.limit = limit;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlow();
            }
        }
    }

    private static final class TooSlow extends IOException {
        TooSlow() {
            super("body deadline passed", null);
        }
    }

    private static final class TooLarge extends IOException {
        final int limit;

        TooLarge(int limit) {
            super("body over " + limit + " bytes", null);
            this.limit = limit;
        }
    }
}
