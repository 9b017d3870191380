package cl.redlim.app.standalone;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the connection pool that a connection to an H2 database that was closed (shut down, or after a write error)
 * is dead. Hikari evicts connections on the SQL states of lost network connections; H2 reports a closed database
 * with codes of its own (90121, 90098), so without this the pool kept lending dead connections long after the
 * store was back, and commands kept failing (StoreOutageIT).
 */
public class ClosedH2Connections implements SQLExceptionOverride {

    private static final int DATABASE_IS_CLOSED = 90098;
    private static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return e instanceof SQLNonTransientConnectionException || e.getErrorCode() == DATABASE_IS_CLOSED
                || e.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
