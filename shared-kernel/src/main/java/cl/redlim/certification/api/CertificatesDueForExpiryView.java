package cl.redlim.certification.api;

import java.util.List;

/** Certification ids for the expiry sweeper, oldest valid-until first. */
public record CertificatesDueForExpiryView(List<String> certificationIds) {

    public CertificatesDueForExpiryView {
        certificationIds = List.copyOf(certificationIds);
    }
}
