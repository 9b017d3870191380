package cl.redlim.certification.command;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.BitSet;

/**
 * Draws a free status-list entry uniformly at random. Probing is fast while the list is sparse; past three quarters
 * full it walks to the next free entry from the drawn one (the list is then due for a successor anyway).
 */
@Component
class RandomStatusListIndexes implements StatusListIndexChooser {

    private final SecureRandom random = new SecureRandom();

    @Override
    public long choose(BitSet taken, int capacity) {
        if (taken.cardinality() < capacity * 3 / 4) {
            for (int attempt = 0; attempt < 64; attempt++) {
                int index = random.nextInt(capacity);
                if (!taken.get(index)) {
                    return index;
                }
            }
        }
        int from = random.nextInt(capacity);
        int free = taken.nextClearBit(from);
        return free < capacity ? free : taken.nextClearBit(0);
    }
}
