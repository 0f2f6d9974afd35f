/**
 * Support for container tests: a fresh PostgreSQL database per deployment, the deployment itself (the WAR
 * the build produced, so tests exercise exactly what ships), and an HTTP client that reaches a configured
 * site by its Host header while connecting to the local container.
 */
package org.glossa.containertest;
