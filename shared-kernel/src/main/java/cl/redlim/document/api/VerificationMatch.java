package cl.redlim.document.api;

import java.util.List;

/**
 * A registered version with the verified content. A reserved document shows its classification and ground but
 * never its title.
 */
public record VerificationMatch(String documentId, int version, boolean currentVersion, String municipality,
                                DocumentType type, DocumentClassification classification,
                                ReservationGround reservationGround, String title, DocumentStatus status,
                                Integer year, Long number, List<SignatureView> signatures, boolean allSignaturesValid) {
}
