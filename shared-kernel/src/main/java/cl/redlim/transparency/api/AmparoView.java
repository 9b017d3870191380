package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;

public record AmparoView(AmparoBasis basis, String cpltCase, Instant filedAt, LocalDate filingLimit,
                         AmparoOutcome outcome, String decisionReference, Instant resolvedAt) {
}
