package cl.redlim.certification.query;

import cl.redlim.certification.api.CertificationProgressView;
import cl.redlim.certification.api.CertificationProgressView.Forecast;
import cl.redlim.certification.api.CertificationProgressView.Funnel;
import cl.redlim.certification.api.CertificationProgressView.GroupRow;
import cl.redlim.certification.api.CertificationProgressView.Month;
import cl.redlim.certification.api.CertificationProgressView.RegionRow;
import cl.redlim.certification.api.CertificationProgressView.RuralityRow;
import cl.redlim.certification.api.FindCertificationProgressByMunicipalityQuery;
import cl.redlim.certification.api.FindCertificationProgressQuery;
import cl.redlim.certification.api.MunicipalityProgressView;
import cl.redlim.readmodel.Names;
import cl.redlim.territory.api.Rurality;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.*;

import static cl.redlim.readmodel.DocValues.instant;

/**
 * The public progress figures, computed at query time from the {@code certification-progress} documents (a few
 * thousand at most: one per official per programme) and the communes. Dates are Chile's (America/Santiago).
 * <ul>
 *   <li>Counted: an official certified (first certificate issued) within the window and not revoked. An expired
 *   certificate still counts: the official was certified. Each official counts once, at the municipality of their
 *   earliest counted certificate.</li>
 *   <li>Monthly rate: counted officials first certified in the 3 full months before today's month, divided by 3.</li>
 *   <li>A region's share: its communes over all registered communes.</li>
 * </ul>
 */
@Component
class CertificationProgressQueries {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    static final int RATE_MONTHS = 3;

    private final MongoCollection<Document> certifications;
    private final MongoCollection<Document> communes;
    private final Names names;
    private final CertificationProgressSettings settings;
    private final Clock clock;

    CertificationProgressQueries(MongoDatabase readModelDatabase, CertificationProgressSettings settings, Clock clock) {
        this.certifications = readModelDatabase.getCollection(CertificationProgressProjection.CERTIFICATIONS);
        this.communes = readModelDatabase.getCollection(CertificationProgressProjection.COMMUNES);
        this.names = new Names(readModelDatabase.getCollection(CertificationProgressProjection.NAMES));
        this.settings = settings;
        this.clock = clock;
    }

    private record Commune(String cut, String name, String regionCode, Integer group, Rurality rurality) {
    }

    private record Cert(String rut, String municipality, Instant enrolledAt, Instant allModulesAt, Instant passedAt,
                        Instant certifiedAt, Instant revokedAt) {
    }

    /** An official counted toward the target: their earliest counted certificate. */
    private record Counted(String rut, String municipality, LocalDate certifiedOn, long daysToCertify) {
    }

    @QueryHandler
    CertificationProgressView handle(FindCertificationProgressQuery query) {
        LocalDate asOf = LocalDate.now(clock.withZone(CHILE));
        Map<String, Commune> communeMap = communes();
        List<Cert> certs = certifications(query.programmeId());
        List<Counted> counted = counted(certs);
        long certified = counted.size();

        Set<String> countedRuts = new HashSet<>();
        counted.forEach(c -> countedRuts.add(c.rut()));
        Set<String> revoked = new TreeSet<>();
        for (Cert c : certs) {
            if (c.revokedAt() != null && inWindow(c.certifiedAt()) && !countedRuts.contains(c.rut())) {
                revoked.add(c.rut());
            }
        }

        // enrolled officials per municipality (an official enrolled in two municipalities' programmes is in both)
        Map<String, Set<String>> enrolledBy = new HashMap<>();
        for (Cert c : certs) {
            enrolledBy.computeIfAbsent(c.municipality(), k -> new HashSet<>()).add(c.rut());
        }

        List<RegionRow> regions = byRegion(communeMap, enrolledBy, counted);
        return new CertificationProgressView(query.programmeId(), settings.target(), settings.windowStart(),
                settings.windowEnd(), asOf, certified, revoked.size(), oneDecimal(100.0 * certified / settings.target()),
                cumulative(counted, asOf), funnel(certs), median(counted), forecast(counted, asOf, regions), regions,
                byGroup(communeMap, enrolledBy, counted), byRurality(communeMap, enrolledBy, counted));
    }

