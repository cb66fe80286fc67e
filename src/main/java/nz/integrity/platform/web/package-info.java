/**
 * Faces plumbing every feature's {@code web} package shares: messages from the bundle, dates and codes in words
 * ({@link nz.integrity.platform.web.Formats}), turning a service's answer into page feedback
 * ({@link nz.integrity.platform.web.ServiceFeedback}), the base servlet for page downloads, session policy and
 * timeout, the postback nonce check and the error pages.
 *
 * <p>May import the rest of {@code platform}, never a feature ({@code ArchitectureTest}). People never see raw codes
 * or ISO dates ({@code UiEnumLabelsTest}, {@code FormatsTest}).
 */
package nz.integrity.platform.web;
