package org.glossa.domains.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.domains.control.SharedCachePolicy;

/**
 * The configured {@link SharedCachePolicy} of public pages and documents: {@code GLOSSA_CACHE_MAX_AGE},
 * {@code GLOSSA_CACHE_STALE_WHILE_REVALIDATE} and {@code GLOSSA_CACHE_STALE_IF_ERROR} (ISO-8601 durations). A wrong
 * value stops the start, naming the setting, rather than sending a header caches would misread.
 */
@ApplicationScoped
public class PublicCaching {

    @Inject
    @ConfigProperty(name = "glossa.cache.max-age", defaultValue = "PT60S")
    String maxAge;

    @Inject
    @ConfigProperty(name = "glossa.cache.stale-while-revalidate", defaultValue = "PT5M")
    String staleWhileRevalidate;

    @Inject
    @ConfigProperty(name = "glossa.cache.stale-if-error", defaultValue = "PT24H")
    String staleIfError;

    private SharedCachePolicy policy;

    @PostConstruct
    void init() {
        policy = new SharedCachePolicy(
                duration("glossa.cache.max-age", "GLOSSA_CACHE_MAX_AGE", maxAge),
                duration(
                        "glossa.cache.stale-while-revalidate",
                        "GLOSSA_CACHE_STALE_WHILE_REVALIDATE",
                        staleWhileRevalidate),
                duration("glossa.cache.stale-if-error", "GLOSSA_CACHE_STALE_IF_ERROR", staleIfError));
    }

    private static Duration duration(String property, String variable, String setting) {
        try {
            Duration value = Duration.parse(setting.strip());
            if (value.isNegative() || value.compareTo(Duration.ofDays(365)) > 0) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IllegalStateException(property + " (" + variable
                    + ") must be an ISO-8601 duration between PT0S and P365D, such as PT60S; got '" + setting + "'");
        }
    }

    /** A wrong setting stops the start rather than the first page. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        policy();
    }

    public SharedCachePolicy policy() {
        return policy;
    }
}
