package cl.redlim.app.standalone;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ClosedH2ConnectionsTest {

    @Test
    void aConnectionToAShutDownH2DatabaseIsEvictedOthersAsHikariDecides() throws Exception {
        var connection = DriverManager.getConnection("jdbc:h2:mem:closed-h2-connections", "sa", "");
        connection.createStatement().execute("SHUTDOWN");
        SQLException closed = catchThrowableOfType(SQLException.class, connection::getAutoCommit);

        assertThat(new ClosedH2Connections().adjudicate(closed)).isEqualTo(Override.MUST_EVICT);
        assertThat(new ClosedH2Connections().adjudicate(new SQLTransientConnectionException("pool timeout")))
                .isEqualTo(Override.CONTINUE_EVICT);
    }
}
