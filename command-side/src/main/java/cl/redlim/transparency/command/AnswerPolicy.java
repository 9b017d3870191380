package cl.redlim.transparency.command;

import cl.redlim.kernel.ErrorCode;
import cl.redlim.transparency.api.AnswerOutcome;
import cl.redlim.transparency.api.Art21Ground;
import cl.redlim.transparency.api.WithheldPart;

import java.util.List;

import static cl.redlim.transparency.command.Rules.refused;

/**
 * What an answer must say: a denial cites art. 21 grounds (art. 16); a partial grant lists each withheld part with
 * its ground (divisibility, art. 11 e); a grant withholds nothing. After a third party's opposition (art. 20) the
 * municipality may not deliver the information in full.
 */
final class AnswerPolicy {

    private AnswerPolicy() {
    }

    /** An immutable copy; null stands for none, a null element is refused. */
    static <T> List<T> listOf(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " is null");
        }
        return List.copyOf(values);
    }

    static void check(AnswerOutcome outcome, List<WithheldPart> withheld, List<Art21Ground> grounds, int oppositions) {
        switch (outcome) {
            case GRANTED -> {
                if (!withheld.isEmpty() || !grounds.isEmpty()) {
                    throw refused(ErrorCode.ART21_GROUND_REQUIRED,
                            "A full grant withholds nothing; withheld parts make it a partial grant");
                }
                if (oppositions > 0) {
                    throw refused(ErrorCode.THIRD_PARTY_OPPOSED, oppositions + " third-party opposition(s) recorded: "
                            + "deny or grant in part, unless the Consejo para la Transparencia decides otherwise");
                }
            }
            case PARTIALLY_GRANTED -> {
                if (withheld.isEmpty()) {
                    throw refused(ErrorCode.ART21_GROUND_REQUIRED, "A partial grant lists the withheld parts");
                }
                for (WithheldPart part : withheld) {
                    if (part == null || part.description() == null || part.description().isBlank()
                            || part.ground() == null) {
                        throw refused(ErrorCode.ART21_GROUND_REQUIRED,
                                "Each withheld part needs a description and its art. 21 ground");
                    }
                }
                if (!grounds.isEmpty()) {
                    throw refused(ErrorCode.VALIDATION_FAILED,
                            "A partial grant gives its grounds per withheld part, not as denial grounds");
                }
            }
            case DENIED -> {
                if (grounds.isEmpty()) {
                    throw refused(ErrorCode.ART21_GROUND_REQUIRED, "A denial must cite at least one art. 21 ground");
                }
                if (!withheld.isEmpty()) {
                    throw refused(ErrorCode.VALIDATION_FAILED, "A denial withholds everything: no withheld parts");
                }
            }
        }
    }
}
