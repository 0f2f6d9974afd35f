package org.glossa.documents.control;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * This node's files of large served documents: a directory of its own ({@code node-<random>}) under a parent that
 * several nodes (and the node's earlier lives) may share.
 *
 * <p>Nothing here depends on a clean shutdown (Payara Micro does not undeploy on SIGTERM): the node holds an OS
 * lock on {@code .lock} in its directory for as long as the process lives, and when a node creates its directory it
 * deletes every sibling whose lock it can take, the leftovers of processes that are gone. Within a life, files no
 * served document uses any more are deleted once they are old enough not to be in flight
 * ({@link #deleteUnused}).
 *
 * <p>A cache that cannot be written (disk full, a path that is not a directory, no permission) is not an error
 * readers see: the caller serves from the database instead; this logs the first failure and the recovery once.
 */
public final class DocumentFileCache {

    static final String PREFIX = "node-";
    static final String LOCK = ".lock";
    private static final Logger LOG = Logger.getLogger(DocumentFileCache.class.getName());

    private final Path parent;
    private final AtomicBoolean failing = new AtomicBoolean();
    private Path directory;
    private FileChannel lockChannel;

    public DocumentFileCache(Path parent) {
        this.parent = parent;
    }

    /** This node's directory, created (and the leftovers of dead processes deleted) on first use. */
    public synchronized Path directory() throws IOException {
        if (directory == null) {
            Files.createDirectories(parent);
            int orphans = deleteOrphans();
            if (orphans > 0) {
                LOG.info(() -> "Deleted " + orphans + " document file cache(s) of stopped processes in " + parent);
            }
            Path own = Files.createDirectory(parent.resolve(PREFIX + UUID.randomUUID()));
            FileChannel channel =
                    FileChannel.open(own.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw new IOException("could not lock " + own.resolve(LOCK));
            }
            lockChannel = channel;
            directory = own;
        }
        return directory;
    }

    /** Deletes the directories under the parent whose owner process is gone (their lock is free). */
    synchronized int deleteOrphans() throws IOException {
        int deleted = 0;
        try (Stream<Path> children = Files.list(parent)) {
            for (Path child : children.toList()) {
                if (!Files.isDirectory(child)
                        || !child.getFileName().toString().startsWith(PREFIX)
                        || child.equals(directory)
                        || heldByALiveProcess(child)) {
                    continue;
                }
                deleteRecursively(child);
                deleted++;
            }
        }
        return deleted;
    }

    private static boolean heldByALiveProcess(Path nodeDirectory) {
        try (FileChannel channel =
                FileChannel.open(nodeDirectory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException thisProcess) {
            return true;
        } catch (IOException e) {
            // Cannot tell: leave it.
            return true;
        }
    }

    /** Deletes this node's files not in {@code inUse} and last written before {@code writtenBefore}. */
    public synchronized int deleteUnused(Set<Path> inUse, Instant writtenBefore) {
        if (directory == null) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(LOCK)
                        && !inUse.contains(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(writtenBefore)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not sweep the document file cache " + directory, e);
        }
        return deleted;
    }

    /** Writing to the cache failed: logged once until it works again. */
    public void failed(IOException e) {
        if (failing.compareAndSet(false, true)) {
            LOG.warning(() -> "The document file cache under " + parent + " cannot be written (" + e
                    + "); large documents are streamed from the database until it can");
        }
    }

    public void succeeded() {
        if (failing.compareAndSet(true, false)) {
            LOG.info(() -> "The document file cache under " + parent + " is written again");
        }
    }

    /** Deletes this node's directory (when the application stops cleanly; a restart deletes it otherwise). */
    public synchronized void deleteAll() throws IOException {
        if (directory == null) {
            return;
        }
        if (lockChannel != null) {
            lockChannel.close();
        }
        deleteRecursively(directory);
        directory = null;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
