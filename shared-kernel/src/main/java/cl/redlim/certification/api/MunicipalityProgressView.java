package cl.redlim.certification.api;

import cl.redlim.territory.api.Rurality;

import java.util.List;

/** Progress per municipality with officials enrolled: predominantly rural ones first, then by CUT. */
public record MunicipalityProgressView(List<Row> municipalities) {

    /**
     * @param group    SUBDERE group, null when not classified
     * @param rurality null when not classified
     * @param rural    predominantly rural: the programme's priority
     */
    public record Row(String cut, String name, String regionCode, String regionName, Integer group,
                      Rurality rurality, boolean rural, long enrolled, long certified) {
    }
}
