package cl.redlim.document.store;

import cl.redlim.document.command.SignerKeyVault;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.Optional;

/**
 * Signer keys in the MongoDB collection {@code signer_keys}, keyed by signer: the unique {@code _id} makes the first
 * stored key win a race. Restrict this collection to the command side's database user.
 */
final class MongoSignerKeyVault implements SignerKeyVault {

    private final MongoCollection<Document> keys;

    MongoSignerKeyVault(MongoDatabase database) {
        this.keys = database.getCollection("signer_keys");
    }

    @Override
    public Optional<String> find(String signer) {
        Document key = keys.find(Filters.eq("_id", signer)).first();
        return key == null ? Optional.empty() : Optional.of(key.getString("keyPair"));
    }

    @Override
    public String putIfAbsent(String signer, String encodedKeyPair) {
        try {
            keys.insertOne(new Document("_id", signer).append("keyPair", encodedKeyPair));
            return encodedKeyPair;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(signer).orElseThrow(() -> e);
        }
    }
}
