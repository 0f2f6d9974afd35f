/**
 * People and sign-in: the owner (may do everything) and translators (may edit their assigned locales only).
 * Readers are anonymous and have no accounts.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>HTTP Basic on {@code /api/} only, stateless.</b> {@code boundary.BasicAuthentication} is a Jakarta
 * Security {@code HttpAuthenticationMechanism}: no {@code Authorization} header means anonymous (public pages
 * and anonymous API reads never authenticate), and no HTTP session or cookie is ever created; every API
 * request carries its credentials. Failures are written as {@code application/problem+json} by the mechanism
 * itself (401 with {@code WWW-Authenticate: Basic realm="glossa"}, or 429 with {@code Retry-After}).</li>
 * <li><b>Roles.</b> Sign-in puts the caller in group {@code owner} or {@code translator}. Payara Micro's
 * domain has {@code activate-default-principal-to-role-mapping="true"}, so a group maps to the role of the
 * same name once the role is declared ({@code @DeclareRoles} on {@code api.boundary.GlossaApi}); no
 * {@code payara-web.xml} is needed. Payara registers its own JAX-RS {@code @RolesAllowed} filter: an anonymous
 * call is a {@code NotAuthorizedException} (mapped here to 401 with the challenge), a caller without the role
 * a {@code ForbiddenException} (the API's usual 403 problem).</li>
 * <li><b>Passwords.</b> Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, 32-byte salt, 64-byte
 * key); at least 12 characters, at most 1,024, NFKC-normalised. A username without an account costs the
 * same hashing time as a wrong password.</li>
 * <li><b>Verified-login cache.</b> PBKDF2 takes a few hundred milliseconds on purpose, and a Basic client
 * sends its password on every request. {@code control.VerifiedLoginCache} remembers a success for 5 minutes,
 * keyed by an HMAC-SHA256 of username and password under a per-process random key (never the password),
 * valued with the stored hash it was checked against. The account row is read on every request regardless
 * (role and locales are always current), and a cached success counts only while the stored hash is the same:
 * a password change or a deleted account takes effect at once, on every node.</li>
 * <li><b>Throttling.</b> {@code control.LoginThrottle} counts failures per username and per client address
 * ({@code getRemoteAddr()}; behind a reverse proxy that is the proxy, so configure the proxy to pass the
 * client's address to Payara or to throttle itself). After 5 failures within 15 minutes the key is locked for
 * 1 s, 2 s, 4 s ... up to 15 minutes, and locked attempts are refused without checking the password. It lives
 * in memory per node and is bounded: in a multi-node setup each node throttles on its own.</li>
 * <li><b>First owner.</b> {@code boundary.AccountBootstrap} creates it from {@code GLOSSA_OWNER_USER} and
 * {@code GLOSSA_OWNER_PASSWORD} when no owner exists, or the demo accounts with {@code GLOSSA_DEMO=true};
 * there are no default credentials otherwise.</li>
 * <li><b>Who is calling.</b> {@code boundary.Caller} (request-scoped) gives username, role and editable
 * locales from the principal the sign-in created, for query-level authorisation without another query.</li>
 * </ul>
 */
package org.glossa.security;
