package org.example.observable.testsupport;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The integration-test server's PostgreSQL (127.0.0.1:{@code it.db.port}, the server.xml defaults for database,
 * role and password), read from the test JVM: tests that need only HTTP and the database run here, outside any
 * Liberty container.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {Integer.getInteger("it.db.port")});
        var configuration = ShippedConfiguration.ofThisBuild();
        dataSource.setDatabaseName(configuration.serverXmlVariable("db.name"));
        dataSource.setUser(configuration.serverXmlVariable("db.user"));
        dataSource.setPassword(configuration.serverXmlVariable("db.password"));
        return dataSource;
    }
}
