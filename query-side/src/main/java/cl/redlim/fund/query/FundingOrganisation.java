package cl.redlim.fund.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who funds the grants, as 360Giving names organisations. Configurable, because the funder's org-id and the
 * 360Giving identifier prefix are registered outside RedLIM.
 */
@Component
record FundingOrganisation(@Value("${redlim.fund.funder.id:CL-FIM}") String id,
                           @Value("${redlim.fund.funder.name:Fondo de Innovación Municipal (FIM)}") String name,
                           @Value("${redlim.fund.grant-id-prefix:360G-redlim}") String grantIdPrefix) {
}
