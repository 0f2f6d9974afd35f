package org.glossa.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People and sign-in over HTTP, with the demo accounts (the deployment runs with {@code glossa.demo=true}).
 * The throttling test signs in from an address of its own (IPv6 loopback): the lock its failures put on that address
 * never refuses the other tests, which sign in from 127.0.0.1, whatever order they run in.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String OWNER = "owner";
    private static final String OWNER_PASSWORD = "demo-owner-password";
    private static final String ANNA = "anna";
    private static final String ANNA_PASSWORD = "demo-anna-password";

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private SiteClient client() throws Exception {
        return new SiteClient(container.toURI());
    }

    /** Signs in from ::1, a client address that no other test uses. */
    private ApiClient fromOwnAddress(String username, String password) {
        return ApiClient.as(URI.create("http://[::1]:" + container.getPort() + "/"), username, password);
    }

    private HttpResponse<String> createAsOwner(String json) throws Exception {
        return client().postJsonAs("/api/v1/users", json, OWNER, OWNER_PASSWORD);
    }

    private static String translator(String username, String password, String displayName, List<String> locales) {
        var locale = Json.createArrayBuilder();
        locales.forEach(locale::add);
        return Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("displayName", displayName)
                .add("locales", locale)
                .build()
                .toString();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).getInt("status")).isEqualTo(status);
    }

    private static void assertProblemNaming(HttpResponse<String> response, int status, String field) {
        assertProblem(response, status);
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains(field);
    }

    private static void assertBasicChallenge(HttpResponse<String> response) {
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm=\"glossa\""));
    }

    private static void assertNoCookie(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).as("Set-Cookie").isEmpty();
    }

    @Test
    void anonymousCallersAreAskedToSignInWithBasicButMayStillReadAnonymously() throws Exception {
        assertBasicChallenge(client().local("/api/v1/me"));
        assertBasicChallenge(
                client().postJson("/api/v1/users", translator("x-anon", "long enough password", "X", List.of("de"))));
        assertBasicChallenge(client().local("/api/v1/users/1"));
        assertBasicChallenge(client().postJson("/api/v1/slugs", "{\"locale\":\"de\",\"title\":\"Grüße\"}"));
        HttpResponse<String> anonymousRead = client().get("https://glossa.example/blog");
        assertThat(anonymousRead.statusCode()).isEqualTo(200);
        assertNoCookie(anonymousRead);
    }

    @Test
    void theDemoOwnerIsSignedInAsOwnerWithoutASession() throws Exception {
        HttpResponse<String> me = client().getAs("/api/v1/me", OWNER, OWNER_PASSWORD);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonObject body = json(me);
        assertThat(body.getString("username")).isEqualTo(OWNER);
        assertThat(body.getString("role")).isEqualTo("owner");
        assertThat(body.getJsonArray("locales")).hasSize(17);
        assertNoCookie(me);
        assertThat(client().getAs("/api/v1/me", "OWNER", OWNER_PASSWORD).statusCode())
                .as("usernames are case-insensitive")
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordOrUnreadableCredentialsAre401() throws Exception {
        assertBasicChallenge(client().getAs("/api/v1/me", OWNER, "not-the-owner-password"));
        assertBasicChallenge(client().getAs("/api/v1/me", "nobody-here", "not-anyones-password"));
        assertBasicChallenge(client().get("localhost", "/api/v1/me", Map.of("Authorization", "Bearer abc")));
        assertBasicChallenge(client().get("localhost", "/api/v1/me", Map.of("Authorization", "Basic !!!")));
    }

    @Test
    void theOwnerCreatesATranslatorWhoCanThenSignIn() throws Exception {
        HttpResponse<String> created = createAsOwner(
                translator("Lena.Berg", "lena's long password", "  Lena Berg ", List.of("fr", "DE", "fr")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .doesNotContain("PBKDF2")
                .doesNotContain("password")
                .doesNotContain("hash");
        JsonObject body = json(created);
        assertThat(body.getString("username")).isEqualTo("lena.berg");
        assertThat(body.getString("displayName")).isEqualTo("Lena Berg");
        assertThat(body.getString("role")).isEqualTo("translator");
        assertThat(body.getJsonArray("locales").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("de", "fr");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .endsWith("/api/v1/users/" + body.getJsonNumber("id").longValue());

        HttpResponse<String> read = client().getAs(java.net.URI.create(location).getRawPath(), OWNER, OWNER_PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(body);

        HttpResponse<String> me = client().getAs("/api/v1/me", "lena.berg", "lena's long password");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).getString("role")).isEqualTo("translator");
        assertThat(json(me).getJsonArray("locales").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("de", "fr");
    }

    @Test
    void aTranslatorMayNotManageAccounts() throws Exception {
        HttpResponse<String> me = client().getAs("/api/v1/me", ANNA, ANNA_PASSWORD);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).getJsonArray("locales").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("de", "fr");
        assertProblem(
                client().postJsonAs(
                                "/api/v1/users",
                                translator("anna-friend", "long enough password", "Friend", List.of("de")),
                                ANNA,
                                ANNA_PASSWORD),
                403);
        assertProblem(client().getAs("/api/v1/users/1", ANNA, ANNA_PASSWORD), 403);
        assertThat(createAsOwner(translator("anna-friend", "long enough password", "Friend", List.of("de")))
                        .statusCode())
                .as("the refused request wrote nothing")
                .isEqualTo(201);
    }

    @Test
    void aTakenUsernameIsAConflictNamingTheUsername() throws Exception {
        assertProblemNaming(
                createAsOwner(translator("ANNA", "long enough password", "Another Anna", List.of("it"))),
                409,
                "username");
        assertProblemNaming(
                createAsOwner(translator("owner", "long enough password", "Not the owner", List.of("it"))),
                409,
                "username");
    }

    @Test
    void everyInvalidFieldIsA400NamingItAndWritesNothing() throws Exception {
        String password = "long enough password";
        assertProblemNaming(
                createAsOwner("{\"password\":\"" + password + "\",\"displayName\":\"G\",\"locales\":[\"de\"]}"),
                400,
                "username");
        assertProblemNaming(createAsOwner(translator("ghost user", password, "G", List.of("de"))), 400, "username");
        assertProblemNaming(createAsOwner(translator("ghost", "too short", "G", List.of("de"))), 400, "password");
        assertProblemNaming(createAsOwner(translator("ghost", "p".repeat(1025), "G", List.of("de"))), 400, "password");
        assertProblemNaming(createAsOwner(translator("ghost", password, " ", List.of("de"))), 400, "displayName");
        assertProblemNaming(
                createAsOwner(translator("ghost", password, "G".repeat(201), List.of("de"))), 400, "displayName");
        assertProblemNaming(createAsOwner(translator("ghost", password, "G", List.of())), 400, "locales");
        assertProblemNaming(createAsOwner(translator("ghost", password, "G", List.of("de", "xx"))), 400, "locales");
        assertProblemNaming(
                createAsOwner("{\"username\":\"ghost\",\"password\":\"" + password + "\",\"displayName\":\"G\"}"),
                400,
                "locales");
        // A value of the wrong type is named as its field is.
        assertProblemNaming(createAsOwner("{\"username\":\"ghost\",\"locales\":\"de\"}"), 400, "locales");
        assertProblemNaming(createAsOwner("{\"username\":"), 400, "body");
        assertProblemNaming(createAsOwner("null"), 400, "body");
        HttpResponse<String> all = createAsOwner(translator("g", "short", "", List.of("zz")));
        for (String field : List.of("username", "password", "displayName", "locales")) {
            assertProblemNaming(all, 400, field);
        }
        assertThat(createAsOwner(translator("ghost", password, "G", List.of("de")))
                        .statusCode())
                .as("none of the invalid requests created the account")
                .isEqualTo(201);
    }

    @Test
    void publicPagesSetNoCookie() throws Exception {
        HttpResponse<String> home = client().get("https://glossa.example/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertNoCookie(home);
        HttpResponse<String> withCredentials =
                client().get("glossa.example", "/", Map.of("Authorization", SiteClient.basic(OWNER, OWNER_PASSWORD)));
        assertThat(withCredentials.statusCode()).isEqualTo(200);
        assertNoCookie(withCredentials);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledAndTheLockRefusesEvenTheRightOne() throws Exception {
        assertThat(createAsOwner(translator("target", "the right password", "Target", List.of("ko")))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> refused = null;
        for (int attempt = 1; attempt <= 6 && refused == null; attempt++) {
            HttpResponse<String> response =
                    fromOwnAddress("target", "wrong password " + attempt).get("/api/v1/me");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertBasicChallenge(response);
            }
        }
        assertThat(refused).as("a 429 within 6 wrong passwords").isNotNull();
        assertTooManyAttempts(refused);
        assertTooManyAttempts(fromOwnAddress("target", "the right password").get("/api/v1/me"));
    }

    private static void assertTooManyAttempts(HttpResponse<String> response) {
        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
    }
}
