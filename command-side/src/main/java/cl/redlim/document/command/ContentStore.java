package cl.redlim.document.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where document contents live, content-addressed by SHA-256 and written once: standalone keeps them under the data
 * folder, production in MongoDB GridFS. Storing content that is already there stores nothing new.
 */
public interface ContentStore {

    /** Stores the stream's bytes durably (before returning) and answers their hash and size. */
    Stored put(InputStream content) throws IOException;

    boolean contains(String sha256);

    /** The stored content's size in bytes, or -1 if it is not stored. */
    long size(String sha256) throws IOException;

    /** The content's bytes, if stored. The caller closes the stream. */
    Optional<InputStream> open(String sha256) throws IOException;

    record Stored(String sha256, long size) {
    }
}
