package cl.redlim.app.standalone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one folder that holds everything standalone stores: {@code redlim.data-dir}, or REDLIM_DATA_DIR. */
@Component
public class DataFolder {

    private final Path path;

    DataFolder(@Value("${redlim.data-dir:./data}") String dir) {
        this.path = Path.of(dir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }
}