    @QueryHandler
    MunicipalityProgressView handle(FindCertificationProgressByMunicipalityQuery query) {
        Map<String, Commune> communeMap = communes();
        List<Cert> certs = certifications(query.programmeId());
        Map<String, Set<String>> enrolledBy = new TreeMap<>();
        for (Cert c : certs) {
            enrolledBy.computeIfAbsent(c.municipality(), k -> new HashSet<>()).add(c.rut());
        }
        Map<String, Long> certifiedBy = new HashMap<>();
        for (Counted c : counted(certs)) {
            certifiedBy.merge(c.municipality(), 1L, Long::sum);
            enrolledBy.computeIfAbsent(c.municipality(), k -> new HashSet<>()).add(c.rut());
        }
        List<MunicipalityProgressView.Row> rows = new ArrayList<>();
        enrolledBy.forEach((cut, ruts) -> {
            Commune commune = communeMap.getOrDefault(cut, new Commune(cut, null, cut.substring(0, 2), null, null));
            boolean rural = commune.rurality() == Rurality.PREDOMINANTLY_RURAL;
            if ((query.region() == null || query.region().equals(commune.regionCode()))
                    && (!query.ruralOnly() || rural)) {
                rows.add(new MunicipalityProgressView.Row(cut, commune.name(), commune.regionCode(),
                        names.get("region:" + commune.regionCode()), commune.group(), commune.rurality(), rural,
                        ruts.size(), certifiedBy.getOrDefault(cut, 0L)));
            }
        });
        rows.sort(Comparator.comparing((MunicipalityProgressView.Row r) -> !r.rural())
                .thenComparing(MunicipalityProgressView.Row::cut));
        return new MunicipalityProgressView(rows);
    }

    private Map<String, Commune> communes() {
        Map<String, Commune> map = new TreeMap<>();
        for (Document d : communes.find()) {
            String rurality = d.getString("rurality");
            map.put(d.getString("_id"), new Commune(d.getString("_id"), d.getString("name"), d.getString("regionCode"),
                    d.getInteger("group"), rurality == null ? null : Rurality.valueOf(rurality)));
        }
        return map;
    }

    private List<Cert> certifications(String programmeId) {
        Bson filter = programmeId == null ? Filters.empty() : Filters.eq("programmeId", programmeId);
        List<Cert> certs = new ArrayList<>();
        for (Document d : certifications.find(filter)) {
            certs.add(new Cert(d.getString("rut"), d.getString("municipality"), instant(d, "enrolledAt"),
                    instant(d, "allModulesAt"), instant(d, "passedAt"), instant(d, "certifiedAt"),
                    instant(d, "revokedAt")));
        }
        return certs;
    }

    private boolean inWindow(Instant at) {
        if (at == null) {
            return false;
        }
        LocalDate day = at.atZone(CHILE).toLocalDate();
        return !day.isBefore(settings.windowStart()) && !day.isAfter(settings.windowEnd());
    }

    /** Officials counted toward the target, each at their earliest counted certificate, in certificate order. */
    private List<Counted> counted(List<Cert> certs) {
        Map<String, Cert> earliest = new HashMap<>();
        for (Cert c : certs) {
            if (c.revokedAt() == null && inWindow(c.certifiedAt())) {
                earliest.merge(c.rut(), c, (a, b) -> a.certifiedAt().isAfter(b.certifiedAt()) ? b : a);
            }
        }
        return earliest.values().stream()
                .sorted(Comparator.comparing(Cert::certifiedAt).thenComparing(Cert::rut))
                .map(c -> new Counted(c.rut(), c.municipality(), c.certifiedAt().atZone(CHILE).toLocalDate(),
                        ChronoUnit.DAYS.between(c.enrolledAt().atZone(CHILE).toLocalDate(),
                                c.certifiedAt().atZone(CHILE).toLocalDate())))
                .toList();
    }

