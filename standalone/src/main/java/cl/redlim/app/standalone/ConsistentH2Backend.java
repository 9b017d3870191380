package cl.redlim.app.standalone;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * mongo-java-server's H2 backend, persisting only whole operations, in order. The plain backend lets the MVStore
 * commit while operations run (in the background once a second, and in a writing thread whenever 1 MB is unsaved),
 * and a commit takes the collections (MVStore maps) one after the other: after a {@code kill -9}, the file can hold a
 * later write to one collection without an earlier write to another, e.g. a tracking token saved past an event whose
 * projection write is missing, for good. Here every operation runs under a shared lock and the commit under the
 * exclusive one, so a commit holds exactly the operations completed before it: the file after a crash is the state
 * after some prefix of the operations. The projections' order (write, then token) and the audit log's (pages, then
 * its state document) then survive a crash (docs/operations/faults.md, "Crash under load").
 */
final class ConsistentH2Backend extends H2Backend {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer;

    private ConsistentH2Backend(MVStore store, Duration commitInterval) {
        super(store);
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "read-model-store-commit");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, commitInterval.toMillis());
        committer.scheduleWithFixedDelay(this::commit, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (or creates) the file with both of the MVStore's own commits off: the background one and the one a
     * writing thread makes when unsaved changes pass the buffer size ({@code autoCommitBufferSize}, 1 MB by default,
     * still on with {@code autoCommitDisabled()} alone, and just as partial). Only this class commits.
     */
    static ConsistentH2Backend open(String file, Duration commitInterval) {
        return new ConsistentH2Backend(new MVStore.Builder().fileName(file).autoCommitDisabled()
                .autoCommitBufferSize(0).open(), commitInterval);
    }

    @Override
    public void commit() {
        lock.writeLock().lock();
        try {
            if (getMvStore().isClosed()) {
                return;
            }
            super.commit();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T shared(Supplier<T> operation) {
        lock.readLock().lock();
        try {
            return operation.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    // OP_MSG: every command the MongoDB Java driver sends after its handshake, writes included. The legacy OP_QUERY
    // path (the driver's first 'hello' only) also reaches handleCommand directly: nothing written comes that way
    @Override
    public Document handleMessage(MongoMessage message) {
        return shared(() -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return shared(() -> super.handleQuery(query));
    }

    @Override
    public void dropDatabase(String database) {
        shared(() -> {
            super.dropDatabase(database);
            return null;
        });
    }

    /** Stops the committer; closing the MVStore commits what is left. */
    @Override
    public void close() {
        committer.shutdownNow();
        lock.writeLock().lock();
        try {
            super.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
