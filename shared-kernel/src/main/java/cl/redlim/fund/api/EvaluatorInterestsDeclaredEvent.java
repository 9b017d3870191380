package cl.redlim.fund.api;

import cl.redlim.kernel.CommuneCode;

import java.time.Instant;
import java.util.List;

public record EvaluatorInterestsDeclaredEvent(String evaluatorId, String name, List<CommuneCode> tiedCommunes,
                                              Instant declaredAt) {
}
