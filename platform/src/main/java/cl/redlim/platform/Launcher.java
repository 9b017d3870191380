package cl.redlim.platform;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a RedLIM app quietly, and exits when start-up fails instead of hanging on non-daemon threads. */
public final class Launcher {

    private Launcher() {
    }

    public static ConfigurableApplicationContext launch(Class<?> app, String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        System.setProperty("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        try {
            return SpringApplication.run(app, args);
        } catch (Throwable failure) {
            // Boot's failure analysis has been logged already; make sure the JVM does not linger.
            LoggerFactory.getLogger(app).debug("Start-up failed", failure);
            System.exit(1);
            return null;
        }
    }
}
