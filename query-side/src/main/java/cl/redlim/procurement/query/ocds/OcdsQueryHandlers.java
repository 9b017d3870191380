package cl.redlim.procurement.query.ocds;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Answers the OCDS queries from the releases the projection stored; records are compiled on every read. */
@Component
class OcdsQueryHandlers {

    private final OcdsStore store;
    private final OcdsPackages packages;

    OcdsQueryHandlers(OcdsStore store, OcdsPublication publication) {
        this.store = store;
        this.packages = new OcdsPackages(publication);
    }

    @QueryHandler
    JsonNode handle(FindOcdsReleasePackageQuery query) {
        Document process = process(query.ocid());
        return packages.releasePackage(OcdsPackages.releasePackageUri(query.baseUrl(), query.ocid()),
                store.releasesOf(process.getString("_id")));
    }

    @QueryHandler
    JsonNode handle(FindOcdsRecordPackageQuery query) {
        Document process = process(query.ocid());
        ObjectNode record = packages.record(query.ocid(), store.releasesOf(process.getString("_id")), query.baseUrl(),
                query.versioned());
        String uri = OcdsPackages.recordPackageUri(query.baseUrl(), query.ocid())
                + (query.versioned() ? "?versioned=true" : "");
        return packages.recordPackage(uri, List.of(OcdsPackages.releasePackageUri(query.baseUrl(), query.ocid())),
                List.of(record));
    }

    @QueryHandler
    OcdsPackagePage handle(FindOcdsReleasesQuery query) {
        List<JsonNode> releases = store.releasesSince(query.since(), query.page() * query.size(), query.size());
        if (releases.isEmpty()) {
            return new OcdsPackagePage(null, null);
        }
        long total = store.countReleasesSince(query.since());
        ObjectNode pkg = packages.releasePackage(page(query.pageUrl(), query.page()), releases);
        return paginated(pkg, query.pageUrl(), query.page(), query.size(), total);
    }

    @QueryHandler
    OcdsPackagePage handle(FindOcdsRecordsQuery query) {
        List<Document> processes = store.processesSince(query.since(), query.page() * query.size(), query.size());
        if (processes.isEmpty()) {
            return new OcdsPackagePage(null, null);
        }
        long total = store.countProcessesSince(query.since());
        Set<String> releasePackages = new LinkedHashSet<>();
        List<ObjectNode> records = new ArrayList<>();
        for (Document process : processes) {
            String ocid = process.getString("ocid");
            releasePackages.add(OcdsPackages.releasePackageUri(query.baseUrl(), ocid));
            records.add(packages.record(ocid, store.releasesOf(process.getString("_id")), query.baseUrl(),
                    query.versioned()));
        }
        ObjectNode pkg = packages.recordPackage(page(query.pageUrl(), query.page()), releasePackages, records);
        return paginated(pkg, query.pageUrl(), query.page(), query.size(), total);
    }

    @QueryHandler
    OcdsExportBatch handle(FindOcdsExportQuery query) {
        List<Document> processes = store.processesAfter(query.afterProcessId(), query.since(), query.processes());
        List<String> lines = new ArrayList<>();
        for (Document process : processes) {
            List<JsonNode> releases = store.releasesOf(process.getString("_id"));
            if (query.records()) {
                lines.add(OcdsJson.write(packages.record(process.getString("ocid"), releases, query.baseUrl(),
                        query.versioned())));
            } else {
                releases.forEach(r -> lines.add(OcdsJson.write(r)));
            }
        }
        String last = processes.size() < query.processes() ? null
                : processes.get(processes.size() - 1).getString("_id");
        return new OcdsExportBatch(lines, last);
    }

    private Document process(String ocid) {
        Document process = ocid == null ? null : store.processByOcid(ocid);
        if (process == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No contracting process with ocid '"
                    + (ocid == null ? "" : ocid.length() > 80 ? ocid.substring(0, 80) + "…" : ocid) + "'");
        }
        return process;
    }

    private static OcdsPackagePage paginated(ObjectNode pkg, String pageUrl, int page, int size, long total) {
        String next = (long) (page + 1) * size < total ? page(pageUrl, page + 1) : null;
        String prev = page > 0 ? page(pageUrl, page - 1) : null;
        OcdsPackages.paginate(pkg, next, prev);
        return new OcdsPackagePage(pkg, next);
    }

    private static String page(String pageUrl, int page) {
        return UriComponentsBuilder.fromUriString(pageUrl).replaceQueryParam("page", page).build().toUriString();
    }
}
