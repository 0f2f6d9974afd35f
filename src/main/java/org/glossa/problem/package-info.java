/**
 * The RFC 9457 {@code application/problem+json} document every API error is written as, naming the fields at
 * fault. It depends on no other component, so every component can map its own exceptions to problems beside its
 * resources.
 */
package org.glossa.problem;
