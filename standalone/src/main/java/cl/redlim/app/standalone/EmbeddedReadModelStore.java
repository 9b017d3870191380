package cl.redlim.app.standalone;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetSocketAddress;

/**
 * An in-process MongoDB wire-protocol server on loopback, persisting to one MVStore file in the data folder
 * ({@link ConsistentH2Backend}: committed every {@code redlim.mongo.commit-interval}, whole operations only). The
 * application reaches it through the real MongoDB driver, exactly as it reaches MongoDB in production.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedReadModelStore {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(DataFolder folder,
                                    @Value("${redlim.mongo.commit-interval:1s}") java.time.Duration commitInterval) {
        // whole operations only, in order: a kill -9 must not keep a token without the projection write before it
        MongoServer server = new MongoServer(ConsistentH2Backend.open(folder.resolve("readmodels.mv").toString(),
                commitInterval));
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnection(MongoServer embeddedMongoServer,
                                                   @Value("${redlim.mongo.database:redlim}") String database,
                                                   @Value("${redlim.mongo.server-selection-timeout:5s}")
                                                   java.time.Duration serverSelection) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        // the server is in this process: if it cannot be reached within seconds it is down, and a query should
        // hear so (503) long before the driver's default 30 s
        ConnectionString uri = new ConnectionString("mongodb://127.0.0.1:" + address.getPort() + "/" + database
                + "?serverSelectionTimeoutMS=" + serverSelection.toMillis());
        return () -> uri;
    }
}
