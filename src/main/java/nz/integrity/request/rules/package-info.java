/**
 * The Code's rules as versioned data ({@code src/main/resources/nz/integrity/rules}) and small predicates, one class
 * per rule ({@link nz.integrity.request.rules.Rule}), evaluated over the facts of a request into an explainable
 * {@link nz.integrity.request.rules.CheckReport}.
 *
 * <p>May import {@code request.content}, the case and client facts of {@code investigation} and
 * {@code party}, and platform; never the request root, so a rule can be read and tested without the aggregate ({@code ArchitectureTest}). Each rule is described in {@code docs/rules.md}; its unit
 * test carries the rule id in its name.
 */
package nz.integrity.request.rules;
