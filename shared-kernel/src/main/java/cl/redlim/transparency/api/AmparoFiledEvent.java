package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;

/** @param filingLimit the last day it could be filed: 15 business days after the denial or the missed deadline */
public record AmparoFiledEvent(String requestId, AmparoBasis basis, String cpltCase, Instant filedAt,
                               LocalDate filingLimit) {
}
