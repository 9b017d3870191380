package cl.redlim.procurement.query;

import cl.redlim.procurement.api.ProcurementRedFlag;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Optional;

/**
 * A process document keeps each raised flag's explanation under {@code flags.<FLAG>} and the raised flags' names in
 * {@code flagCodes}, which the red-flag filters match. Raising or clearing a flag touches only its own entries.
 */
final class FlagUpdates {

    static final String FLAGS = "flags";
    static final String CODES = "flagCodes";

    private FlagUpdates() {
    }

    static List<Bson> of(ProcurementRedFlag flag, Optional<String> explanation) {
        return explanation.map(text -> List.of(Updates.set(FLAGS + "." + flag.name(), text),
                        Updates.addToSet(CODES, flag.name())))
                .orElseGet(() -> List.of(Updates.unset(FLAGS + "." + flag.name()), Updates.pull(CODES, flag.name())));
    }
}