    private List<Month> cumulative(List<Counted> counted, LocalDate asOf) {
        YearMonth first = YearMonth.from(settings.windowStart());
        YearMonth last = YearMonth.from(asOf.isAfter(settings.windowEnd()) ? settings.windowEnd() : asOf);
        Map<YearMonth, Long> perMonth = new HashMap<>();
        counted.forEach(c -> perMonth.merge(YearMonth.from(c.certifiedOn()), 1L, Long::sum));
        List<Month> months = new ArrayList<>();
        long total = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long n = perMonth.getOrDefault(m, 0L);
            total += n;
            months.add(new Month(m.toString(), n, total));
        }
        return months;
    }

    private static Funnel funnel(List<Cert> certs) {
        Set<String> enrolled = new HashSet<>();
        Set<String> modules = new HashSet<>();
        Set<String> passed = new HashSet<>();
        Set<String> certified = new HashSet<>();
        for (Cert c : certs) {
            enrolled.add(c.rut());
            if (c.allModulesAt() != null) {
                modules.add(c.rut());
            }
            if (c.passedAt() != null) {
                passed.add(c.rut());
            }
            if (c.certifiedAt() != null) {
                certified.add(c.rut());
            }
        }
        return new Funnel(enrolled.size(), modules.size(), passed.size(), certified.size());
    }

    private static Double median(List<Counted> counted) {
        if (counted.isEmpty()) {
            return null;
        }
        long[] days = counted.stream().mapToLong(Counted::daysToCertify).sorted().toArray();
        int n = days.length;
        return n % 2 == 1 ? (double) days[n / 2] : oneDecimal((days[n / 2 - 1] + days[n / 2]) / 2.0);
    }

    private Forecast forecast(List<Counted> counted, LocalDate asOf, List<RegionRow> regions) {
        YearMonth thisMonth = YearMonth.from(asOf);
        YearMonth from = thisMonth.minusMonths(RATE_MONTHS);
        long recent = counted.stream().map(c -> YearMonth.from(c.certifiedOn()))
                .filter(m -> !m.isBefore(from) && m.isBefore(thisMonth)).count();
        long remaining = Math.max(0, settings.target() - counted.size());
        YearMonth targetMonth;
        if (remaining == 0) {
            targetMonth = YearMonth.from(counted.get(settings.target() - 1).certifiedOn());
        } else if (recent == 0) {
            targetMonth = null;
        } else {
            targetMonth = thisMonth.plusMonths((remaining * RATE_MONTHS + recent - 1) / recent);
        }
        boolean onTrack = targetMonth != null && !targetMonth.isAfter(YearMonth.from(settings.windowEnd()));
        return new Forecast(twoDecimals((double) recent / RATE_MONTHS), remaining,
                targetMonth == null ? null : targetMonth.toString(), onTrack,
                regions.stream().filter(RegionRow::behind).map(RegionRow::code).toList());
    }

    private List<RegionRow> byRegion(Map<String, Commune> communeMap, Map<String, Set<String>> enrolledBy,
                                     List<Counted> counted) {
        Map<String, Long> communesPer = new TreeMap<>();
        communeMap.values().forEach(c -> communesPer.merge(c.regionCode(), 1L, Long::sum));
        Map<String, Set<String>> enrolled = new HashMap<>();
        enrolledBy.forEach((cut, ruts) -> enrolled.computeIfAbsent(regionOf(communeMap, cut), k -> new HashSet<>())
                .addAll(ruts));
        Map<String, Long> certified = new HashMap<>();
        counted.forEach(c -> certified.merge(regionOf(communeMap, c.municipality()), 1L, Long::sum));
        long totalCommunes = communeMap.size();
        List<RegionRow> rows = new ArrayList<>();
        communesPer.forEach((region, n) -> {
            double share = (double) n / totalCommunes;
            long got = certified.getOrDefault(region, 0L);
            double expected = share * counted.size();
            rows.add(new RegionRow(region, names.get("region:" + region), n, oneDecimal(100 * share),
                    Math.round(share * settings.target()), enrolled.getOrDefault(region, Set.of()).size(), got,
                    oneDecimal(expected), got < expected));
        });
        return rows;
    }

    private static List<GroupRow> byGroup(Map<String, Commune> communeMap, Map<String, Set<String>> enrolledBy,
                                          List<Counted> counted) {
        List<GroupRow> rows = new ArrayList<>();
        List<Integer> groups = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        groups.add(null);
        for (Integer group : groups) {
            Tally t = tally(communeMap, enrolledBy, counted, c -> Objects.equals(c.group(), group));
            rows.add(new GroupRow(group, t.communes, t.enrolled, t.certified));
        }
        return rows;
    }

    private static List<RuralityRow> byRurality(Map<String, Commune> communeMap, Map<String, Set<String>> enrolledBy,
                                                List<Counted> counted) {
        List<RuralityRow> rows = new ArrayList<>();
        List<Rurality> kinds = new ArrayList<>(List.of(Rurality.PREDOMINANTLY_RURAL, Rurality.MIXED,
                Rurality.PREDOMINANTLY_URBAN));
        kinds.add(null);
        for (Rurality kind : kinds) {
            Tally t = tally(communeMap, enrolledBy, counted, c -> c.rurality() == kind);
            rows.add(new RuralityRow(kind, t.communes, t.enrolled, t.certified));
        }
        return rows;
    }

    private record Tally(long communes, long enrolled, long certified) {
    }

    private static Tally tally(Map<String, Commune> communeMap, Map<String, Set<String>> enrolledBy,
                               List<Counted> counted, java.util.function.Predicate<Commune> in) {
        long communes = communeMap.values().stream().filter(in).count();
        Set<String> enrolled = new HashSet<>();
        enrolledBy.forEach((cut, ruts) -> {
            if (in.test(communeOf(communeMap, cut))) {
                enrolled.addAll(ruts);
            }
        });
        long certified = counted.stream().filter(c -> in.test(communeOf(communeMap, c.municipality()))).count();
        return new Tally(communes, enrolled.size(), certified);
    }

    private static Commune communeOf(Map<String, Commune> communeMap, String cut) {
        return communeMap.getOrDefault(cut, new Commune(cut, null, cut.substring(0, 2), null, null));
    }

    private static String regionOf(Map<String, Commune> communeMap, String cut) {
        return communeOf(communeMap, cut).regionCode();
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
