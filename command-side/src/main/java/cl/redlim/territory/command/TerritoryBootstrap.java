package cl.redlim.territory.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.RegisterCommuneCommand;
import cl.redlim.territory.api.RegisterProvinceCommand;
import cl.redlim.territory.api.RegisterRegionCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Registers Chile's 16 regions, 56 provinces and 346 communes through commands on first start, so that history
 * starts with facts. Whatever is registered already is skipped, so an interrupted first start completes on the next
 * one, and several command-side instances starting together do no harm.
 */
@Component
@Order(TerritoryBootstrap.ORDER)
class TerritoryBootstrap implements ApplicationRunner {

    static final int ORDER = 0;
    private static final Logger log = LoggerFactory.getLogger(TerritoryBootstrap.class);

    private final CommandGateway commands;
    private final EventStore eventStore;

    TerritoryBootstrap(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String[]> regions = read("territory/regions.csv");
        List<String[]> provinces = read("territory/provinces.csv");
        List<String[]> communes = read("territory/communes.csv");
        if (isRegistered(communes.get(communes.size() - 1)[0])) {
            return;
        }
        int sent = 0;
        for (String[] r : regions) {
            sent += register(r[0], new RegisterRegionCommand(r[0], r[1], r[4]));
        }
        for (String[] p : provinces) {
            sent += register(p[0], new RegisterProvinceCommand(p[0], p[1], p[2]));
        }
        for (String[] c : communes) {
            sent += register(c[0], new RegisterCommuneCommand(CommuneCode.of(c[0]), c[1], c[2]));
        }
        log.info("Registered the territory: {} regions, {} provinces, {} communes ({} new facts)",
                regions.size(), provinces.size(), communes.size(), sent);
    }

    private boolean isRegistered(String id) {
        return eventStore.lastSequenceNumberFor(id).isPresent();
    }

    private int register(String id, Object command) {
        if (isRegistered(id)) {
            return 0;
        }
        try {
            commands.sendAndWait(command);
            return 1;
        } catch (ConcurrencyException | AggregateStreamCreationException alreadyThere) {
            return 0; // another instance registered it first
        }
    }

    static List<String[]> read(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
