/**
 * The review feature's JAX-RS resources and their JSON shapes: they translate HTTP to calls of the
 * {@code nz.integrity.review} services and back, and decide nothing (authorization, audit and rules are in the
 * services and the domain). May import the feature, other features' domain and platform; nothing imports it.
 */
package nz.integrity.review.rest;
