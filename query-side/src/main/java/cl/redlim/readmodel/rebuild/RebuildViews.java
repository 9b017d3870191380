package cl.redlim.readmodel.rebuild;

import java.time.Instant;
import java.util.List;

/** What the admin API shows of read models and their rebuilds. */
public final class RebuildViews {

    private RebuildViews() {
    }

    /** A processing group that holds read models, its collections and its live processor's position. */
    public record ReadModelView(String group, boolean rebuildable, String notRebuildableBecause,
                                List<String> collections, List<String> handlers, String status,
                                List<SegmentView> segments) {
    }

    /** One segment of a live processor as this instance sees it. */
    public record SegmentView(int segment, Long position, boolean caughtUp, boolean error) {
    }

    /** A rebuild's progress, per group, and the comparison once there is one. */
    public record RebuildView(String id, RebuildMode mode, boolean compare, List<String> groups, String state,
                              long eventsDone, long eventsTotal, double eventsPerSecond, Long etaSeconds, int percent,
                              Instant startedAt, Instant finishedAt, Long livePausedMillis, String error,
                              List<GroupProgress> perGroup, ComparisonView comparison) {
    }

    /** One group of a rebuild: events its shadow handled, and the live positions it follows. */
    public record GroupProgress(String group, List<String> collections, long eventsHandled, long handlerErrors,
                                Long livePosition, Long finalPosition) {
    }

    /** Rebuilt versus live, document by document, at the same position of the event stream. */
    public record ComparisonView(boolean identical, long documentsCompared, long documentsDiffering,
                                 List<CollectionView> collections, List<DifferenceView> differences) {
    }

    public record CollectionView(String group, String collection, long liveDocuments, long rebuiltDocuments,
                                 long documentsCompared, long documentsDiffering, boolean identical) {
    }

    /** A differing document; a path "" stands for the whole document, "(absent)" for what one side lacks. */
    public record DifferenceView(String collection, Object id, List<FieldView> fields) {
    }

    public record FieldView(String path, Object live, Object rebuilt) {
    }
}
