package cl.redlim.procurement.query.ocds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who publishes the OCDS data and under which identifiers. Configurable, because the ocid prefix is registered with
 * the Open Contracting Partnership outside RedLIM, and the publisher, license and policy are the operator's.
 *
 * @param ocidPrefix        {@code redlim.ocds.ocid-prefix}: the registered ocid prefix; the default
 *                          {@value #PLACEHOLDER_PREFIX} is a placeholder, never to be published
 * @param publisherName     {@code redlim.ocds.publisher.name}
 * @param publisherScheme   {@code redlim.ocds.publisher.scheme}: an org-id.guide scheme, e.g. CL-RUT (optional)
 * @param publisherUid      {@code redlim.ocds.publisher.uid}: the publisher's id in that scheme (optional)
 * @param publisherUri      {@code redlim.ocds.publisher.uri} (optional)
 * @param license           {@code redlim.ocds.license}: the URI of the data's license
 * @param publicationPolicy {@code redlim.ocds.publication-policy}: the URI of the publication policy (optional)
 * @param baseUrl           {@code redlim.ocds.base-url}: the public address packages use in their URIs; when blank,
 *                          the address the request came to
 */
@Component
public record OcdsPublication(
        @Value("${redlim.ocds.ocid-prefix:" + OcdsPublication.PLACEHOLDER_PREFIX + "}") String ocidPrefix,
        @Value("${redlim.ocds.publisher.name:Red Nacional de Laboratorios de Innovación Municipal (RedLIM)}")
        String publisherName,
        @Value("${redlim.ocds.publisher.scheme:}") String publisherScheme,
        @Value("${redlim.ocds.publisher.uid:}") String publisherUid,
        @Value("${redlim.ocds.publisher.uri:}") String publisherUri,
        @Value("${redlim.ocds.license:https://creativecommons.org/licenses/by/4.0/}") String license,
        @Value("${redlim.ocds.publication-policy:}") String publicationPolicy,
        @Value("${redlim.ocds.base-url:}") String baseUrl) {

    /** Not a registered prefix: an operator must set the one the Open Contracting Partnership assigned. */
    public static final String PLACEHOLDER_PREFIX = "ocds-redlim";

    private static final Logger log = LoggerFactory.getLogger(OcdsPublication.class);

    public OcdsPublication {
        if (ocidPrefix == null || !ocidPrefix.matches("ocds-[a-z0-9]{1,32}")) {
            throw new IllegalArgumentException("redlim.ocds.ocid-prefix must look like ocds-xxxxxx (lower case letters "
                    + "and digits after 'ocds-'); got '" + ocidPrefix + "'");
        }
        if (PLACEHOLDER_PREFIX.equals(ocidPrefix)) {
            log.warn("OCDS ocids use the placeholder prefix '{}': set redlim.ocds.ocid-prefix to the prefix registered "
                    + "with the Open Contracting Partnership before publishing", PLACEHOLDER_PREFIX);
        }
    }
}
