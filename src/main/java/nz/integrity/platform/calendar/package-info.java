/**
 * New Zealand working-day arithmetic for statutory deadlines (notice due dates, approval expiry).
 *
 * <p>Pure Java with no container or persistence dependency, so the rule engine and the UI can use
 * the same calendar and unit tests need no server. See {@code docs/working-days.md} for the
 * statutory definition implemented and its sources.
 */
package nz.integrity.platform.calendar;
