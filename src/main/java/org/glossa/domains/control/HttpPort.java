package org.glossa.domains.control;

import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP port Payara Micro listens on ({@code --port}, auto-binding included), for the default
 * {@code http://<tag>.localhost:<port>} sites. Read from the runtime, never from a request.
 */
public final class HttpPort {

    private static final Logger LOG = Logger.getLogger(HttpPort.class.getName());

    private HttpPort() {}

    public static OptionalInt ofRuntime() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            int port = (Integer) instance.getClass().getMethod("getHttpPort").invoke(instance);
            return port > 0 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Not running on Payara Micro; no runtime HTTP port", e);
            return OptionalInt.empty();
        }
    }
}
