/**
 * People and sign-in: the owner (may do everything) and translators (may edit their assigned locales only).
 * Readers are anonymous and have no accounts.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>HTTP Basic on {@code /api/} only, stateless.</b> {@code boundary.BasicAuthentication} decides, and
 * {@code boundary.AuthenticationModule}, a Jakarta Authentication {@code ServerAuthModule} registered when the
 * application starts, tells the container (in place of a Jakarta Security mechanism, whose bridge module looks the
 * mechanism up through CDI on every request, public pages included): no {@code Authorization} header means
 * anonymous (public pages and anonymous API reads never authenticate), and no HTTP session or cookie is ever
 * created; every API request carries its credentials. Failures are written as {@code application/problem+json} by the mechanism
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
 * valued with the stored hash it was checked against. The account row is read from the database on every request
 * regardless (the shared JPA cache is off), and the cache is consulted only after it: a disabled account is refused
 * before the cache is asked, and a cached success counts only while the stored hash is the same. Every password
 * change or reset stores a new hash (a new salt, even for the same password), so it voids every cached verification
 * on every node from the next request on, with no message between nodes. Role and locales come from the same row,
 * so a changed scope also applies to the next request.</li>
 * <li><b>Throttling.</b> {@code control.LoginThrottle} counts failures per (username, address) pair, with growing
 * locks, and per address across usernames, where a slowed address still lets in usernames that signed in from it
 * before: guessing can neither lock the owner out from elsewhere nor lock out everyone behind one proxy (the
 * class comment has the design). The address is the TCP peer, or the first untrusted {@code X-Forwarded-For}
 * entry from the right when the peer is listed in {@code GLOSSA_TRUSTED_PROXIES} ({@code control.ClientAddress}).
 * State lives in memory per node and is bounded. Failures and throttling are logged without flooding
 * ({@code control.SignInLog}). Changing one's own password checks the current one through the same throttle.</li>
 * <li><b>Life cycle and audit.</b> Accounts are never deleted: the owner disables and enables them, assigns a
 * translator's locales and resets passwords; everyone changes their own password with the current one. Each change
 * forces the account's version up (concurrent changes: 409) and writes an {@code account_audit} row in the same
 * transaction. The audit is the component's own: {@code editorial}'s audit sits above {@code security} in the
 * component graph.</li>
 * <li><b>First owner.</b> {@code boundary.AccountBootstrap} creates it from {@code GLOSSA_OWNER_USER} and
 * {@code GLOSSA_OWNER_PASSWORD} when no owner exists, or the demo accounts with {@code GLOSSA_DEMO=true};
 * there are no default credentials otherwise.</li>
 * <li><b>Who is calling.</b> {@code boundary.Caller} (request-scoped) gives username, role and editable
 * locales from the principal the sign-in created, for query-level authorisation without another query.</li>
 * </ul>
 */
package org.glossa.security;
