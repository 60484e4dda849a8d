package org.example.observable.telemetry.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import org.junit.jupiter.api.Test;

/** What a database span says about the server, read from the connection's JDBC URL: never a credential or a parameter. */
class DatabaseAddressTest {

    @Test
    void aPostgresqlUrlGivesDatabaseHostAndPortAndNothingOfItsParameters() {
        DatabaseAddress address = DatabaseAddress.fromJdbcUrl(
                "jdbc:postgresql://127.0.0.1:55432/observable?user=observable&password=secret&loginTimeout=5");

        assertEquals(new DatabaseAddress("postgresql", "observable", "127.0.0.1", 55432), address);
        assertEquals("postgresql://127.0.0.1:55432", address.connectionString());
        assertEquals(Attributes.builder()
                .put(AttributeKey.stringKey("db.system"), "postgresql")
                .put(AttributeKey.stringKey("db.name"), "observable")
                .put(AttributeKey.stringKey("db.connection_string"), "postgresql://127.0.0.1:55432")
                .put(AttributeKey.stringKey("server.address"), "127.0.0.1")
                .put(AttributeKey.longKey("server.port"), 55432L)
                .build(), address.attributes());
    }

    @Test
    void whatTheUrlLeavesOutIsWhatTheDriverAssumes() {
        assertEquals(new DatabaseAddress("postgresql", "shop", "localhost", 5432),
                DatabaseAddress.fromJdbcUrl("jdbc:postgresql:///shop"));
        assertEquals(new DatabaseAddress("postgresql", "shop", "db.internal", 5432),
                DatabaseAddress.fromJdbcUrl("jdbc:postgresql://db.internal/shop"));
        assertEquals(new DatabaseAddress("postgresql", "shop", "localhost", 5432),
                DatabaseAddress.fromJdbcUrl("jdbc:postgresql:shop"));
        assertEquals(new DatabaseAddress("postgresql", null, "db.internal", 6432),
                DatabaseAddress.fromJdbcUrl("jdbc:postgresql://db.internal:6432/"));
    }

    @Test
    void ofSeveralHostsTheFirstIsNamedAndAnIpv6AddressLosesItsBrackets() {
        assertEquals(new DatabaseAddress("postgresql", "shop", "primary", 5433),
                DatabaseAddress.fromJdbcUrl("jdbc:postgresql://primary:5433,replica:5434/shop?targetServerType=primary"));
        DatabaseAddress ipv6 = DatabaseAddress.fromJdbcUrl("jdbc:postgresql://[::1]:5433/shop");
        assertEquals(new DatabaseAddress("postgresql", "shop", "::1", 5433), ipv6);
        assertEquals("postgresql://[::1]:5433", ipv6.connectionString());
    }

    @Test
    void anyOtherDatabaseIsOtherSqlWithoutAnAddress() {
        DatabaseAddress other = DatabaseAddress.fromJdbcUrl("jdbc:h2:mem:test;USER=sa;PASSWORD=secret");
        assertEquals(new DatabaseAddress("other_sql", null, null, 0), other);
        assertEquals(Attributes.of(AttributeKey.stringKey("db.system"), "other_sql"), other.attributes());
    }
}
