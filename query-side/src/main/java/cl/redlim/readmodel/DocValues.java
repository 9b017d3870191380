package cl.redlim.readmodel;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/** Small conversions between Java values and what the read-model documents store. */
public final class DocValues {

    private DocValues() {
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    public static long longValue(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    public static Long longOrNull(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? null : n.longValue();
    }
}
