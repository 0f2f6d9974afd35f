package org.glossa.api.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void anExpressionWithABracedQuantifierLeavesOnlyTheName() {
        PathTemplate template = PathTemplate.of("/api/v1/users/{id: [0-9]{1,18}}");

        assertThat(template.path()).isEqualTo("/api/v1/users/{id}");
        assertThat(template.patterns()).isEqualTo(Map.of("id", "^(?:[0-9]{1,18})$"));
    }

    @Test
    void plainTemplatesAndPathsWithoutParametersAreUnchanged() {
        assertThat(PathTemplate.of("/api/v1/posts/{id}/translations/{locale}"))
                .isEqualTo(new PathTemplate("/api/v1/posts/{id}/translations/{locale}", Map.of()));
        assertThat(PathTemplate.of("/api/v1/review-queue"))
                .isEqualTo(new PathTemplate("/api/v1/review-queue", Map.of()));
    }

    @Test
    void everyParameterIsRewrittenAndOnlyConstrainedOnesGetAPattern() {
        PathTemplate template = PathTemplate.of("/a/{ x : [a-z]+ }/b/{y}/{z:\\d{2,4}|none}");

        assertThat(template.path()).isEqualTo("/a/{x}/b/{y}/{z}");
        assertThat(template.patterns()).isEqualTo(Map.of("x", "^(?:[a-z]+)$", "z", "^(?:\\d{2,4}|none)$"));
    }

    @Test
    void anUnclosedBraceIsNotATemplateParameter() {
        assertThat(PathTemplate.of("/a/{b")).isEqualTo(new PathTemplate("/a/{b", Map.of()));
        assertThat(PathTemplate.of("/a/{b}/{c: [0-9]{2}")).isEqualTo(new PathTemplate("/a/{b}/{c: [0-9]{2}", Map.of()));
    }
}
