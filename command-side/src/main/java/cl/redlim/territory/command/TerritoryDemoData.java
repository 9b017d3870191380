package cl.redlim.territory.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.ClassifyCommuneCommand;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.Rurality;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo only ({@code redlim.demo=true}): classifies the first four communes of every region, so the fund demo has
 * applicants of every SUBDERE group in every region. The groups are illustrative, not SUBDERE's official list.
 * Classifying a commune that already has that classification records nothing, so a restart adds no events.
 */
@Component
@Order(TerritoryBootstrap.ORDER + 1)
@ConditionalOnProperty(name = "redlim.demo", havingValue = "true")
class TerritoryDemoData implements ApplicationRunner {

    private final CommandGateway commands;
    private final Clock clock;

    TerritoryDemoData(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant at = clock.instant().minus(Duration.ofDays(740));
        demoClassification().forEach((cut, group) -> commands.sendAndWait(
                new ClassifyCommuneCommand(cut, group, rurality(group), at)));
    }

    /** Four communes a region, CSV order; the metropolitan region's first communes are group 1. */
    static Map<CommuneCode, CommuneGroup> demoClassification() {
        Map<String, Integer> perRegion = new LinkedHashMap<>();
        Map<CommuneCode, CommuneGroup> result = new LinkedHashMap<>();
        List<String[]> communes = TerritoryBootstrap.read("territory/communes.csv");
        for (String[] c : communes) {
            CommuneCode cut = CommuneCode.of(c[0]);
            int n = perRegion.merge(cut.regionCode(), 1, Integer::sum);
            if (n > 4) {
                continue;
            }
            int group = cut.regionCode().equals("13") ? n : n + 1;
            result.put(cut, CommuneGroup.of(group));
        }
        return result;
    }

    private static Rurality rurality(CommuneGroup group) {
        return switch (group) {
            case GROUP_1, GROUP_2 -> Rurality.PREDOMINANTLY_URBAN;
            case GROUP_3, GROUP_4 -> Rurality.MIXED;
            case GROUP_5 -> Rurality.PREDOMINANTLY_RURAL;
        };
    }
}
