package cl.redlim.procurement.query.ocds;

import java.util.List;

/** Export lines, one JSON document each; {@code lastProcessId} is where the next batch starts, null at the end. */
public record OcdsExportBatch(List<String> lines, String lastProcessId) {
}
