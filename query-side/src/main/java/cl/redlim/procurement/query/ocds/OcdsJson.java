package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON and date conventions of the OCDS publication. */
final class OcdsJson {

    /** Plain JSON, no application settings: OCDS documents are JSON trees built and stored as they are. */
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    static final String CURRENCY = "CLP";

    /**
     * Release dates are UTC with milliseconds, always the same width, so that their text sorts as their time does
     * (the reference merge sorts releases by the text of {@code date}).
     */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private OcdsJson() {
    }

    static String date(Instant instant) {
        return INSTANT.format(instant);
    }

    static Instant instant(String date) {
        return java.time.OffsetDateTime.parse(date).toInstant();
    }

    /** The first moment of a day in Chile, with its offset, e.g. {@code 2025-03-01T00:00:00-03:00}. */
    static String startOfDay(LocalDate day) {
        return day.atStartOfDay(CHILE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The last second of a day in Chile, with its offset: contract periods end at the end of their last day. */
    static String endOfDay(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(CHILE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode value(long amount) {
        return object().put("amount", amount).put("currency", CURRENCY);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
