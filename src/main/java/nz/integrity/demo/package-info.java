/**
 * Demo accounts and casework for the embedded H2 database only (switched by {@link nz.integrity.platform.DemoMode}).
 * A top-level feature of its own because it builds objects of every other feature: it may import all of them,
 * and nothing imports it.
 */
package nz.integrity.demo;
