package org.glossa.content.entity;

/**
 * Image bytes together with what was established from them (never from a file name or a client's claim).
 * Only {@code content/control/ImageInspector} creates these.
 */
public record VerifiedImage(byte[] bytes, String mimeType, int width, int height, String sha256) {}
