package dev.tsunagari.http;

import java.util.List;

/**
 * A client-caused failure with the status and words of its problem document. Thrown anywhere below a
 * controller; {@link Problems} turns it into {@code application/problem+json}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: "
                        + String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
        return new ApiException(400, "/problems/invalid-request", "Invalid request", detail, errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "/problems/not-found", "Not found", detail, List.of());
    }

    public static ApiException unprocessable(String field, String message) {
        return new ApiException(422, "/problems/unprocessable", "Cannot be processed", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "/problems/conflict", "Conflict", detail, List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "/problems/unauthorized", "Unauthorized", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
