package dev.codehabit.sync.http;

import io.javalin.http.Context;

import java.util.Map;

/** Reads a request body into a record, answering 400 with Jackson's reason when it is not JSON of that shape. */
public final class JsonBodies {
    private JsonBodies() {}

    public static <T> T read(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw new ApiException(400, "A JSON body is needed");
        }
        try {
            T body = ctx.bodyAsClass(type);
            if (body == null) {
                throw new ApiException(400, "A JSON object is needed");
            }
            return body;
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) { // Javalin rethrows Jackson's checked exceptions unchecked
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof com.fasterxml.jackson.core.JacksonException)) {
                cause = cause.getCause();
            }
            String reason = cause instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : "malformed";
            throw new ApiException(400, "Body is not valid JSON for this request: " + reason, Map.of());
        }
    }
}
