package org.glossa.content.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation whose JSON body carries a translation's text: its Markdown body may hold 200,000
 * characters, which a client that escapes everything outside ASCII ({@code \\uXXXX}, as many JSON libraries do by
 * default) sends as up to 1.2 MB. Such a body may be {@value #MAX_BYTES} bytes; every other JSON body 1 MiB.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeJsonBody {

    int MAX_BYTES = 2 * 1024 * 1024;
}
