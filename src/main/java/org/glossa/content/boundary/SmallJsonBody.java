package org.glossa.content.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose JSON body is small by nature (a few short fields): {@link SmallJsonBodyLimit}
 * refuses one over {@value SmallJsonBodyLimit#MAX_BYTES} bytes with a 413 before it is parsed.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SmallJsonBody {}
