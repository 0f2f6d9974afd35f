/**
 * The editorial workflow: translators draft and submit, the owner approves or rejects; revisions, audit and
 * outdated-translation tracking.
 */
package org.glossa.editorial;
