package org.glossa.editorial.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.control.EditorialException;
import org.junit.jupiter.api.Test;

class ReviewQueueResourceTest {

    @Test
    void theAuditLogIsOfAPostUnlessAnotherKindIsNamed() {
        assertThat(ReviewQueueResource.kind(null)).isEqualTo(ItemKind.POST);
        assertThat(ReviewQueueResource.kind("experience")).isEqualTo(ItemKind.EXPERIENCE);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheKindsThereAre() {
        assertThatThrownBy(() -> ReviewQueueResource.kind("portfolio"))
                .isInstanceOfSatisfying(EditorialException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EditorialException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.getMessage()).isEqualTo("POST or EXPERIENCE or PROFILE");
                });
    }
}
