package org.example.observable.testsupport;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The integration-test server's PostgreSQL (127.0.0.1:{@code it.db.port}, the default database, role and password),
 * for black-box tests that check what was written, with {@link DatabaseRows}.
 */
public final class ServiceDatabase {

    private ServiceDatabase() {
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
