/**
 * Procurement published as Open Contracting Data Standard 1.1: each procurement event an immutable release
 * ({@link cl.redlim.procurement.query.ocds.OcdsReleaseProjection}), records compiled by the OCDS merge rules
 * ({@link cl.redlim.procurement.query.ocds.OcdsMerge}), and the queries the public controller sends. The queries
 * ({@code FindOcds...Query}) and their answers live here rather than in the shared kernel: only the query side's own
 * controller sends them. In them, {@code baseUrl} is the public address that package, release and record URIs start
 * with, and {@code pageUrl} the address of the page asked for, without its {@code page} parameter.
 * See docs/contexts/procurement-ocds.md.
 */
package cl.redlim.procurement.query.ocds;
