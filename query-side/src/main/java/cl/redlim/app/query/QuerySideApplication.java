package cl.redlim.app.query;

import cl.redlim.platform.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side alone: projections into MongoDB and the public API, fed by Axon Server (the production topology). */
@SpringBootApplication(scanBasePackages = "cl.redlim")
public class QuerySideApplication {

    public static void main(String[] args) {
        Launcher.launch(QuerySideApplication.class, args);
    }
}
