/**
 * Strict reading of JSON that comes from outside: size and depth limits, exact types, dates within sane years,
 * and errors that name the offending field, so that no request body can reach a resource half-understood.
 */
package nz.integrity.platform.json;
