package org.glossa.api.boundary;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;

/**
 * A path or query parameter the runtime could not convert to its Java type. Jersey reports it as a
 * {@code org.glassfish.jersey.server.ParamException} (a 404) that names the parameter; the API reports it as a 400
 * naming it. Read by reflection: the exception is Jersey's, not part of the JAX-RS API the application compiles
 * against; under another runtime the error keeps its status.
 */
final class UnconvertibleParameter {

    private static final String JERSEY_PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";

    private UnconvertibleParameter() {}

    /** The name of the path or query parameter {@code e} reports, if it reports one. */
    static Optional<String> name(Throwable e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(JERSEY_PARAM_EXCEPTION)) {
                try {
                    Object kind = type.getMethod("getParameterType").invoke(e);
                    if (kind != PathParam.class && kind != QueryParam.class) {
                        return Optional.empty();
                    }
                    return Optional.ofNullable(
                            (String) type.getMethod("getParameterName").invoke(e));
                } catch (ReflectiveOperationException | RuntimeException notJerseys) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** What the parameter should have been, from its type in the resource method. */
    static String expected(Method method, String name) {
        Class<?> type = method == null ? null : typeOf(method, name);
        if (type == int.class || type == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "has a value that cannot be read";
    }

    private static Class<?> typeOf(Method method, String name) {
        for (Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if ((path != null && path.value().equals(name))
                    || (query != null && query.value().equals(name))) {
                return parameter.getType();
            }
        }
        return null;
    }
}
