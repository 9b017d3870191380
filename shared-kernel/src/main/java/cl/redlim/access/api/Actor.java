package cl.redlim.access.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who sends a command: travels as message metadata (plain strings, so it crosses Axon Server intact) and is copied
 * onto every event the command causes. Command handlers that act for a municipality check the actor's scope.
 *
 * @param communes CUT codes an integrator may act for
 * @param regions  region codes an integrator may act for (every commune of the region)
 */
public record Actor(String principal, Role role, String client, Set<String> communes, Set<String> regions) {

    public static final String PRINCIPAL = "principal";
    public static final String ROLE = "role";
    public static final String CLIENT = "client";
    public static final String COMMUNES = "scopeCommunes";
    public static final String REGIONS = "scopeRegions";

    /** RedLIM itself: the territory bootstrap, the demo data. */
    public static final Actor SYSTEM = new Actor("redlim", null, "redlim", Set.of(), Set.of());

    public Actor {
        communes = communes == null ? Set.of() : Set.copyOf(communes);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    /** National roles act for every municipality; an integrator only inside its scope. */
    public boolean mayActFor(CommuneCode commune) {
        if (role != Role.INTEGRATOR) {
            return true;
        }
        return communes.contains(commune.value()) || regions.contains(commune.regionCode());
    }

    public void requireMayActFor(CommuneCode commune) {
        if (!mayActFor(commune)) {
            throw new DomainException(ErrorCode.FORBIDDEN,
                    "This credential may not act for commune " + commune + " (" + client + ")");
        }
    }

    public Map<String, String> toMetaData() {
        Map<String, String> meta = new HashMap<>();
        meta.put(PRINCIPAL, principal);
        meta.put(CLIENT, client);
        if (role != null) {
            meta.put(ROLE, role.value());
        }
        if (!communes.isEmpty()) {
            meta.put(COMMUNES, String.join(",", new TreeSet<>(communes)));
        }
        if (!regions.isEmpty()) {
            meta.put(REGIONS, String.join(",", new TreeSet<>(regions)));
        }
        return meta;
    }

    /** The actor a message's metadata names, or {@link #SYSTEM} when it names none. */
    public static Actor fromMetaData(Map<String, ?> meta) {
        Object principal = meta.get(PRINCIPAL);
        if (principal == null) {
            return SYSTEM;
        }
        Object role = meta.get(ROLE);
        return new Actor(principal.toString(), role == null ? null : Role.of(role.toString()),
                String.valueOf(meta.get(CLIENT)), split(meta.get(COMMUNES)), split(meta.get(REGIONS)));
    }

    private static Set<String> split(Object joined) {
        return joined == null || joined.toString().isBlank() ? Set.of() : Set.of(joined.toString().split(","));
    }
}
