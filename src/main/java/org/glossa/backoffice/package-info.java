/**
 * The back office: the browser door to the same workflow the API serves, for translators and the owner, in JSF with
 * PrimeFaces under {@code /admin/} on its own base URL ({@code GLOSSA_ADMIN_URL}).
 *
 * <p>Decisions: JSF serves the back office only (the {@code FacesServlet} is mapped to {@code /admin/*}); public
 * pages stay pre-rendered bytes. On a locale site's host {@code /admin} is a 404, so the back office is reachable
 * at one address, whose scheme decides whether the session cookie is {@code Secure}. Sign-in is a form on the same
 * accounts, hashes and throttle as the API ({@code security.boundary.SessionSignIn}); the session keeps only the
 * account's id, and the account is read again on every request. View state is kept on the server, so a forged or
 * replayed POST without the session's view state changes nothing. PrimeFaces' CSP mode moves every script into
 * nonce-carrying blocks, and every response under {@code /admin} has a Content-Security-Policy. Beans are thin:
 * they call the editorial boundary the REST resources call ({@code Translations}), with the same {@code Viewer}, so
 * authorisation is decided in the same queries. Every string is an ICU message from {@code i18n/}; the UI language
 * is the account's choice, else the browser's {@code Accept-Language}. The editor and the review screen link a
 * translation's saved version to its own site ({@code PreviewOffers}, on {@code domains}' signed preview links) only
 * after the boundary let the viewer read it: the link is the authorisation, so it is never made for anyone else.
 */
package org.glossa.backoffice;
