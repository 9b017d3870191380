package cl.redlim.app.standalone;

import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one line a person starting RedLIM needs: where the API is, where the data is, how long it took. */
@Component
class ReadyLine {

    private static final Logger log = LoggerFactory.getLogger("cl.redlim");

    private final DataFolder folder;
    private final String portFile;

    ReadyLine(DataFolder folder, @Value("${redlim.port-file:}") String portFile) {
        this.folder = folder;
        this.portFile = portFile;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("RedLIM standalone ready in {} s: API http://localhost:{}/api/v1 (browse http://localhost:{}/swagger-ui.html), data in {}",
                String.format(java.util.Locale.ROOT, "%.1f", event.getTimeTaken().toMillis() / 1000.0), port, port,
                folder.path());
        if (!portFile.isBlank()) {
            // for scripts, benchmarks and crash tests that start the jar on a random port
            try {
                Files.writeString(Path.of(portFile), Integer.toString(port));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the port file " + portFile, e);
            }
        }
    }
}
