package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossa.content.entity.TranslatableText;
import org.junit.jupiter.api.Test;

class SourceDiffTest {

    @Test
    void eachTranslatableFieldIsComparedWordByWord() {
        SourceDiff diff = SourceDiff.between(
                "en",
                1,
                new TranslatableText("Working remotely", "working-remotely", "Short", "One paragraph.", null),
                3,
                new TranslatableText("Working remotely", "working-remotely", "Short", "Two paragraphs.", null));
        assertThat(diff.sourceLocale()).isEqualTo("en");
        assertThat(diff.fromRevision()).isEqualTo(1);
        assertThat(diff.toRevision()).isEqualTo(3);
        assertThat(diff.fields()).containsOnlyKeys("title", "summary", "body", "location");
        assertThat(diff.fields().get("title").unchanged()).isTrue();
        assertThat(diff.fields().get("summary").unchanged()).isTrue();
        assertThat(diff.fields().get("location").unchanged()).isTrue();
        WordDiff body = diff.fields().get("body");
        assertThat(body.unchanged()).isFalse();
        assertThat(body.before()).isEqualTo("One paragraph.");
        assertThat(body.after()).isEqualTo("Two paragraphs.");
    }
}
