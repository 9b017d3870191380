package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OCDS projection remembers of one process between its events: the parties and their roles, the items,
 * the bids, awards and contracts, and the last release. Kept in the projection's own collection and never served:
 * it holds the bids' suppliers and amounts, which stay confidential until the bids are opened.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
final class ProcessState {

    String processId;
    String ocid;
    /** The aggregate sequence number of the last event applied; -1 before the first. */
    long version = -1;
    String lastReleaseId;
    String method;
    String buyerId;
    List<Item> items = new ArrayList<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    /** Confidential until {@link #opened}. */
    Map<String, Bid> bids = new LinkedHashMap<>();
    boolean opened;
    Map<String, Award> awards = new LinkedHashMap<>();
    Map<String, Contract> contracts = new LinkedHashMap<>();

    record Item(String id, String description, long quantity, String unit, String classification, String lot) {
    }

    /** A party as OCDS lists it; {@code rut} is null for the municipality. */
    record Party(String id, String name, String rut, String locality, String region, List<String> roles) {
        Party withRole(String role) {
            if (roles.contains(role)) {
                return this;
            }
            List<String> more = new ArrayList<>(roles);
            more.add(role);
            return new Party(id, name, rut, locality, region, List.copyOf(more));
        }
    }

    record Document(String title, String url) {
    }

    record Bid(String supplierId, String supplierName, long amount, String lot, List<Document> documents,
               String submittedAt) {
    }

    record Award(String title, String supplierId, String supplierName, String lot) {
    }

    record Contract(String awardId, String supplierId, boolean implementationStarted, boolean terminated) {
        Contract started() {
            return new Contract(awardId, supplierId, true, terminated);
        }

        Contract ended() {
            return new Contract(awardId, supplierId, implementationStarted, true);
        }
    }

    String toJson() {
        try {
            return OcdsJson.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProcessState fromJson(String json) {
        try {
            return OcdsJson.MAPPER.readValue(json, ProcessState.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
