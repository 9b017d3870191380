package cl.redlim.document.store;

import cl.redlim.document.command.ContentStore;
import cl.redlim.document.command.DocumentSettings;
import cl.redlim.document.command.SignerKeyVault;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where document contents and signer keys live: files under the data folder ({@code redlim.documents.store=filesystem},
 * the default, standalone's) or MongoDB GridFS ({@code gridfs}, the production command side's, at
 * {@code MONGODB_URI}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "redlim.documents.store", havingValue = "filesystem", matchIfMissing = true)
    static class OnFiles {

        @Bean
        ContentStore contentStore(DocumentSettings settings, @Value("${redlim.data-dir:./data}") String dataDir)
                throws IOException {
            return new FileContentStore(folder(settings.contentDir(), dataDir, "contents"));
        }

        @Bean
        SignerKeyVault signerKeyVault(DocumentSettings settings, @Value("${redlim.data-dir:./data}") String dataDir)
                throws IOException {
            return new FileSignerKeyVault(folder(settings.keyDir(), dataDir, "signer-keys"));
        }

        private static Path folder(String configured, String dataDir, String name) {
            return (configured == null || configured.isBlank() ? Path.of(dataDir).resolve(name) : Path.of(configured))
                    .toAbsolutePath().normalize();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "redlim.documents.store", havingValue = "gridfs")
    static class OnGridFs {

        @Bean
        ContentStore contentStore(MongoClient client, @Value("${redlim.mongo.database:redlim}") String database) {
            return new GridFsContentStore(database(client, database));
        }

        @Bean
        SignerKeyVault signerKeyVault(MongoClient client, @Value("${redlim.mongo.database:redlim}") String database) {
            return new MongoSignerKeyVault(database(client, database));
        }

        private static MongoDatabase database(MongoClient client, String name) {
            return client.getDatabase(name);
        }
    }
}
