package cl.redlim.document.api;

/**
 * The content of one version, as stored: its SHA-256 (lowercase hex) is its identity in the content store.
 *
 * @param mediaType the Content-Type the uploader declared, e.g. application/pdf
 * @param fileName  the uploader's file name, if any
 */
public record DocumentContent(String sha256, long size, String mediaType, String fileName) {
}
