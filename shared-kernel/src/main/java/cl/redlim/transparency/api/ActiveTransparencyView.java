package cl.redlim.transparency.api;

import java.time.Instant;
import java.util.List;

/**
 * A municipality's active-transparency items (Ley 20.285 art. 7), letter by letter. An item RedLIM holds links to
 * where its data lives here and says when it last changed; the others say so.
 */
public record ActiveTransparencyView(String commune, String communeName, List<Item> items) {

    /**
     * One item. {@code heldInRedlim} is false where the data lives elsewhere (then {@code links} is empty);
     * {@code records} counts the distinct facts behind it (purchases awarded, fund awards) and {@code lastUpdate} is
     * the instant of the latest, null while there is none.
     */
    public record Item(ActiveTransparencyItem item, String letter, String legalName, boolean heldInRedlim,
                       String description, List<String> links, long records, Instant lastUpdate) {
    }
}
