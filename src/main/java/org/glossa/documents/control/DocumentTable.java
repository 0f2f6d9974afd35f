package org.glossa.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The stored documents ({@code published_document} and its chunks) over one JDBC connection the caller owns and
 * whose transaction makes a replacement atomic: the row and all its chunks change together or not at all, and a
 * reader's single statement sees one version. Bytes move in {@link #CHUNK_BYTES} pieces both ways, so no
 * document is ever held whole in memory. Portable SQL (PostgreSQL and the embedded H2).
 *
 * <p>Only the gzip encoding is stored; the identity is inflated from it when read. Sitemap parts shrink some 40 times
 * (18 alternates per URL repeat the same hosts and paths), so storing the uncompressed bytes too was most of what a full
 * run wrote into the database: 2.8 GB against 70 MB at 850,850 translations. Reading inflates one chunk at a time, and
 * serving reads a document once per version (the file cache, {@code ServedDocuments}).
 */
public final class DocumentTable {

    public static final int CHUNK_BYTES = 256 * 1024;
    public static final String IDENTITY = "identity";
    public static final String GZIP = "gzip";

    private final Connection connection;

    public DocumentTable(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * Waits for, then holds until the transaction ends, the lock every document writer takes first: writers on any
     * node or thread go one after the other, and each reads the content committed before it started writing, so a
     * slower run can never store an older view over a newer one (nor two runs insert the same new document).
     */
    public void lockForWriting() {
        try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT name FROM document_write_lock WHERE name = 'documents' FOR UPDATE");
                ResultSet rs = lock.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("document_write_lock has no 'documents' row: the schema is incomplete");
            }
        } catch (SQLException e) {
            throw new DocumentStorageException("locking the documents for writing", e);
        }
    }

    /** A stored document's row: what serving and regeneration need, without its bytes. */
    public record Stored(
            long id,
            String siteKey,
            String name,
            String contentType,
            String sha256,
            long byteLength,
            long gzipLength,
            Instant lastModified,
            Instant generatedAt,
            String inputStamp) {

        public String etag() {
            return "\"" + sha256 + "\"";
        }
    }

    private static final String COLUMNS =
            "id, site_key, name, content_type, sha256, byte_length, gzip_length, last_modified, generated_at, input_stamp";

    /** Every document of one site (a locale tag, x-default, or a host for robots.txt), by name. */
    public Map<String, Stored> stored(String siteKey) {
        Map<String, Stored> documents = new HashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM published_document WHERE site_key = ?")) {
            select.setString(1, siteKey);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Stored s = stored(rs);
                    documents.put(s.name(), s);
                }
            }
            return documents;
        } catch (SQLException e) {
            throw new DocumentStorageException("reading the documents of " + siteKey, e);
        }
    }

    public Optional<Stored> find(String siteKey, String name) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM published_document WHERE site_key = ? AND name = ?")) {
            select.setString(1, siteKey);
            select.setString(2, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DocumentStorageException("reading " + siteKey + "/" + name, e);
        }
    }

    /** The SHA-256 of a stored document, if there is one: the cheap check whether a cached copy is current. */
    public Optional<String> sha256(String siteKey, String name) {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT sha256 FROM published_document WHERE site_key = ? AND name = ?")) {
            select.setString(1, siteKey);
            select.setString(2, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DocumentStorageException("reading " + siteKey + "/" + name, e);
        }
    }

    /**
     * The Last-Modified {@code generated} is stored with over {@code existing}: unchanged when the bytes are; else the
     * content's newest timestamp, or {@code now} when the content changed without a newer one (something was
     * removed), so that If-Modified-Since never hides a change. A sitemap index lists each part with this date.
     */
    public static Instant lastModified(Stored existing, GeneratedDocument generated, Instant now) {
        if (existing != null && existing.sha256().equals(generated.content().sha256())) {
            return existing.lastModified();
        }
        return existing == null || generated.contentTimestamp().isAfter(existing.lastModified())
                ? generated.contentTimestamp()
                : now;
    }

    /**
     * Forgets the input stamps of one site's documents, so that the next run renders every part of it again.
     *
     * @return how many stamps were cleared
     */
    public int forgetStamps(String siteKey) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE published_document SET input_stamp = NULL WHERE site_key = ? AND input_stamp IS NOT NULL")) {
            update.setString(1, siteKey);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new DocumentStorageException("clearing the input stamps of " + siteKey, e);
        }
    }

    /**
     * Stores {@code generated}, gzip-compressed, unless {@code existing} already has the same bytes (then only its input
     * stamp is brought up to date); its SHA-256 and length are the uncompressed bytes'. Last-Modified is the content's
     * newest timestamp, or {@code now} when the content changed without a newer one (something was removed), so
     * If-Modified-Since never hides a change.
     *
     * @return whether anything was written
     */
    public boolean store(String siteKey, Stored existing, GeneratedDocument generated, Instant now) {
        DocumentSpool content = generated.content();
        String sha256 = content.sha256();
        if (existing != null && existing.sha256().equals(sha256)) {
            if (!Objects.equals(existing.inputStamp(), generated.inputStamp())) {
                updateStamp(existing, generated.inputStamp());
            }
            return false;
        }
        Instant lastModified = lastModified(existing, generated, now);
        try {
            long id;
            if (existing == null) {
                id = insertRow(siteKey, generated, sha256, lastModified, now);
            } else {
                id = existing.id();
                updateRow(id, generated, sha256, lastModified, now);
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM published_document_chunk WHERE document_id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            try (ChunkWriter gzip = new ChunkWriter(id, GZIP);
                    InputStream in = content.openGzip()) {
                in.transferTo(gzip);
            }
            return true;
        } catch (SQLException e) {
            throw new DocumentStorageException("storing " + siteKey + "/" + generated.name(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("storing " + siteKey + "/" + generated.name(), e);
        }
    }

    private void updateStamp(Stored existing, String stamp) {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE published_document SET input_stamp = ? WHERE id = ?")) {
            update.setString(1, stamp);
            update.setLong(2, existing.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new DocumentStorageException("stamping " + existing.siteKey() + "/" + existing.name(), e);
        }
    }

    private long insertRow(
            String siteKey, GeneratedDocument generated, String sha256, Instant lastModified, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO published_document (site_key, name, content_type, sha256, byte_length, gzip_length,
                                                last_modified, generated_at, input_stamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, siteKey);
            insert.setString(2, generated.name());
            insert.setString(3, generated.contentType());
            insert.setString(4, sha256);
            insert.setLong(5, generated.content().length());
            insert.setLong(6, generated.content().gzipLength());
            insert.setObject(7, utc(lastModified));
            insert.setObject(8, utc(now));
            insert.setString(9, generated.inputStamp());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id was generated for the new document");
                }
                return keys.getLong(1);
            }
        }
    }

    private void updateRow(long id, GeneratedDocument generated, String sha256, Instant lastModified, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE published_document SET content_type = ?, sha256 = ?, byte_length = ?, gzip_length = ?,
                                              last_modified = ?, generated_at = ?, input_stamp = ?
                WHERE id = ?""")) {
            update.setString(1, generated.contentType());
            update.setString(2, sha256);
            update.setLong(3, generated.content().length());
            update.setLong(4, generated.content().gzipLength());
            update.setObject(5, utc(lastModified));
            update.setObject(6, utc(now));
            update.setString(7, generated.inputStamp());
            update.setLong(8, id);
            update.executeUpdate();
        }
    }

    public void delete(Stored document) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM published_document WHERE id = ?")) {
            delete.setLong(1, document.id());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new DocumentStorageException("deleting " + document.siteKey() + "/" + document.name(), e);
        }
    }

    /**
     * Copies one encoding of a document into {@code out}, a chunk at a time, in one statement (so one version,
     * even while a regeneration replaces it). Only the gzip encoding is stored: the identity is inflated from it on the
     * way out (see {@link #store}).
     *
     * @return the SHA-256 of the version copied, or empty when the document no longer exists
     */
    public Optional<String> copy(String siteKey, String name, String encoding, OutputStream out) {
        if (!IDENTITY.equals(encoding) && !GZIP.equals(encoding)) {
            throw new IllegalArgumentException("no such encoding: " + encoding);
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT d.sha256, c.data FROM published_document d
                JOIN published_document_chunk c ON c.document_id = d.id AND c.encoding = ?
                WHERE d.site_key = ? AND d.name = ? ORDER BY c.seq""")) {
            // A cursor, where the driver supports one inside a transaction: one chunk in memory at a time.
            select.setFetchSize(1);
            select.setString(1, GZIP);
            select.setString(2, siteKey);
            select.setString(3, name);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String sha256 = rs.getString(1);
                try (InputStream chunks = new Chunks(rs)) {
                    if (GZIP.equals(encoding)) {
                        chunks.transferTo(out);
                    } else {
                        try (InputStream inflated = new GZIPInputStream(chunks, 64 * 1024)) {
                            inflated.transferTo(out);
                        }
                    }
                }
                return Optional.of(sha256);
            }
        } catch (SQLException e) {
            throw new DocumentStorageException("reading " + siteKey + "/" + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chunks of a result set positioned on its first row, read in order as one stream. */
    private static final class Chunks extends InputStream {
        private final ResultSet rows;
        private InputStream chunk;

        Chunks(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.chunk = rows.getBinaryStream(2);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            while (chunk != null) {
                int n = chunk.read(bytes, offset, length);
                if (n >= 0) {
                    return n;
                }
                chunk.close();
                try {
                    chunk = rows.next() ? rows.getBinaryStream(2) : null;
                } catch (SQLException e) {
                    throw new IOException("reading the next chunk", e);
                }
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            if (chunk != null) {
                chunk.close();
            }
        }
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5).trim(),
                rs.getLong(6),
                rs.getLong(7),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Writes the bytes it is given as numbered chunks of {@link #CHUNK_BYTES}. */
    private final class ChunkWriter extends OutputStream {
        private final long documentId;
        private final String encoding;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int filled;
        private int seq;
        private PreparedStatement insert;

        ChunkWriter(long documentId, String encoding) {
            this.documentId = documentId;
            this.encoding = encoding;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == buffer.length) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() throws IOException {
            if (filled == 0) {
                return;
            }
            try {
                if (insert == null) {
                    insert = connection.prepareStatement("INSERT INTO published_document_chunk"
                            + " (document_id, encoding, seq, data) VALUES (?, ?, ?, ?)");
                }
                insert.setLong(1, documentId);
                insert.setString(2, encoding);
                insert.setInt(3, seq++);
                insert.setBytes(4, filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
                filled = 0;
            } catch (SQLException e) {
                throw new IOException("writing chunk " + seq + " of document " + documentId, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                flushChunk();
            } finally {
                if (insert != null) {
                    try {
                        insert.close();
                    } catch (SQLException e) {
                        throw new IOException(e);
                    }
                }
            }
        }
    }

    /** The document table could not be read or written; the transaction rolls back, the previous version stays. */
    public static final class DocumentStorageException extends RuntimeException {
        public DocumentStorageException(String what, SQLException cause) {
            super(what + " failed: " + cause.getMessage(), cause);
        }
    }
}
