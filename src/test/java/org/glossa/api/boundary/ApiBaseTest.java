package org.glossa.api.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiBaseTest {

    @Test
    void theConfiguredUrlIsNormalisedAndKeepsAPathPrefix() {
        assertThat(ApiBase.parse("HTTPS://Admin.Example.COM/")).isEqualTo(URI.create("https://admin.example.com"));
        assertThat(ApiBase.parse(" https://example.com:8443/glossa// "))
                .isEqualTo(URI.create("https://example.com:8443/glossa"));
    }

    @Test
    void aUrlThatCannotBeABaseStopsTheStartNamingTheSetting() {
        for (String wrong : new String[] {
            "example.com",
            "ftp://example.com",
            "https://example.com/?q=1",
            "https://example.com/#f",
            "https://u@example.com"
        }) {
            assertThatThrownBy(() -> ApiBase.parse(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GLOSSA_API_URL");
        }
    }

    @Consumes(MediaType.APPLICATION_JSON)
    static class JsonResource {
        public void save() {}

        @Consumes(MediaType.MULTIPART_FORM_DATA)
        public void upload() {}
    }

    static class Undeclared {
        public void retry() {}
    }

    @Test
    void anOperationAcceptsWhatItDeclaresOfJsonAndMultipartAndJsonWhenItDeclaresNothing() throws Exception {
        assertThat(JsonOnlyWrites.accepted(JsonResource.class.getMethod("save"), JsonResource.class))
                .containsExactly(MediaType.APPLICATION_JSON_TYPE);
        assertThat(JsonOnlyWrites.accepted(JsonResource.class.getMethod("upload"), JsonResource.class))
                .containsExactly(MediaType.MULTIPART_FORM_DATA_TYPE);
        assertThat(JsonOnlyWrites.accepted(Undeclared.class.getMethod("retry"), Undeclared.class))
                .containsExactly(MediaType.APPLICATION_JSON_TYPE);
    }
}
