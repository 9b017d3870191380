package cl.redlim.certification.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Function;

/**
 * The status list registry in one file: a reserved half (the taken bits of an earlier design; allocation now belongs
 * to the domain's events), then the revoked bits, each {@code capacity / 8} bytes.
 * Every change reads the file, changes it and replaces it atomically under an exclusive lock on a lock file beside
 * it, so processes sharing the folder (a volume) never hand out one index twice nor lose a revocation.
 */
final class FileStatusListRegistry implements StatusListRegistry {

    private final Path file;
    private final Path lock;
    private final int capacity;

    FileStatusListRegistry(Path file, int capacity) {
        this.file = file.toAbsolutePath();
        this.lock = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.capacity = capacity;
        try {
            Files.createDirectories(this.file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        locked(bits -> null);
    }

    @Override
    public void revoke(int index) {
        if (index < 0 || index >= capacity) {
            throw new IllegalArgumentException("status list index " + index + " is outside the list");
        }
        locked(bits -> {
            bits[1].set(index);
            return null;
        });
    }

    @Override
    public BitSet revoked() {
        return locked(bits -> bits[1]);
    }

    @Override
    public int capacity() {
        return capacity;
    }

    /** Runs {@code change} on {taken, revoked} under the lock and writes the bits back if they changed. */
    private synchronized <T> T locked(Function<BitSet[], T> change) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[capacity / 4];
            if (bytes.length != capacity / 4) {
                throw new IllegalStateException(file + " is not a status list registry of " + capacity + " entries");
            }
            BitSet[] bits = {BitSet.valueOf(Arrays.copyOfRange(bytes, 0, capacity / 8)),
                    BitSet.valueOf(Arrays.copyOfRange(bytes, capacity / 8, capacity / 4))};
            T result = change.apply(bits);
            byte[] after = new byte[capacity / 4];
            byte[] taken = bits[0].toByteArray();
            byte[] revoked = bits[1].toByteArray();
            System.arraycopy(taken, 0, after, 0, taken.length);
            System.arraycopy(revoked, 0, after, capacity / 8, revoked.length);
            if (!Files.exists(file) || !Arrays.equals(bytes, after)) {
                Path temp = Files.createTempFile(file.getParent(), "status-", ".part");
                try {
                    Files.write(temp, after);
                    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        out.force(true);
                    }
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
