package org.example.observable.testsupport;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The integration-test server's PostgreSQL (port {@code it.db.port}), for reading what was committed. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {Integer.getInteger("it.db.port")});
        dataSource.setDatabaseName("observable");
        dataSource.setUser("observable");
        dataSource.setPassword("observable");
        return dataSource;
    }
}
