package org.glossa.api.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiCorrectionsTest {

    @Test
    void anInheritedOperationIdIsQualifiedByItsResourcesLastSegment() {
        assertThat(OpenApiCorrections.qualifiedOperationId("/api/v1/posts", "approve"))
                .isEqualTo("postsApprove");
        assertThat(OpenApiCorrections.qualifiedOperationId("/api/v1/experience", "sourceDiff"))
                .isEqualTo("experienceSourceDiff");
    }
}
