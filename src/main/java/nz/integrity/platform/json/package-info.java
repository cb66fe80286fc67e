/**
 * JSON on the ground floor. Strict reading of JSON that comes from outside ({@code StrictJson}): size and depth
 * limits, exact types, dates within sane years, and errors that name the offending field, so that no request body
 * can reach a resource half-understood. Canonical JSON ({@code CanonicalJson}, parsed by {@code JsonParser}): one
 * deterministic text per value, for what gets hashed or signed (audit events, checkpoints, request content).
 * Imports no feature.
 */
package nz.integrity.platform.json;
