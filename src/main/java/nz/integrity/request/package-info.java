/**
 * The information-request aggregate: {@link nz.integrity.request.InformationRequest}, its services for drafting,
 * checks, four-eyes decisions, issue, responses and triage, and the record of each rule evaluation. The vocabulary
 * is in {@code request.content}, the Code's rules in {@code request.rules}, the notice and letter in
 * {@code request.notice}.
 *
 * <p>May import those sub-packages, other features' roots and platform; {@code rules}, {@code notice} and
 * {@code content} never import it back, and nothing outside {@code request.web}/{@code request.rest} imports those
 * adapters ({@code ArchitectureTest}). The lifecycle is in {@code docs/requests.md}.
 */
package nz.integrity.request;
