package cl.redlim.certification.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;

import java.time.Instant;

/**
 * Everything a verifiable credential of the certificate needs: whom it names (RUT, name, municipality at issue), the
 * programme and requirements version, its validity, its credential id ({@code urn:uuid:…}) and its entry in a
 * Bitstring Status List (list id and index, allocated once, never reused).
 */
public record IssuedCertificate(String credentialId, String statusListId, long statusListIndex, Rut rut,
                                String officialName, CommuneCode municipality, String programmeId,
                                String programmeTitle, int requirementsVersion, Instant issuedAt, Instant validUntil) {
}
