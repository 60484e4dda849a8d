package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Hosts and ports as Host and proxy headers write them; what is not a port is no port, what has no host is nothing. */
class HostAndPortTest {

    @Test
    void aNameOrAnAddressWithItsPort() {
        assertEquals(new HostAndPort("example.com", 8080), HostAndPort.parse("example.com:8080"));
        assertEquals(new HostAndPort("203.0.113.9", -1), HostAndPort.parse(" 203.0.113.9 "));
        assertEquals(new HostAndPort("2001:db8::1", 4711), HostAndPort.parse("\"[2001:db8::1]:4711\""));
        assertEquals(new HostAndPort("2001:db8::1", -1), HostAndPort.parse("2001:db8::1"), "bare IPv6: no port to split off");
    }

    @Test
    void aPortThatIsNotOneIsLeftOut() {
        assertEquals(new HostAndPort("example.com", -1), HostAndPort.parse("example.com:http"));
        assertEquals(new HostAndPort("example.com", -1), HostAndPort.parse("example.com:65536"));
        assertEquals(new HostAndPort("example.com", -1), HostAndPort.parse("example.com:"));
    }

    @Test
    void noHostIsNothing() {
        assertNull(HostAndPort.parse(null));
        assertNull(HostAndPort.parse("  "));
        assertNull(HostAndPort.parse("\"\""));
        assertNull(HostAndPort.parse(":8080"));
        assertNull(HostAndPort.parse("[::1"));
    }
}
