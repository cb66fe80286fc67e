package nz.integrity.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** The one JSON error shape of the API. */
public record ApiError(int status, String error, String message, Map<String, String> fields, List<String> rules) {

    public static Response response(Response.Status status, String message) {
        return response(status, message, Map.of(), List.of());
    }

    public static Response response(Response.Status status, String message, Map<String, String> fields, List<String> rules) {
        ApiError body = new ApiError(status.getStatusCode(), status.getReasonPhrase().toLowerCase().replace(' ', '_'),
                message, fields, rules);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
