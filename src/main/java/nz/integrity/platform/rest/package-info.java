/**
 * The REST plumbing every feature's {@code rest} package shares: the JAX-RS application, one JSON error shape
 * ({@link nz.integrity.platform.rest.ApiError}) and the exception mappers that turn business exceptions into
 * 400/403/404/409, strict JSON binding of bodies, the body size limit, query-parameter parsing, and the filter
 * that audits refusals the container answers before any service runs.
 *
 * <p>May import the rest of {@code platform}, never a feature ({@code ArchitectureTest}). The error shape is described
 * in {@code docs/architecture.md} (Errors); bad input must be a 4xx JSON answer, never a 500 ({@code BadInputIT}).
 */
package nz.integrity.platform.rest;
