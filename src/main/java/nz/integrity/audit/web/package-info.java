/**
 * The audit feature's Faces backing beans (and page downloads): they turn form input into calls of the
 * {@code nz.integrity.audit} services and show the answers in words, and decide nothing (authorization, audit and
 * rules are in the services and the domain). May import the feature, other features and platform; EL names are
 * the beans' {@code @Named} names, so the package does not appear in any page.
 */
package nz.integrity.audit.web;
