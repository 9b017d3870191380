package cl.redlim.procurement.query;

import cl.redlim.procurement.api.ProcurementRedFlag;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cl.redlim.procurement.query.Explain.clp;
import static cl.redlim.procurement.query.Explain.percent;
import static cl.redlim.procurement.query.Explain.utm;
import static cl.redlim.procurement.query.Explain.window;
import static cl.redlim.readmodel.DocValues.date;
import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longValue;

/**
 * SPLITTING across processes. At award, a process notes, per supplier, the total it awarded them when that total is
 * just under a band threshold ({@code nearThreshold}). A process is flagged when another process of the same buyer
 * has a note for the same supplier and threshold within the window of its own. A new award can flag earlier
 * processes, so each award re-decides the flag of its process and of every partner it finds. The decision depends
 * only on the documents' notes, not on the order events arrive in, so a redelivered award changes nothing.
 */
final class SplittingClusters {

    static final String NEAR = "nearThreshold";

    private final MongoCollection<Document> processes;
    private final RedFlagRules rules;

    SplittingClusters(MongoCollection<Document> processes, RedFlagRules rules) {
        this.processes = processes;
        this.rules = rules;
    }

    /** The notes of a process with these awards: per supplier, the total awarded them when just under a threshold. */
    List<Document> nearThreshold(List<Document> awards, long utmValue) {
        Map<String, Document> bySupplier = new LinkedHashMap<>();
        for (Document award : awards) {
            Document total = bySupplier.computeIfAbsent(award.getString("supplier"), s -> new Document("supplier", s)
                    .append("supplierName", award.getString("supplierName")).append("amount", 0L));
            total.put("amount", longValue(total, "amount") + longValue(award, "amount"));
            Instant at = instant(award, "awardedAt");
            Instant latest = instant(total, "awardedAt");
            if (latest == null || at.isAfter(latest)) {
                total.put("awardedAt", award.getDate("awardedAt"));
            }
        }
        List<Document> notes = new ArrayList<>();
        bySupplier.values().forEach(total -> rules.thresholdJustAbove(longValue(total, "amount"), utmValue)
                .ifPresent(threshold -> notes.add(total.append("thresholdUtm", threshold))));
        return notes;
    }

    /** Re-decides SPLITTING for a process and for every process its notes pair it with. */
    void refreshAround(String processId) {
        Document process = find(processId);
        if (process == null) {
            return;
        }
        Set<String> affected = new LinkedHashSet<>(List.of(processId));
        for (Document note : process.getList(NEAR, Document.class, List.of())) {
            partners(process, note).forEach(p -> affected.add(p.getString("_id")));
        }
        affected.forEach(this::refresh);
    }

    private void refresh(String processId) {
        Document process = find(processId);
        if (process == null) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        for (Document note : process.getList(NEAR, Document.class, List.of())) {
            List<Document> partners = partners(process, note);
            if (!partners.isEmpty()) {
                sentences.add(explain(process, note, partners));
            }
        }
        Optional<String> explanation = sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
        processes.updateOne(Filters.eq("_id", processId),
                Updates.combine(FlagUpdates.of(ProcurementRedFlag.SPLITTING, explanation)));
    }

    /** Other processes of the buyer with a note for the same supplier and threshold within the window. */
    private List<Document> partners(Document process, Document note) {
        Duration window = rules.settings().splitting().window();
        Instant at = instant(note, "awardedAt");
        Bson sameNote = Filters.and(Filters.eq("supplier", note.getString("supplier")),
                Filters.eq("thresholdUtm", longValue(note, "thresholdUtm")),
                Filters.gte("awardedAt", date(at.minus(window))),
                Filters.lte("awardedAt", date(at.plus(window))));
        List<Document> partners = new ArrayList<>();
        processes.find(Filters.and(Filters.eq("buyer", process.getString("buyer")),
                        Filters.ne("_id", process.getString("_id")), Filters.elemMatch(NEAR, sameNote)))
                .forEach(partners::add);
        partners.sort(Comparator.comparing((Document p) -> instant(noteOf(p, note), "awardedAt"))
                .thenComparing(p -> p.getString("_id")));
        return partners;
    }

    private String explain(Document process, Document note, List<Document> partners) {
        RedFlagSettings.Splitting settings = rules.settings().splitting();
        long threshold = longValue(note, "thresholdUtm");
        long utmValue = longValue(process, "utmValue");
        long amount = longValue(note, "amount");
        StringBuilder text = new StringBuilder("Awarded ").append(clp(amount)).append(" (")
                .append(utm(amount, utmValue)).append(") to ").append(note.getString("supplier"))
                .append(" (").append(note.getString("supplierName")).append("), within ")
                .append(percent(settings.marginPercent())).append(" under the ").append(utm(threshold))
                .append(" threshold; within ").append(window(settings.window()))
                .append(" the same buyer also awarded this supplier just under ").append(utm(threshold))
                .append(" in ").append(partners.size()).append(partners.size() == 1 ? " other process: "
                        : " other processes: ");
        List<String> others = new ArrayList<>();
        for (Document partner : partners) {
            Document other = noteOf(partner, note);
            long otherAmount = longValue(other, "amount");
            others.add(partner.getString("_id") + " (" + clp(otherAmount) + ", "
                    + utm(otherAmount, longValue(partner, "utmValue")) + ", on "
                    + Explain.date(instant(other, "awardedAt")) + ")");
        }
        return text.append(String.join(", ", others)).append('.').toString();
    }

    /** The partner's note for the same supplier and threshold. */
    private static Document noteOf(Document partner, Document note) {
        return partner.getList(NEAR, Document.class).stream()
                .filter(n -> n.getString("supplier").equals(note.getString("supplier"))
                        && longValue(n, "thresholdUtm") == longValue(note, "thresholdUtm"))
                .findFirst().orElseThrow();
    }

    private Document find(String processId) {
        return processes.find(Filters.eq("_id", processId)).first();
    }
}
