package cl.redlim.app.standalone;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetSocketAddress;

/**
 * An in-process MongoDB wire-protocol server on loopback, persisting to one MVStore file in the data folder. The
 * application reaches it through the real MongoDB driver, exactly as it reaches MongoDB in production.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedReadModelStore {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(DataFolder folder) {
        MongoServer server = new MongoServer(new H2Backend(folder.resolve("readmodels.mv").toString()));
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
