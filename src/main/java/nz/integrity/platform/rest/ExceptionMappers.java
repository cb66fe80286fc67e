package nz.integrity.platform.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.json.JsonInputException;
import nz.integrity.platform.security.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps domain exceptions to JSON errors. Transactional CDI beans wrap runtime exceptions, so each mapper
 * looks through the causes for the domain exception.
 */
@Provider
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException e) {
                return ApiError.response(Response.Status.FORBIDDEN, e.getMessage());
            }
            if (t instanceof NotFoundException) {
                return ApiError.response(Response.Status.NOT_FOUND, "Not found.");
            }
            if (t instanceof JsonInputException e) {
                return ApiError.response(Response.Status.BAD_REQUEST, "The input is not valid.",
                        Map.of(e.field(), e.getMessage()), List.of());
            }
            if (t instanceof ValidationException e) {
                return ApiError.response(Response.Status.BAD_REQUEST, "The input is not valid.", e.fieldMessages(), List.of());
            }
            if (t instanceof ConstraintViolationException e) {
                return ApiError.response(Response.Status.BAD_REQUEST, "The input is not valid.", fieldsOf(e), List.of());
            }
            if (t instanceof BusinessRuleException e) {
                return ApiError.response(Response.Status.CONFLICT, e.getMessage(), Map.of(), e.ruleIds());
            }
            if (t instanceof OptimisticLockException) {
                return ApiError.response(Response.Status.CONFLICT,
                        "Someone else changed this record at the same time. Reload it and try again.");
            }
            if (t instanceof WebApplicationException e) {
                Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
                return ApiError.response(status == null ? Response.Status.BAD_REQUEST : status,
                        status == null ? "Bad request." : status.getReasonPhrase() + ".");
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", thrown);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong; nothing was changed.");
    }

    private static Map<String, String> fieldsOf(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            fields.put(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
        }
        return fields;
    }
}
