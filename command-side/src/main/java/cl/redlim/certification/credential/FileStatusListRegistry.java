package cl.redlim.certification.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.BitSet;

/**
 * The status list registry in one file: the taken bits, then the revoked bits, each {@code capacity / 8} bytes,
 * replaced atomically on each change. One process at a time: the standalone app, or a single command-side instance.
 */
final class FileStatusListRegistry implements StatusListRegistry {

    private final Path file;
    private final int capacity;
    private final SecureRandom random = new SecureRandom();
    private final BitSet taken;
    private final BitSet revoked;

    FileStatusListRegistry(Path file, int capacity) {
        this.file = file;
        this.capacity = capacity;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[capacity / 4];
            if (bytes.length != capacity / 4) {
                throw new IllegalStateException(file + " is not a status list registry of " + capacity + " entries");
            }
            taken = BitSet.valueOf(java.util.Arrays.copyOfRange(bytes, 0, capacity / 8));
            revoked = BitSet.valueOf(java.util.Arrays.copyOfRange(bytes, capacity / 8, capacity / 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized int allocate() {
        if (taken.cardinality() >= capacity * 3 / 4) {
            // past three quarters random probing gets slow and the list says more; a second list is the next step
            throw new IllegalStateException("the status list is three quarters full");
        }
        int index;
        do {
            index = random.nextInt(capacity);
        } while (taken.get(index));
        taken.set(index);
        try {
            save();
        } catch (RuntimeException e) {
            taken.clear(index);
            throw e;
        }
        return index;
    }

    @Override
    public synchronized void revoke(int index) {
        if (index < 0 || index >= capacity) {
            throw new IllegalArgumentException("status list index " + index + " is outside the list");
        }
        if (!revoked.get(index)) {
            revoked.set(index);
            try {
                save();
            } catch (RuntimeException e) {
                revoked.clear(index);
                throw e;
            }
        }
    }

    @Override
    public synchronized BitSet revoked() {
        return (BitSet) revoked.clone();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    private void save() {
        byte[] bytes = new byte[capacity / 4];
        byte[] t = taken.toByteArray();
        byte[] r = revoked.toByteArray();
        System.arraycopy(t, 0, bytes, 0, t.length);
        System.arraycopy(r, 0, bytes, capacity / 8, r.length);
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "status-", ".part");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
