package cl.redlim.transparency.api;

import cl.redlim.kernel.CommuneCode;

/** A municipality's active-transparency items. */
public record FindActiveTransparencyQuery(CommuneCode commune) {
}
