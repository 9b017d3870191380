package cl.redlim.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.InetSocketAddress;
import java.util.UUID;

/**
 * A MongoDB wire-protocol server in memory, with a real driver client, as a JUnit extension:
 * {@code @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();}. One per test class; each test
 * takes a fresh database so tests never see each other's documents.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    public MongoDatabase freshDatabase() {
        return client.getDatabase("test-" + UUID.randomUUID());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }
}
