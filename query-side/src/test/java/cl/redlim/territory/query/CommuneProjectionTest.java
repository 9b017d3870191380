package cl.redlim.territory.query;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneListView;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.CommuneView;
import cl.redlim.territory.api.FindCommuneQuery;
import cl.redlim.territory.api.FindCommunesQuery;
import cl.redlim.territory.api.ProvinceRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import cl.redlim.territory.api.Rurality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommuneProjectionTest {

    private static final Instant AT = Instant.parse("2025-01-15T12:00:00Z");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private CommuneProjection projection;


    @BeforeEach
    void freshProjection() {
        projection = new CommuneProjection(mongo.freshDatabase());
    }

    @Test
    void givenRegionAndProvince_whenCommuneRegistered_thenTheirNamesAreCopiedIn() {
        projection.on(new RegionRegisteredEvent("13", "Metropolitana de Santiago", "CL-RM"));
        projection.on(new ProvinceRegisteredEvent("131", "Santiago", "13"));

        projection.on(new CommuneRegisteredEvent(CommuneCode.of("13101"), "Santiago", "131", "13"), 0);

        assertThat(projection.handle(new FindCommuneQuery("13101"))).isEqualTo(new CommuneView("13101", "Santiago",
                "131", "Santiago", "13", "Metropolitana de Santiago", null, null, 0));
    }

    @Test
    void givenRegistered_whenClassified_thenGroupAndRuralityAreSet() {
        registerTerritory();

        projection.on(new CommuneClassifiedEvent(CommuneCode.of("08101"), CommuneGroup.GROUP_2,
                Rurality.PREDOMINANTLY_URBAN, AT), 1);

        CommuneView view = projection.handle(new FindCommuneQuery("08101"));
        assertThat(view.group()).isEqualTo(CommuneGroup.GROUP_2);
        assertThat(view.rurality()).isEqualTo(Rurality.PREDOMINANTLY_URBAN);
        assertThat(view.name()).isEqualTo("Concepción");
        assertThat(view.provinceName()).isEqualTo("Concepción");
        assertThat(view.regionName()).isEqualTo("Biobío");
    }

    @Test
    void givenClassifiedTwice_whenOlderClassificationRedelivered_thenLatestStays() {
        registerTerritory();
        CommuneClassifiedEvent first = new CommuneClassifiedEvent(CommuneCode.of("13101"), CommuneGroup.GROUP_2,
                Rurality.MIXED, AT);
        projection.on(first, 1);
        projection.on(new CommuneClassifiedEvent(CommuneCode.of("13101"), CommuneGroup.GROUP_1,
                Rurality.PREDOMINANTLY_URBAN, AT.plusSeconds(60)), 2);

        projection.on(first, 1);

        CommuneView view = projection.handle(new FindCommuneQuery("13101"));
        assertThat(view.group()).isEqualTo(CommuneGroup.GROUP_1);
        assertThat(view.rurality()).isEqualTo(Rurality.PREDOMINANTLY_URBAN);
    }

    @Test
    void givenUnregisteredCommune_whenClassified_thenNothingAppears() {
        projection.on(new CommuneClassifiedEvent(CommuneCode.of("05101"), CommuneGroup.GROUP_3, Rurality.MIXED, AT), 1);

        assertThat(projection.handle(new FindCommunesQuery(null, null, null)).items()).isEmpty();
    }

    @Test
    void givenNoFilters_thenEveryCommuneSortedByCut() {
        registerAndClassifyTerritory();

        CommuneListView all = projection.handle(new FindCommunesQuery(null, null, null));

        assertThat(all.items()).extracting(CommuneView::cut).containsExactly("08101", "08102", "13101", "13201");
        assertThat(all.total()).isEqualTo(4);
    }

    @Test
    void filterByRegion() {
        registerAndClassifyTerritory();

        CommuneListView list = projection.handle(new FindCommunesQuery("08", null, null));

        assertThat(list.items()).extracting(CommuneView::cut).containsExactly("08101", "08102");
        assertThat(list.total()).isEqualTo(2);
    }

    @Test
    void filterByGroup() {
        registerAndClassifyTerritory();

        CommuneListView list = projection.handle(new FindCommunesQuery(null, CommuneGroup.GROUP_2, null));

        assertThat(list.items()).extracting(CommuneView::cut).containsExactly("08101", "13201");
    }

    @Test
    void filterByRurality() {
        registerAndClassifyTerritory();

        CommuneListView list = projection.handle(new FindCommunesQuery(null, null, Rurality.PREDOMINANTLY_URBAN));

        assertThat(list.items()).extracting(CommuneView::cut).containsExactly("08101", "13101");
    }

    @Test
    void filtersCombine() {
        registerAndClassifyTerritory();

        CommuneListView list = projection.handle(new FindCommunesQuery("13", CommuneGroup.GROUP_2, Rurality.MIXED));

        assertThat(list.items()).extracting(CommuneView::cut).containsExactly("13201");
        assertThat(projection.handle(new FindCommunesQuery("08", CommuneGroup.GROUP_1, null)).items()).isEmpty();
    }

    @Test
    void givenUnknownCut_whenFindCommune_thenNotFound() {
        registerTerritory();

        assertThatThrownBy(() -> projection.handle(new FindCommuneQuery("16101")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private void registerTerritory() {
        projection.on(new RegionRegisteredEvent("13", "Metropolitana de Santiago", "CL-RM"));
        projection.on(new RegionRegisteredEvent("08", "Biobío", "CL-BI"));
        projection.on(new ProvinceRegisteredEvent("131", "Santiago", "13"));
        projection.on(new ProvinceRegisteredEvent("132", "Cordillera", "13"));
        projection.on(new ProvinceRegisteredEvent("081", "Concepción", "08"));
        // Registered out of CUT order: the list must sort, not echo insertion order.
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("13201"), "Puente Alto", "132", "13"), 0);
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("08102"), "Coronel", "081", "08"), 0);
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("13101"), "Santiago", "131", "13"), 0);
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("08101"), "Concepción", "081", "08"), 0);
    }

    private void registerAndClassifyTerritory() {
        registerTerritory();
        classify("13101", CommuneGroup.GROUP_1, Rurality.PREDOMINANTLY_URBAN);
        classify("13201", CommuneGroup.GROUP_2, Rurality.MIXED);
        classify("08101", CommuneGroup.GROUP_2, Rurality.PREDOMINANTLY_URBAN);
        classify("08102", CommuneGroup.GROUP_4, Rurality.PREDOMINANTLY_RURAL);
    }

    private void classify(String cut, CommuneGroup group, Rurality rurality) {
        projection.on(new CommuneClassifiedEvent(CommuneCode.of(cut), group, rurality, AT), 1);
    }
}
