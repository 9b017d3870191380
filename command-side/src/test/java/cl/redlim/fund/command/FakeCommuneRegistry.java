package cl.redlim.fund.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.Rurality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class FakeCommuneRegistry implements CommuneRegistry {

    private final Map<CommuneCode, CommuneProfile> communes = new HashMap<>();

    FakeCommuneRegistry classified(CommuneCode cut, String name, CommuneGroup group, Rurality rurality) {
        communes.put(cut, new CommuneProfile(cut, name, group, rurality));
        return this;
    }

    FakeCommuneRegistry unclassified(CommuneCode cut, String name) {
        communes.put(cut, new CommuneProfile(cut, name, null, null));
        return this;
    }

    @Override
    public Optional<CommuneProfile> find(CommuneCode cut) {
        return Optional.ofNullable(communes.get(cut));
    }
}
