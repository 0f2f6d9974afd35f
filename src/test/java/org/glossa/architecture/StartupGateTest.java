package org.glossa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupReadiness;
import org.glossa.lifecycle.boundary.StartupStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start-up gate holds for every start-up singleton and readiness check, including ones added later: each
 * {@code @Startup} singleton reports a step of its own, there are as many steps as singletons (so readiness waits
 * for a new one too), and every readiness check asks {@link StartupProgress#complete()} before it calls anything
 * else of the application, so it cannot reach an EJB during the start (see {@code org.glossa.lifecycle} for the
 * failure this prevents).
 */
class StartupGateTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
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

    @Test
    void everyReadinessCheckWaitsForTheStartBeforeItCallsAnything() {
        List<JavaClass> checks =
                classes.stream().filter(c -> c.isAnnotatedWith(Readiness.class)).toList();
        assertThat(checks).extracting(JavaClass::getSimpleName).contains(StartupReadiness.class.getSimpleName());
        for (JavaClass check : checks) {
            Set<JavaField> injected = check.getFields();
            assertThat(injected)
                    .as("%s holds the start-up progress", check.getSimpleName())
                    .anyMatch(field -> field.getRawType().isEquivalentTo(StartupProgress.class));
            List<JavaMethodCall> firstCalls = check.getMethods().stream()
                    .filter(m -> m.getName().equals("call"))
                    .flatMap(m -> m.getMethodCallsFromSelf().stream())
                    .filter(call -> call.getTargetOwner().getPackageName().startsWith("org.glossa"))
                    .sorted((a, b) -> Integer.compare(a.getLineNumber(), b.getLineNumber()))
                    .toList();
            assertThat(firstCalls)
                    .as("%s calls the application", check.getSimpleName())
                    .isNotEmpty();
            JavaMethodCall first = firstCalls.get(0);
            assertThat(first.getTargetOwner().getName() + "." + first.getName())
                    .as("the first call of %s.call() into the application", check.getSimpleName())
                    .isEqualTo(StartupProgress.class.getName() + ".complete");
        }
    }

    private static List<JavaMethodCall> callsOf(JavaClass owner, String method) {
        return owner.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().isEquivalentTo(StartupProgress.class))
                .filter(call -> call.getName().equals(method))
                .toList();
    }
}
