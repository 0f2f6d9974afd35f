/**
 * Content rules: slugs, Markdown rendering and the other checks and transformations a post or
 * career entry goes through before it is published. Pure Java, no container dependencies.
 */
package org.glossa.content.control;
