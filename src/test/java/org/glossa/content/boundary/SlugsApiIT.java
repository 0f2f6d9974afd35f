package org.glossa.content.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slugs are checked before anything is saved: a bad one is a 400 problem naming the field, never a 500. The
 * helper serves signed-in editors only (the translator anna here), and reads small bodies and titles only.
 */
@ExtendWith(ArquillianExtension.class)
class SlugsApiIT {

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private HttpResponse<String> post(String json) throws Exception {
        return new SiteClient(container.toURI()).postJsonAs("/api/v1/slugs", json, "anna", "demo-anna-password");
    }

    @Test
    void onlySignedInEditorsMayAskAndTitlesAndBodiesAreCapped() throws Exception {
        HttpResponse<String> anonymous =
                new SiteClient(container.toURI()).postJson("/api/v1/slugs", "{\"locale\":\"de\",\"title\":\"Hallo\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> owner = new SiteClient(container.toURI())
                .postJsonAs("/api/v1/slugs", "{\"locale\":\"de\",\"title\":\"Hallo\"}", "owner", "demo-owner-password");
        assertThat(owner.statusCode()).isEqualTo(200);

        assertThat(post("{\"locale\":\"en\",\"title\":\"" + "a".repeat(SlugsResource.MAX_TITLE) + "\"}")
                        .statusCode())
                .isEqualTo(200);
        assertProblem(
                post("{\"locale\":\"en\",\"title\":\"" + "a".repeat(SlugsResource.MAX_TITLE + 1) + "\"}"), "title");
        HttpResponse<String> huge =
                post("{\"locale\":\"en\",\"title\":\"" + "a".repeat(JsonBodyLimit.SHORT_FIELDS) + "\"}");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(huge.body()).contains("\"field\":\"body\"");
    }

    @Test
    void pastedControlCharactersAreCleanedAndUnstorableTextIsRefused() throws Exception {
        assertThat(post("{\"locale\":\"de\",\"title\":\"Zeilen\\u000bumbruch\"}")
                        .body())
                .contains("\"slug\":\"zeilen-umbruch\"");
        assertProblem(post("{\"locale\":\"de\",\"title\":\"a\\u0000b\"}"), "title");
        assertProblem(post("{\"locale\":\"de\",\"title\":\"a\\ud800b\"}"), "title");
    }

    @Test
    void aTitleGetsTheSlugItsLocalesPolicyMakes() throws Exception {
        assertThat(post("{\"locale\":\"de\",\"title\":\"Über Straßen für Zoë\"}")
                        .body())
                .contains("\"slug\":\"ueber-strassen-fuer-zoe\"");
        assertThat(post("{\"locale\":\"tr\",\"title\":\"İstanbul'da Işık\"}").body())
                .contains("\"slug\":\"istanbulda-isik\"");
        HttpResponse<String> urdu = post("{\"locale\":\"ur\",\"title\":\"خبریں اردو\"}");
        assertThat(urdu.statusCode()).isEqualTo(200);
        assertThat(urdu.body()).contains("\"slug\":\"خبریں-اردو\"").contains("%D8%AE%D8%A8%D8%B1");
    }

    @Test
    void aDecomposedSlugIsAcceptedInItsComposedForm() throws Exception {
        HttpResponse<String> response = post("{\"locale\":\"ru\",\"slug\":\"и\u0306од\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"slug\":\"йод\"");
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        assertProblem(post("{\"locale\":\"de\",\"slug\":\"Gro\u00dfe Stra\u00dfe\"}"), "slug");
        assertProblem(post("{\"locale\":\"en\",\"slug\":\"a/b\"}"), "slug");
        assertProblem(post("{\"locale\":\"en\",\"slug\":\"hello%20world\"}"), "slug");
        assertProblem(post("{\"locale\":\"xx\",\"title\":\"Hello\"}"), "locale");
        assertProblem(post("{\"title\":\"Hello\"}"), "locale");
        assertProblem(post("{\"locale\":\"en\",\"title\":\"\uD83C\uDF89\"}"), "title");
        assertProblem(post("{\"locale\":\"en\"}"), "title");
        assertProblem(post("{\"locale\":\"de\""), "body");
        assertProblem(post("[1,2]"), "body");
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
}
