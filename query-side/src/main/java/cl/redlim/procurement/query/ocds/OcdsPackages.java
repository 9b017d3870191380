package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Wraps releases and records into OCDS 1.1 packages with the publisher's metadata, and compiles records with
 * {@link OcdsMerge}. Records link their releases (by URL) rather than embed them.
 */
final class OcdsPackages {

    static final String PATH = "/api/v1/public/ocds";
    static final String VERSION = "1.1";
    /** The official bids extension, for {@code bids.details}. */
    static final String BIDS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";
    /** The official pagination extension, for the package-level {@code links.next} and {@code links.prev}. */
    static final String PAGINATION_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json";

    private final OcdsPublication publication;

    OcdsPackages(OcdsPublication publication) {
        this.publication = publication;
    }

    static String releasePackageUri(String baseUrl, String ocid) {
        return baseUrl + PATH + "/releases/" + ocid;
    }

    static String recordPackageUri(String baseUrl, String ocid) {
        return baseUrl + PATH + "/records/" + ocid;
    }

    ObjectNode releasePackage(String uri, List<JsonNode> releases) {
        ObjectNode pkg = header(uri, releases.stream().anyMatch(r -> r.has("bids")), latest(releases));
        ArrayNode list = pkg.putArray("releases");
        releases.forEach(list::add);
        return pkg;
    }

    /** One record: its releases linked by URL in date order, the compiled release and, if asked, the versioned one. */
    ObjectNode record(String ocid, List<JsonNode> releases, String baseUrl, boolean versioned) {
        ObjectNode record = OcdsJson.object().put("ocid", ocid);
        ArrayNode linked = record.putArray("releases");
        ObjectNode compiled = OcdsMerge.standard().compile(releases);
        String packageUri = releasePackageUri(baseUrl, ocid);
        inDateOrder(releases).forEach(r -> {
            ObjectNode link = linked.addObject()
                    .put("url", packageUri + "#" + r.get("id").asText())
                    .put("date", r.get("date").asText());
            link.set("tag", r.get("tag").deepCopy());
        });
        record.set("compiledRelease", compiled);
        if (versioned) {
            record.set("versionedRelease", OcdsMerge.standard().versioned(releases));
        }
        return record;
    }

    ObjectNode recordPackage(String uri, Collection<String> releasePackageUris, List<ObjectNode> records) {
        List<JsonNode> compiled = records.stream().map(r -> r.get("compiledRelease")).toList();
        ObjectNode pkg = header(uri, compiled.stream().anyMatch(r -> r.has("bids")), latest(compiled));
        ArrayNode packages = pkg.putArray("packages");
        releasePackageUris.forEach(packages::add);
        ArrayNode list = pkg.putArray("records");
        records.forEach(list::add);
        return pkg;
    }

    /** Adds the pagination extension's links to a package. */
    static void paginate(ObjectNode pkg, String next, String prev) {
        if (next == null && prev == null) {
            return;
        }
        ObjectNode links = pkg.putObject("links");
        if (next != null) {
            links.put("next", next);
        }
        if (prev != null) {
            links.put("prev", prev);
        }
        ((ArrayNode) pkg.withArray("extensions")).add(PAGINATION_EXTENSION);
    }

    private ObjectNode header(String uri, boolean bids, String publishedDate) {
        ObjectNode pkg = OcdsJson.object().put("uri", uri).put("version", VERSION);
        if (bids) {
            pkg.putArray("extensions").add(BIDS_EXTENSION);
        }
        pkg.put("publishedDate", publishedDate);
        ObjectNode publisher = pkg.putObject("publisher").put("name", publication.publisherName());
        putIfPresent(publisher, "scheme", publication.publisherScheme());
        putIfPresent(publisher, "uid", publication.publisherUid());
        putIfPresent(publisher, "uri", publication.publisherUri());
        putIfPresent(pkg, "license", publication.license());
        putIfPresent(pkg, "publicationPolicy", publication.publicationPolicy());
        return pkg;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    /** "If this package is generated on demand, this date should reflect the date of the last change": the latest release. */
    private static String latest(List<JsonNode> releases) {
        String latest = null;
        Instant at = null;
        for (JsonNode r : releases) {
            String date = r.get("date").asText();
            Instant instant = OcdsJson.instant(date);
            if (at == null || instant.isAfter(at)) {
                at = instant;
                latest = date;
            }
        }
        return latest;
    }

    private static List<JsonNode> inDateOrder(List<JsonNode> releases) {
        List<JsonNode> sorted = new ArrayList<>(releases);
        sorted.sort((a, b) -> OcdsJson.instant(a.get("date").asText()).compareTo(OcdsJson.instant(b.get("date").asText())));
        return sorted;
    }
}
