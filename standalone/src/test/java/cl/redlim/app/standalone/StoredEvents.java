package cl.redlim.app.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the event store holds, read with plain SQL: the ground truth a fault test checks, not a read model. */
final class StoredEvents {

    private StoredEvents() {
    }

    /** The payloads of every stored event of this type, in the order of the global index. */
    static List<JsonNode> payloads(RunningSystem system, Class<?> type) {
        List<JsonNode> found = new ArrayList<>();
        try (Connection c = system.context().getBean(DataSource.class).getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT payload FROM DomainEventEntry WHERE payloadType = ? ORDER BY globalIndex")) {
            s.setString(1, type.getName());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(RunningSystem.JSON.readTree(rs.getBytes(1)));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Every stored event of one aggregate, as {@code sequenceNumber payloadType}, in sequence order. */
    static List<String> ofAggregate(RunningSystem system, String aggregateId) {
        List<String> found = new ArrayList<>();
        try (Connection c = system.context().getBean(DataSource.class).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT sequenceNumber, payloadType FROM DomainEventEntry "
                     + "WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1) + " " + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
