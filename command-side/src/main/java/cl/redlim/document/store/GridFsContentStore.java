package cl.redlim.document.store;

import cl.redlim.document.api.ContentHash;
import cl.redlim.document.command.ContentStore;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Contents in MongoDB GridFS (bucket {@code document_contents}), the file name being the SHA-256. The hash is known
 * only after reading the upload, so it is spooled to a temporary file first; content already stored is not stored
 * again. GridFS writes the file document after all its chunks, so a file found by name is complete; two uploads of
 * the same new content racing may store it twice, identical, which changes nothing for readers.
 */
final class GridFsContentStore implements ContentStore {

    private final GridFSBucket bucket;

    GridFsContentStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "document_contents");
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        Path temp = Files.createTempFile("redlim-upload-", ".part");
        try {
            long size = Files.copy(content, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String sha256;
            try (InputStream in = Files.newInputStream(temp)) {
                sha256 = ContentHash.of(in);
            }
            if (!contains(sha256)) {
                try (InputStream in = Files.newInputStream(temp)) {
                    bucket.uploadFromStream(sha256, in, new GridFSUploadOptions()
                            .metadata(new Document("size", size)));
                }
            }
            return new Stored(sha256, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return ContentHash.isValid(sha256) && find(sha256) != null;
    }

    @Override
    public long size(String sha256) {
        GridFSFile file = ContentHash.isValid(sha256) ? find(sha256) : null;
        return file == null ? -1 : file.getLength();
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        GridFSFile file = ContentHash.isValid(sha256) ? find(sha256) : null;
        return file == null ? Optional.empty() : Optional.of(bucket.openDownloadStream(file.getObjectId()));
    }

    private GridFSFile find(String sha256) {
        return bucket.find(Filters.eq("filename", sha256)).first();
    }
}
