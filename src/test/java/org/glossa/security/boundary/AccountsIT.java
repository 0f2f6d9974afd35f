package org.glossa.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The throttling tests sign in from addresses of their own: the IPv6 loopback, or (through 127.0.0.1, which this
 * deployment trusts as a proxy) an {@code X-Forwarded-For} address, so the failures they count never slow the other
 * tests, whatever order they run in.
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

    /** The API as {@code username}, from 127.0.0.1: a trusted proxy in this deployment, so X-Forwarded-For counts. */
    private ApiClient viaProxy(String username, String password) {
        return ApiClient.as(URI.create("http://127.0.0.1:" + container.getPort() + "/"), username, password);
    }

    private static HttpResponse<String> meFor(ApiClient api, String forwardedFor) {
        return api.send("GET", "/api/v1/me", null, Map.of("X-Forwarded-For", forwardedFor));
    }

    private long createTranslator(String username, String password, List<String> locales) throws Exception {
        HttpResponse<String> created = createAsOwner(translator(username, password, username, locales));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static ApiClient owner(URI base) {
        return ApiClient.as(base, OWNER, OWNER_PASSWORD);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + container.getPort() + "/");
    }

    @Test
    void guessingTheOwnersPasswordLocksOnlyTheGuessersAddressNotTheOwner() throws Exception {
        HttpResponse<String> refused = null;
        for (int attempt = 1; attempt <= 10 && refused == null; attempt++) {
            HttpResponse<String> response =
                    fromOwnAddress(OWNER, "wrong password " + attempt).get("/api/v1/me");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertBasicChallenge(response);
            }
        }
        assertThat(refused).as("a 429 within the wrong passwords").isNotNull();
        assertTooManyAttempts(refused);
        assertTooManyAttempts(fromOwnAddress(OWNER, OWNER_PASSWORD).get("/api/v1/me"));
        HttpResponse<String> elsewhere = client().getAs("/api/v1/me", OWNER, OWNER_PASSWORD);
        assertThat(elsewhere.statusCode())
                .as("the right password from an address that has not been failing")
                .isEqualTo(200);
    }

    @Test
    void forwardedForIsTheClientAddressOnlyWhenTheProxyIsTrusted() throws Exception {
        createTranslator("xff-user", "xff-user's password", List.of("vi"));
        ApiClient wrong = viaProxy("xff-user", "not the password");
        for (int i = 0; i < 5; i++) {
            assertBasicChallenge(meFor(wrong, "203.0.113.50"));
        }
        assertTooManyAttempts(meFor(wrong, "203.0.113.50"));
        assertThat(meFor(viaProxy("xff-user", "xff-user's password"), "198.51.100.7, 203.0.113.51")
                        .statusCode())
                .as("another client behind the trusted proxy (the leftmost entry is the client's own claim)")
                .isEqualTo(200);
        assertThat(viaProxy("xff-user", "xff-user's password").get("/api/v1/me").statusCode())
                .as("the proxy itself was never counted")
                .isEqualTo(200);
        assertBasicChallenge(meFor(fromOwnAddress("xff-user", "not the password"), "203.0.113.50"));
    }

    @Test
    void manyFailuresFromOneAddressDoNotRefuseTheRightPasswordOfSomeoneWhoSignsInThere() throws Exception {
        String address = "203.0.113.60";
        createTranslator("colleague", "colleague's password", List.of("nl"));
        assertThat(meFor(viaProxy("colleague", "colleague's password"), address).statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 30; i++) {
            assertBasicChallenge(meFor(viaProxy("spray-" + i, "a wrong password"), address));
        }
        // Each counted failure doubles the slow-down: wait out 1 s and 2 s, so the next one lasts 4 s.
        Thread.sleep(1_200);
        assertBasicChallenge(meFor(viaProxy("spray-a", "a wrong password"), address));
        Thread.sleep(2_200);
        assertBasicChallenge(meFor(viaProxy("spray-b", "a wrong password"), address));

        HttpResponse<String> guess = meFor(viaProxy("spray-c", "a wrong password"), address);
        HttpResponse<String> unknownPair = meFor(viaProxy(OWNER, OWNER_PASSWORD), address);
        HttpResponse<String> colleague = meFor(viaProxy("colleague", "colleague's password"), address);
        HttpResponse<String> colleagueGuessed = meFor(viaProxy("colleague", "a wrong password"), address);
        assertTooManyAttempts(guess);
        assertTooManyAttempts(unknownPair);
        assertTooManyAttempts(colleagueGuessed);
        assertThat(List.of(guess, unknownPair, colleagueGuessed))
                .as("a refusal looks the same whatever the password")
                .extracting(response -> response.body().replaceAll("[0-9]+", "N"))
                .containsOnly(guess.body().replaceAll("[0-9]+", "N"));
        assertThat(colleague.statusCode())
                .as("who signed in from there before still gets in")
                .isEqualTo(200);
        assertThat(client().getAs("/api/v1/me", OWNER, OWNER_PASSWORD).statusCode())
                .as("nobody elsewhere is slowed")
                .isEqualTo(200);
    }

    @Test
    void theOwnerDisablesRescopesAndResetsATranslatorEffectiveOnTheNextRequestAndAudited() throws Exception {
        long id = createTranslator("lifecycle", "lifecycle password", List.of("de"));
        ApiClient translator = ApiClient.as(base(), "lifecycle", "lifecycle password");
        assertThat(translator.get("/api/v1/me").statusCode()).isEqualTo(200);
        String user = "/api/v1/users/" + id;

        HttpResponse<String> disabled = owner(base()).send("PATCH", user, "{\"enabled\":false}", Map.of());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json(disabled).getBoolean("enabled")).isFalse();
        assertBasicChallenge(translator.get("/api/v1/me"));
        assertThat(json(owner(base()).get(user)).getBoolean("enabled")).isFalse();

        assertThat(owner(base())
                        .send("PATCH", user, "{\"enabled\":true}", Map.of())
                        .statusCode())
                .isEqualTo(200);
        assertThat(translator.get("/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> rescoped = owner(base()).send("PATCH", user, "{\"locales\":[\"JA\",\"it\"]}", Map.of());
        assertThat(rescoped.statusCode()).as(rescoped.body()).isEqualTo(200);
        assertThat(json(translator.get("/api/v1/me")).getJsonArray("locales").getValuesAs(JsonString::getString))
                .containsExactly("it", "ja");

        assertProblemNaming(
                owner(base()).send("POST", user + "/password-reset", "{\"newPassword\":\"short\"}", Map.of()),
                400,
                "newPassword");
        assertThat(owner(base())
                        .send("POST", user + "/password-reset", "{\"newPassword\":\"reset by the owner\"}", Map.of())
                        .statusCode())
                .isEqualTo(204);
        assertBasicChallenge(translator.get("/api/v1/me"));
        ApiClient reset = ApiClient.as(base(), "lifecycle", "reset by the owner");
        assertThat(reset.get("/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> audit = owner(base()).get(user + "/audit");
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain("lifecycle password").doesNotContain("reset by the owner");
        List<JsonObject> entries =
                Json.createReader(new StringReader(audit.body())).readArray().getValuesAs(JsonObject.class);
        assertThat(entries)
                .extracting(entry -> entry.getString("change"))
                .containsExactly("password-reset", "locales-changed", "enabled", "disabled", "created");
        assertThat(entries)
                .extracting(entry -> entry.getString("actorUsername"))
                .containsOnly(OWNER);
        assertThat(entries.get(1).getString("detail")).isEqualTo("de -> it, ja");
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
        long id = createTranslator("changer", "changer's first password", List.of("pl"));
        ApiClient first = ApiClient.as(base(), "changer", "changer's first password");
        assertProblemNaming(
                first.put("/api/v1/me/password", passwordChange("not my password", "changer's new password"), null),
                403,
                "currentPassword");
        assertProblemNaming(
                first.put("/api/v1/me/password", passwordChange("changer's first password", "short"), null),
                400,
                "newPassword");
        HttpResponse<String> changed = first.put(
                "/api/v1/me/password", passwordChange("changer's first password", "changer's new password"), null);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertBasicChallenge(first.get("/api/v1/me"));
        assertThat(ApiClient.as(base(), "changer", "changer's new password")
                        .get("/api/v1/me")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> audit = owner(base()).get("/api/v1/users/" + id + "/audit");
        JsonObject latest =
                Json.createReader(new StringReader(audit.body())).readArray().getJsonObject(0);
        assertThat(latest.getString("change")).isEqualTo("password-changed");
        assertThat(latest.getString("actorUsername")).isEqualTo("changer");
    }

    private static String passwordChange(String current, String next) {
        return Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString();
    }

    @Test
    void accountChangesThatBreakARuleAre4xxProblemsAndConcurrentOnesNever500() throws Exception {
        long id = createTranslator("rules", "rules password long", List.of("de"));
        String user = "/api/v1/users/" + id;
        long ownerId = json(client().getAs("/api/v1/me", OWNER, OWNER_PASSWORD))
                .getJsonNumber("id")
                .longValue();
        assertProblemNaming(
                owner(base()).send("PATCH", "/api/v1/users/" + ownerId, "{\"enabled\":false}", Map.of()),
                400,
                "enabled");
        assertProblemNaming(
                owner(base()).send("PATCH", "/api/v1/users/" + ownerId, "{\"locales\":[\"de\"]}", Map.of()),
                400,
                "locales");
        assertProblemNaming(owner(base()).send("PATCH", user, "{\"locales\":[]}", Map.of()), 400, "locales");
        assertProblemNaming(owner(base()).send("PATCH", user, "{\"locales\":[\"xx\"]}", Map.of()), 400, "locales");
        assertProblemNaming(owner(base()).send("PATCH", user, "{}", Map.of()), 400, "body");
        assertProblemNaming(owner(base()).send("PATCH", user, "{\"enabled\":\"yes\"}", Map.of()), 400, "enabled");
        assertProblemNaming(owner(base()).send("PATCH", user, "{\"locales\":[1]}", Map.of()), 400, "locales");
        assertProblemNaming(owner(base()).send("PATCH", user, "[]", Map.of()), 400, "body");
        assertProblem(owner(base()).send("PATCH", "/api/v1/users/999999", "{\"enabled\":false}", Map.of()), 404);
        assertProblem(owner(base()).get("/api/v1/users/999999/audit"), 404);
        assertProblem(
                owner(base())
                        .send(
                                "POST",
                                "/api/v1/users/999999/password-reset",
                                "{\"newPassword\":\"long enough pass\"}",
                                Map.of()),
                404);
        assertProblem(
                ApiClient.as(base(), ANNA, ANNA_PASSWORD).send("PATCH", user, "{\"enabled\":false}", Map.of()), 403);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> edits = new ArrayList<>();
            for (String locale : List.of("fr", "it", "ja", "ko", "nl", "vi")) {
                edits.add(pool.submit(
                        () -> owner(base()).send("PATCH", user, "{\"locales\":[\"" + locale + "\"]}", Map.of())));
            }
            for (Future<HttpResponse<String>> edit : edits) {
                HttpResponse<String> response = edit.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(json(owner(base()).get(user)).getJsonArray("locales")).hasSize(1);
    }

    @Test
    void theOpenApiDocumentShowsTheAccountOperationsAndStaysValid() throws Exception {
        HttpResponse<String> served = client().get("localhost", "/openapi", Map.of("Accept", "application/json"));
        assertThat(served.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        List<String> operations = parsed.getOpenAPI().getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().keySet().stream()
                        .map(method -> method + " " + path.getKey()))
                .toList();
        assertThat(operations)
                .contains(
                        "PATCH /api/v1/users/{id}",
                        "POST /api/v1/users/{id}/password-reset",
                        "GET /api/v1/users/{id}/audit",
                        "PUT /api/v1/me/password");
        Schema<?> body = parsed.getOpenAPI()
                .getPaths()
                .get("/api/v1/users/{id}")
                .getPatch()
                .getRequestBody()
                .getContent()
                .get("application/json")
                .getSchema();
        if (body.get$ref() != null) {
            assertThat(body.get$ref()).endsWith("/AccountChanges");
            body = parsed.getOpenAPI().getComponents().getSchemas().get("AccountChanges");
        }
        assertThat(body.getProperties()).containsKeys("enabled", "locales");
    }

    private static void assertTooManyAttempts(HttpResponse<String> response) {
        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
    }
}
