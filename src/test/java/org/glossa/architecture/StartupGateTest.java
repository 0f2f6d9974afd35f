package org.glossa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Startup;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupReadiness;
import org.glossa.lifecycle.boundary.StartupStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start-up gate holds for every start-up singleton and readiness check, including ones added later: each
 * {@code @Startup} singleton reports a step of its own, there are as many steps as singletons (so readiness waits
 * for a new one too), and every readiness check, while the start is not complete, answers DOWN "starting" without
 * calling anything else, so it cannot reach an EJB during the start (see {@code org.glossa.lifecycle} for the
 * failure this prevents).
 */
class StartupGateTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Payara provides the responses' builder in the server; here, a plain one.
        HealthCheckResponse.setResponseProvider(PlainResponseBuilder::new);
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glossa");
    }

    @Test
    void everyStartupSingletonReportsItsOwnStep() {
        List<JavaClass> singletons =
                classes.stream().filter(c -> c.isAnnotatedWith(Startup.class)).toList();
        assertThat(singletons).hasSize(StartupStep.values().length);
        Set<String> reported = singletons.stream()
                .flatMap(singleton -> {
                    List<String> steps = singleton.getFieldAccessesFromSelf().stream()
                            .filter(access -> access.getTargetOwner().isEquivalentTo(StartupStep.class))
                            .map(access -> access.getTarget().getName())
                            .distinct()
                            .toList();
                    assertThat(steps)
                            .as("%s reports exactly one step", singleton.getSimpleName())
                            .hasSize(1);
                    assertThat(callsOf(singleton, "finished"))
                            .as("%s reports its step to StartupProgress", singleton.getSimpleName())
                            .isNotEmpty();
                    return steps.stream();
                })
                .collect(Collectors.toSet());
        assertThat(reported)
                .containsExactlyInAnyOrderElementsOf(
                        Set.of(StartupStep.values()).stream().map(Enum::name).toList());
    }

    /**
     * Each readiness check, built with the start not yet complete and every other dependency missing ({@code null}):
     * it answers DOWN "starting", so it touched none of them (a call would throw).
     */
    @Test
    void everyReadinessCheckWaitsForTheStartBeforeItCallsAnything() throws Exception {
        List<JavaClass> checks =
                classes.stream().filter(c -> c.isAnnotatedWith(Readiness.class)).toList();
        assertThat(checks).extracting(JavaClass::getSimpleName).contains(StartupReadiness.class.getSimpleName());
        for (JavaClass check : checks) {
            Class<?> type = check.reflect();
            Object instance = type.getDeclaredConstructor().newInstance();
            boolean holdsProgress = false;
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == StartupProgress.class) {
                    field.setAccessible(true);
                    field.set(instance, new StartupProgress());
                    holdsProgress = true;
                }
            }
            assertThat(holdsProgress)
                    .as("%s holds the start-up progress", check.getSimpleName())
                    .isTrue();
            HealthCheckResponse answer = ((HealthCheck) instance).call();
            assertThat(answer.getStatus())
                    .as("%s during the start", check.getSimpleName())
                    .isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(answer.getData().orElseThrow())
                    .as("%s during the start", check.getSimpleName())
                    .containsEntry("reason", "starting");
        }
    }

    /** A health check answer as the server would build it, for checks called outside the server. */
    private static final class PlainResponseBuilder extends HealthCheckResponseBuilder {

        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, status, data.isEmpty() ? Optional.empty() : Optional.of(data));
        }
    }

    private static List<JavaMethodCall> callsOf(JavaClass owner, String method) {
        return owner.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().isEquivalentTo(StartupProgress.class))
                .filter(call -> call.getName().equals(method))
                .toList();
    }
}
