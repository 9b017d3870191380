package cl.redlim.territory.api;

import cl.redlim.kernel.CommuneCode;

import java.util.Optional;

/**
 * The command side's view of the registered communes, for other contexts' rules (an application names a commune
 * that must exist and be classified). Implemented by the territory context from its own aggregates, never from a
 * read model.
 */
public interface CommuneRegistry {

    Optional<CommuneProfile> find(CommuneCode cut);

    /** @param group null until an administrator classifies the commune */
    record CommuneProfile(CommuneCode cut, String name, CommuneGroup group, Rurality rurality) {
    }
}
