package org.glossa.database.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts every SQL statement the application prepares or creates. Exposed as a metric; the container
 * tests read it to prove that pages and jobs cost a bounded number of queries.
 */
public final class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");
    /** Set while an {@link #uncounted} connection creates a statement on this thread. */
    private static final ThreadLocal<Boolean> NOT_COUNTING = new ThreadLocal<>();

    private StatementCounter() {}

    public static long total() {
        return STATEMENTS.get();
    }

    static Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (STATEMENT_FACTORIES.contains(method.getName()) && NOT_COUNTING.get() == null) {
                STATEMENTS.incrementAndGet();
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /**
     * A pooled connection whose statements are not counted: for infrastructure that polls on a clock (the
     * scheduler's cluster check-ins and trigger locks), which would make the count depend on timing rather
     * than on the work done.
     */
    public static Connection uncounted(Connection pooled) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!STATEMENT_FACTORIES.contains(method.getName())) {
                return invoke(pooled, method, args);
            }
            Boolean outer = NOT_COUNTING.get();
            NOT_COUNTING.set(Boolean.TRUE);
            try {
                return invoke(pooled, method, args);
            } finally {
                if (outer == null) {
                    NOT_COUNTING.remove();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /**
     * Runs {@code work} on this thread without counting its statements: for monitoring that polls on a clock (the
     * publishing SLA check), for the same reason as {@link #uncounted(Connection)}.
     */
    public static void uncounted(Runnable work) {
        Boolean outer = NOT_COUNTING.get();
        NOT_COUNTING.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            if (outer == null) {
                NOT_COUNTING.remove();
            }
        }
    }

    private static Object invoke(Connection target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
