package cl.redlim.document.api;

import java.time.Instant;
import java.util.List;

/** One version: content identity, review, signatures, number and distribution. */
public record DocumentVersionView(int version, String sha256, long size, String mediaType, String fileName,
                                  Instant loadedAt, Instant reviewedAt, String reviewerName,
                                  List<SignatureView> signatures, Integer year, Long number, Instant numberedAt,
                                  Instant distributedAt, int recipientCount) {
}
