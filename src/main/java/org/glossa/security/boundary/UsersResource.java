package org.glossa.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.entity.Account;
import org.glossa.security.entity.Role;

/**
 * The owner manages accounts. Every rule broken is a 400 naming its field, a taken username or a change made at
 * the same time by someone else a 409, an unknown account a 404; each change is written together with its audit
 * entry or not at all.
 *
 * <p>Accounts are never deleted (revisions and audits name them): {@code PATCH} with {@code {"enabled": false}}
 * disables one, which takes effect on its next request on every node.
 */
@Path("users")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** The most audit entries one request returns, newest first. */
    static final int AUDIT_LIMIT = 500;

    /** Translators per page of {@code GET /users}. */
    static final int PAGE_SIZE = 50;

    static final int MAX_PAGE = 100_000;

    /** A new translator: {@code locales} are BCP 47 tags of the locales they may edit. */
    public record NewTranslator(String username, String password, String displayName, List<String> locales) {

        @Override
        public String toString() {
            return "NewTranslator[" + username + ", " + locales + "]";
        }
    }

    /**
     * What to change: a missing (null) member stays as it is.
     *
     * @param enabled false disables the account (not your own, not the last owner), true enables it again
     * @param locales a translator's new locales, at least one; replaces the old ones
     */
    @Schema(name = "AccountChanges", description = "What to change; a missing member stays as it is")
    public record AccountChanges(Boolean enabled, List<String> locales) {

        /**
         * Read by hand rather than bound: a binder reads {@code "enabled": "yes"} as {@code false}, which would
         * disable an account by accident. Wrong types are a 400 naming the member.
         */
        static AccountChanges from(JsonObject body) {
            Map<String, String> errors = new LinkedHashMap<>();
            Boolean enabled = null;
            JsonValue flag = body.getOrDefault("enabled", JsonValue.NULL);
            if (flag.getValueType() == JsonValue.ValueType.TRUE) {
                enabled = true;
            } else if (flag.getValueType() == JsonValue.ValueType.FALSE) {
                enabled = false;
            } else if (flag.getValueType() != JsonValue.ValueType.NULL) {
                errors.put("enabled", "must be true or false");
            }
            List<String> locales = null;
            JsonValue tags = body.getOrDefault("locales", JsonValue.NULL);
            if (tags.getValueType() == JsonValue.ValueType.ARRAY) {
                List<JsonValue> items = tags.asJsonArray();
                if (items.stream().allMatch(item -> item.getValueType() == JsonValue.ValueType.STRING)) {
                    locales = items.stream()
                            .map(item -> ((JsonString) item).getString())
                            .toList();
                } else {
                    errors.put("locales", "must be an array of locale tags");
                }
            } else if (tags.getValueType() != JsonValue.ValueType.NULL) {
                errors.put("locales", "must be an array of locale tags");
            }
            if (!errors.isEmpty()) {
                throw new InvalidAccountException(errors);
            }
            return new AccountChanges(enabled, locales);
        }
    }

    /** A password the owner sets for someone; the account signs in with it from the next request on. */
    public record PasswordReset(String newPassword) {

        @Override
        public String toString() {
            return "PasswordReset[]";
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    People people;

    @Inject
    Caller caller;

    @POST
    public Response createTranslator(NewTranslator request) {
        if (request == null) {
            throw new InvalidAccountException(
                    Map.of("body", "a JSON object with username, password, displayName and locales is required"));
        }
        Account account = accounts.create(
                request.username(),
                request.password(),
                request.displayName(),
                request.locales(),
                Role.TRANSLATOR,
                caller.accountId());
        return Response.created(URI.create("/api/v1/users/" + account.id()))
                .entity(AccountView.from(account))
                .build();
    }

    /**
     * The translators by username, {@value #PAGE_SIZE} a page from {@code page=1} on, with their locales, last
     * back-office sign-in (null if never) and whether they may sign in.
     */
    @GET
    public List<Person> translators(@QueryParam("page") String page) {
        int number = pageNumber(page);
        return people.translators((number - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    static int pageNumber(String page) {
        if (page == null || page.isEmpty()) {
            return 1;
        }
        if (page.matches("[0-9]{1,6}")) {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        }
        throw new InvalidAccountException(Map.of("page", "must be a whole number from 1 to " + MAX_PAGE));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public AccountView byId(@PathParam("id") long id) {
        return accounts.find(id).map(AccountView::from).orElseThrow(NotFoundException::new);
    }

    /** Disables or enables an account, or assigns a translator's locales; answers the account as it now is. */
    @PATCH
    @Path("{id: [0-9]{1,18}}")
    public AccountView changeAccount(
            @PathParam("id") long id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "AccountChanges")))
                    String body) {
        AccountChanges changes = AccountChanges.from(jsonObject(body));
        return accounts.change(id, changes.enabled(), changes.locales(), caller.accountId())
                .map(AccountView::from)
                .orElseThrow(NotFoundException::new);
    }

    private static JsonObject jsonObject(String body) {
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonValue value = reader.readValue();
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    return value.asJsonObject();
                }
            } catch (JsonException e) {
                // answered below
            }
        }
        throw new InvalidAccountException(Map.of("body", "a JSON object with enabled and/or locales is required"));
    }

    /** Sets a new password for the account (the owner tells its holder); 204. */
    @POST
    @Path("{id: [0-9]{1,18}}/password-reset")
    public Response resetPassword(@PathParam("id") long id, PasswordReset reset) {
        if (reset == null) {
            throw new InvalidAccountException(Map.of("body", "a JSON object with newPassword is required"));
        }
        accounts.resetPassword(id, reset.newPassword(), caller.accountId()).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

    /** Everything that happened to the account, newest first (at most 500 entries). */
    @GET
    @Path("{id: [0-9]{1,18}}/audit")
    public List<AccountAuditView> accountAudit(@PathParam("id") long id) {
        if (accounts.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        return accounts.audit(id, AUDIT_LIMIT).stream()
                .map(AccountAuditView::from)
                .toList();
    }
}
