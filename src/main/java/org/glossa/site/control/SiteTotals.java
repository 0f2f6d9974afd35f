package org.glossa.site.control;

/**
 * How many posts and roles are live in at least one locale: what the list pages compare their locale's count with
 * ("n posts are not translated yet").
 */
public record SiteTotals(int posts, int roles) {}
