package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;

/** One page: its package (null when the page is empty) and the address of the next page (null on the last). */
public record OcdsPackagePage(JsonNode body, String next) {
}
