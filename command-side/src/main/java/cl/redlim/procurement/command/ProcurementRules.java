package cl.redlim.procurement.command;

import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The periods the procurement rules leave to configuration ({@code redlim.procurement.<type>.*}, where the type is
 * {@code l1}, {@code le}, {@code lp}, {@code lq}, {@code lr} or {@code compra-agil}): the minimum publication days,
 * the reduced minimum where the regulation allows one, and the days that must remain open after an amendment.
 * The regulation sets them and may change them, so they are not hard-wired. Checked at start-up: every period is
 * positive and a reduced one is not longer than the ordinary one.
 */
@ConfigurationProperties(prefix = "redlim.procurement")
public class ProcurementRules implements InitializingBean {

    private final Periods l1 = new Periods(5, null, 2);
    private final Periods le = new Periods(10, 5, 5);
    private final Periods lp = new Periods(20, 10, 10);
    private final Periods lq = new Periods(20, 10, 10);
    private final Periods lr = new Periods(30, null, 15);
    private final Periods compraAgil = new Periods(1, null, 1);

    /** The periods of one tender type (or of Compra Ágil), in calendar days. */
    public static class Periods {

        private int publicationDays;
        private Integer reducedPublicationDays;
        private int amendmentDays;

        Periods(int publicationDays, Integer reducedPublicationDays, int amendmentDays) {
            this.publicationDays = publicationDays;
            this.reducedPublicationDays = reducedPublicationDays;
            this.amendmentDays = amendmentDays;
        }

        public int getPublicationDays() {
            return publicationDays;
        }

        public void setPublicationDays(int publicationDays) {
            this.publicationDays = publicationDays;
        }

        /** Null when the type has no reduced period. */
        public Integer getReducedPublicationDays() {
            return reducedPublicationDays;
        }

        public void setReducedPublicationDays(Integer reducedPublicationDays) {
            this.reducedPublicationDays = reducedPublicationDays;
        }

        public int getAmendmentDays() {
            return amendmentDays;
        }

        public void setAmendmentDays(int amendmentDays) {
            this.amendmentDays = amendmentDays;
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

    /** The ordinary minimum publication period, in days. */
    int publicationDays(ProcurementMethod method, TenderType type) {
        return of(method, type).publicationDays;
    }

    /** The reduced minimum publication period, in days; empty where the rules allow none. */
    OptionalInt reducedPublicationDays(ProcurementMethod method, TenderType type) {
        Integer reduced = of(method, type).reducedPublicationDays;
        return reduced == null ? OptionalInt.empty() : OptionalInt.of(reduced);
    }

    /** The days a tender must stay open after an amendment. */
    int amendmentDays(ProcurementMethod method, TenderType type) {
        return of(method, type).amendmentDays;
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
            if (p.publicationDays < 1) {
                faults.add(key + "publication-days must be at least 1, not " + p.publicationDays);
            }
            if (p.amendmentDays < 1) {
                faults.add(key + "amendment-days must be at least 1, not " + p.amendmentDays);
            }
            Integer reduced = p.reducedPublicationDays;
            if (reduced != null && (reduced < 1 || reduced > p.publicationDays)) {
                faults.add(key + "reduced-publication-days must be from 1 to publication-days ("
                        + p.publicationDays + "), not " + reduced);
            }
        });
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Invalid procurement periods: " + String.join("; ", faults));
        }
    }
}
