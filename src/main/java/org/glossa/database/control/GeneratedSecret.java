package org.glossa.database.control;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase change that writes row 1 of a one-row secret table ({@code id}, {@code secret}, {@code created_at})
 * with 32 bytes from {@link SecureRandom}, Base64-encoded. It runs once, under Liquibase's lock, so nodes started
 * together share one secret; no key is ever written in the code or the changelog.
 */
public class GeneratedSecret implements CustomTaskChange {

    static final int BYTES = 32;

    private String table;

    /** The table to write, named in the changeset ({@code <param name="table" .../>}). */
    public void setTable(String table) {
        this.table = table;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + table + " (id, secret, created_at) VALUES (1, ?, ?)")) {
            insert.setString(1, Base64.getEncoder().encodeToString(secret));
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new CustomChangeException("could not store a generated secret in " + table, e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Generated the secret of " + table;
    }

    @Override
    public void setUp() {}

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {}

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        if (table == null || !table.matches("[a-z_]{1,63}")) {
            errors.addError("table must be a lower-case table name");
        }
        return errors;
    }
}
