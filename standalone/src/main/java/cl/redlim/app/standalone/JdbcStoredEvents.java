package cl.redlim.app.standalone;

import cl.redlim.audit.query.Positions;
import cl.redlim.audit.query.StoredEvent;
import cl.redlim.audit.query.StoredEvents;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Events as the JDBC table keeps them, read with plain SQL: the bytes the log hashes, untouched by upcasters.
 * Positions asked together are close to each other, so one range query per call reads them.
 */
@Component
class JdbcStoredEvents implements StoredEvents {

    private final DataSource dataSource;
    private final EventSchema schema = EventSchema.builder().build();

    JdbcStoredEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<Long, StoredEvent> at(Collection<Long> positions) {
        Map<Long, StoredEvent> found = new HashMap<>();
        Positions asked = Positions.of(positions);
        if (asked == null) {
            return found;
        }
        Set<Long> wanted = asked.wanted();
        String select = "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.typeColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(),
                schema.payloadTypeColumn(), schema.payloadRevisionColumn(), schema.timestampColumn(),
                schema.payloadColumn(), schema.metaDataColumn())
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn();
        // near positions (a page of the log) are one range; scattered ones (a trace) are listed
        if (asked.dense()) {
            read(select + " BETWEEN ? AND ?", List.of(asked.min(), asked.max()), wanted, found);
        } else {
            List<Long> sorted = wanted.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i += 500) {
                List<Long> part = sorted.subList(i, Math.min(sorted.size(), i + 500));
                read(select + " IN (" + String.join(",", Collections.nCopies(part.size(), "?")) + ")", part, wanted,
                        found);
            }
        }
        return found;
    }

    private void read(String sql, List<Long> parameters, Set<Long> wanted, Map<Long, StoredEvent> found) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setLong(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long position = rows.getLong(1);
                    if (wanted.contains(position)) {
                        found.put(position, new StoredEvent(position, rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7),
                                DateTimeUtils.parseInstant(rows.getString(8)), rows.getBytes(9), rows.getBytes(10)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
    }
}
