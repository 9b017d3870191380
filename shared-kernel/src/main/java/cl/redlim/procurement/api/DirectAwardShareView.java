package cl.redlim.procurement.api;

import java.util.List;

/**
 * How much is bought by direct award (trato directo), by count and by amount, overall and per buyer municipality,
 * and on which legal grounds. Shares are percentages with one decimal, null when nothing was awarded.
 */
public record DirectAwardShareView(Share overall, List<MunicipalityShare> byMunicipality, List<GroundRow> grounds) {

    /**
     * @param awardedProcesses processes with at least one award, of every method
     * @param directAwards     those whose method is DIRECT_AWARD
     */
    public record Share(long awardedProcesses, long directAwards, Double shareByCount, long awardedAmount,
                        long directAwardedAmount, Double shareByAmount) {
    }

    public record MunicipalityShare(String commune, String communeName, String regionCode, String regionName,
                                    Share share) {
    }

    /** One legal ground: its direct awards, their amount, and its share of all direct awards by count. */
    public record GroundRow(DirectAwardGround ground, long directAwards, long awardedAmount, Double shareByCount) {
    }
}
