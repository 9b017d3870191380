package cl.redlim.readmodel.rebuild;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * How read models are rebuilt ({@code redlim.rebuild.*}).
 *
 * @param excludedGroups  processing groups never rebuilt, whatever their package: the audit log appender keeps a
 *                        hash chain that must never be recomputed from a replay
 * @param shadowPrefix    the prefix of the collections a rebuild writes into, next to the live ones
 * @param maxDifferences  how many differing documents a comparison describes field by field
 * @param foreignReads    per group, the collections its projections open only to read, owned by another group:
 *                        they stay the live ones during a rebuild (none today: each projection keeps its own names)
 * @param handlerPackage  the packages whose event handlers are projections (a regular expression); command-side
 *                        policies send commands and are never rebuilt
 * @param swap            {@code rename} (MongoDB: each shadow collection is renamed over its live one, atomically) or
 *                        {@code copy} (each rebuilt document replaces its live one, then live documents the rebuild
 *                        does not have are deleted): for mongo-java-server, whose H2 backend does not keep a renamed
 *                        collection's documents across a restart
 */
@ConfigurationProperties("redlim.rebuild")
public record RebuildSettings(List<String> excludedGroups, String shadowPrefix, Integer maxDifferences,
                              Map<String, List<String>> foreignReads, String handlerPackage,
                              String swap) {

    public RebuildSettings {
        excludedGroups = excludedGroups == null ? List.of("audit-log") : List.copyOf(excludedGroups);
        shadowPrefix = shadowPrefix == null || shadowPrefix.isBlank() ? "rebuild." : shadowPrefix;
        maxDifferences = maxDifferences == null ? 20 : maxDifferences;
        foreignReads = foreignReads == null ? Map.of() : Map.copyOf(foreignReads);
        handlerPackage = handlerPackage == null ? "cl\\.redlim\\.[a-z]+\\.query(\\..+)?" : handlerPackage;
        swap = swap == null ? "rename" : swap;
        if (!swap.equals("rename") && !swap.equals("copy")) {
            throw new IllegalArgumentException("redlim.rebuild.swap is rename or copy, not " + swap);
        }
    }

    boolean swapByCopy() {
        return swap.equals("copy");
    }

    List<String> foreignReadsOf(String group) {
        return foreignReads.getOrDefault(group, List.of());
    }
}
