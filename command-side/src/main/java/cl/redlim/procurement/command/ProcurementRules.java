package cl.redlim.procurement.command;

import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The periods the procurement rules leave to configuration ({@code redlim.procurement.<type>.*}, where the type is
 * {@code l1}, {@code le}, {@code lp}, {@code lq}, {@code lr} or {@code compra-agil}): the minimum publication period,
 * the reduced minimum where the regulation allows one, and how long a tender must stay open after an amendment.
 * The regulation sets them and may change them, so they are not hard-wired. A bare number is a number of calendar
 * days; any Spring duration works too ({@code 36h}, {@code PT2S}). Checked at start-up: every period is positive and a
 * reduced one is not longer than the ordinary one.
 */
@ConfigurationProperties(prefix = "redlim.procurement")
public class ProcurementRules implements InitializingBean {

    private final Periods l1 = new Periods(5, null, 2);
    private final Periods le = new Periods(10, 5, 5);
    private final Periods lp = new Periods(20, 10, 10);
    private final Periods lq = new Periods(20, 10, 10);
    private final Periods lr = new Periods(30, null, 15);
    private final Periods compraAgil = new Periods(1, null, 1);

    /** The periods of one tender type (or of Compra Ágil). */
    public static class Periods {

        @DurationUnit(ChronoUnit.DAYS)
        private Duration publication;
        @DurationUnit(ChronoUnit.DAYS)
        private Duration reducedPublication;
        @DurationUnit(ChronoUnit.DAYS)
        private Duration openAfterAmendment;

        Periods(int publicationDays, Integer reducedPublicationDays, int openAfterAmendmentDays) {
            this.publication = Duration.ofDays(publicationDays);
            this.reducedPublication = reducedPublicationDays == null ? null : Duration.ofDays(reducedPublicationDays);
            this.openAfterAmendment = Duration.ofDays(openAfterAmendmentDays);
        }

        public Duration getPublication() {
            return publication;
        }

        public void setPublication(Duration publication) {
            this.publication = publication;
        }

        /** Null when the type has no reduced period. */
        public Duration getReducedPublication() {
            return reducedPublication;
        }

        public void setReducedPublication(Duration reducedPublication) {
            this.reducedPublication = reducedPublication;
        }

        public Duration getOpenAfterAmendment() {
            return openAfterAmendment;
        }

        public void setOpenAfterAmendment(Duration openAfterAmendment) {
            this.openAfterAmendment = openAfterAmendment;
        }
    }

    public Periods getL1() {
        return l1;
    }

    public Periods getLe() {
        return le;
    }

    public Periods getLp() {
        return lp;
    }

    public Periods getLq() {
        return lq;
    }

    public Periods getLr() {
        return lr;
    }

    public Periods getCompraAgil() {
        return compraAgil;
    }

    /** The ordinary minimum publication period. */
    Duration publication(ProcurementMethod method, TenderType type) {
        return of(method, type).publication;
    }

    /** The reduced minimum publication period; empty where the rules allow none. */
    Optional<Duration> reducedPublication(ProcurementMethod method, TenderType type) {
        return Optional.ofNullable(of(method, type).reducedPublication);
    }

    /** How long a tender must stay open after an amendment. */
    Duration openAfterAmendment(ProcurementMethod method, TenderType type) {
        return of(method, type).openAfterAmendment;
    }

    /** A period as people read it: "10 days", or the ISO form when it is not a whole number of days. */
    static String describe(Duration period) {
        return period.toSeconds() % 86_400 == 0 && period.getNano() == 0
                ? period.toDays() + (period.toDays() == 1 ? " day" : " days") : period.toString();
    }

    private Periods of(ProcurementMethod method, TenderType type) {
        if (method == ProcurementMethod.COMPRA_AGIL) {
            return compraAgil;
        }
        return switch (type) {
            case L1 -> l1;
            case LE -> le;
            case LP -> lp;
            case LQ -> lq;
            case LR -> lr;
        };
    }

    @Override
    public void afterPropertiesSet() {
        check();
    }

    /** Refuses incoherent periods, naming every key at fault. */
    void check() {
        Map<String, Periods> all = new LinkedHashMap<>();
        all.put("l1", l1);
        all.put("le", le);
        all.put("lp", lp);
        all.put("lq", lq);
        all.put("lr", lr);
        all.put("compra-agil", compraAgil);
        List<String> faults = new ArrayList<>();
        all.forEach((name, p) -> {
            String key = "redlim.procurement." + name + ".";
            if (!isPositive(p.publication)) {
                faults.add(key + "publication must be positive, not " + p.publication);
            }
            if (!isPositive(p.openAfterAmendment)) {
                faults.add(key + "open-after-amendment must be positive, not " + p.openAfterAmendment);
            }
            Duration reduced = p.reducedPublication;
            if (reduced != null && (!isPositive(reduced)
                    || (isPositive(p.publication) && reduced.compareTo(p.publication) > 0))) {
                faults.add(key + "reduced-publication must be positive and at most publication ("
                        + p.publication + "), not " + reduced);
            }
        });
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Invalid procurement periods: " + String.join("; ", faults));
        }
    }

    private static boolean isPositive(Duration period) {
        return period != null && !period.isNegative() && !period.isZero();
    }
}
