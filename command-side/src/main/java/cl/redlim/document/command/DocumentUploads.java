package cl.redlim.document.command;

import cl.redlim.document.api.DocumentContent;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Puts an uploaded file into the content store before the command that registers it is sent: the command carries
 * the hash, never the bytes. Content whose command is then refused stays stored, harmlessly: it is addressed by its
 * hash and a later upload of the same bytes finds it.
 */
@Component
public class DocumentUploads {

    private final ContentStore contents;
    private final DocumentSettings settings;

    DocumentUploads(ContentStore contents, DocumentSettings settings) {
        this.contents = contents;
        this.settings = settings;
    }

    /** Stores the content and describes it; refuses a media type not allowed (415) and an empty file (400). */
    public DocumentContent store(InputStream content, String contentType, String fileName) {
        String mediaType = allowedMediaType(contentType);
        try (InputStream in = content) {
            ContentStore.Stored stored = contents.put(in);
            if (stored.size() == 0) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "The file is empty");
            }
            return new DocumentContent(stored.sha256(), stored.size(), mediaType, cleanName(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Describes content uploaded earlier (by reference to its hash); refuses a hash nothing was stored under. */
    public DocumentContent stored(String sha256, String contentType, String fileName) {
        String mediaType = allowedMediaType(contentType);
        try {
            long size = contents.size(sha256);
            if (size < 0) {
                throw new DomainException(ErrorCode.CONTENT_NOT_FOUND, "No content " + sha256 + " is stored; upload "
                        + "it to /api/v1/document-contents first");
            }
            return new DocumentContent(sha256, size, mediaType, cleanName(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type, normalised (no parameters, lower case), if it is one documents may have. */
    public String allowedMediaType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType == null ? "" : contentType);
            String plain = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            if (settings.mediaTypes().contains(plain)) {
                return plain;
            }
        } catch (InvalidMediaTypeException e) {
            // refused below
        }
        throw new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "A document is one of "
                + settings.mediaTypes() + "; the file's Content-Type is " + contentType);
    }

    private static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        // only the last path element, printable, bounded: names are shown back to people
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? null : name.length() > 255 ? name.substring(0, 255) : name;
    }
}
