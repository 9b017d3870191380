package cl.redlim.document.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code redlim.documents.*}: where contents and signer keys are kept, and which media types may be loaded.
 *
 * @param store      {@code filesystem} (standalone: {@code contentDir}, {@code keyDir}, by default {@code contents}
 *                   and {@code signer-keys} in {@code redlim.data-dir}) or {@code gridfs}
 *                   (production: MongoDB GridFS bucket {@code document_contents} and collection {@code signer_keys})
 * @param mediaTypes the Content-Types a document version may have; others are refused with 415
 */
@ConfigurationProperties("redlim.documents")
public record DocumentSettings(@DefaultValue("filesystem") String store,
                               String contentDir,
                               String keyDir,
                               @DefaultValue({"application/pdf", "text/plain", "application/xml", "text/xml",
                                       "image/png", "image/jpeg",
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       "application/vnd.oasis.opendocument.text"}) List<String> mediaTypes) {
}
