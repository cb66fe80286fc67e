/**
 * The documents an information request sends out: the Schedule 6 clause 2 notice to a third party and the
 * plain-language letter to a client, built only from approved structured data and rendered as PDF/A.
 *
 * <p>Pure Java plus PDFBox: no container and no persistence, so the exact bytes an issue step stores can be
 * produced and checked in a unit test. See {@code docs/notices.md}.
 */
package nz.integrity.request.notice;
