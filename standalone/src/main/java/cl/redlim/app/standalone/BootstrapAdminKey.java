package cl.redlim.app.standalone;

import cl.redlim.access.api.IssueApiKeyCommand;
import cl.redlim.access.api.Role;
import cl.redlim.platform.security.ApiKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;

/**
 * On first start, issues an administrator key (through the same command an administrator would use, so it is in
 * history) and writes it to {@code <data-dir>/bootstrap-admin.key}, readable by its owner only. The key itself is
 * never logged. Use it to issue the real keys, then revoke it.
 */
@Component
@Order(-10)
class BootstrapAdminKey implements ApplicationRunner {

    static final String KEY_ID = "bootstrap-admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdminKey.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final DataFolder folder;
    private final Clock clock;

    BootstrapAdminKey(CommandGateway commands, EventStore eventStore, DataFolder folder, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path file = folder.resolve("bootstrap-admin.key");
        if (eventStore.lastSequenceNumberFor(IssueApiKeyCommand.aggregateIdOf(KEY_ID)).isPresent()) {
            if (!Files.exists(file)) {
                log.warn("The bootstrap admin key was issued on first start, but {} is gone; use another admin key", file);
            }
            return;
        }
        var key = ApiKeys.generate(KEY_ID);
        write(file, key.key());
        commands.sendAndWait(new IssueApiKeyCommand(KEY_ID, "bootstrap", Role.ADMIN, KEY_ID, List.of(), List.of(),
                key.secretSha256(), clock.instant()));
        log.info("Bootstrap admin key written to {} (owner-only); use it to issue keys, then revoke it", file);
    }

    private static void write(Path file, String key) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        try {
            Files.writeString(file, key + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
