/**
 * The application's database: one data source whose JDBC URL is chosen at run time, and the Liquibase
 * migrations that run before anything else touches it.
 *
 * <p>Decisions: the data source is declared in code with Payara's {@code ${MPCONFIG=...}} substitution so
 * that the same WAR runs on PostgreSQL (production, every container test) and on the H2 that Payara Micro
 * bundles (a newcomer's first start). Payara cannot choose the driver class from the URL, so
 * {@link org.glossa.database.control.DriverSelectingDataSource} does. Liquibase, not JPA, owns the schema, and
 * writes the few secrets nodes must share (the preview links' key) once, under its lock, with
 * {@link org.glossa.database.control.GeneratedSecret}.
 */
package org.glossa.database;
