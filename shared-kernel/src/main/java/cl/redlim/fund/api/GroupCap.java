package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;

/** The most a call awards, in total, to the communes of one SUBDERE group. */
public record GroupCap(CommuneGroup group, Clp cap) {
}
