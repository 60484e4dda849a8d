package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.example.observable.testsupport.ExternalApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Path tricks on {@code GET /api/external/{resource}}: encoded slashes and dots, {@code ..}, absolute URLs,
 * {@code @host}, CR/LF, a request line in absolute form. None reaches another host (a canary server that must stay
 * silent) or another path of the external API than {@code /quote}. The service answers 404 (name refused, no call)
 * or 200 (the query or path parameters it drops); Liberty itself refuses some encodings with 400 before the
 * application runs, answers that are not problems (recorded separately).
 */
class ExternalPathTricksIT {

    static final String CATEGORY = "path tricks on /api/external/{resource}";
    static final String CATEGORY_LIBERTY = "path tricks refused by Liberty (400, not a problem)";

    private HttpServer canary;
    private final List<String> canaryRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCanary() throws IOException {
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        canary.createContext("/", exchange -> {
            canaryRequests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        canary.start();
    }

    @AfterEach
    void stopCanary() {
        canary.stop(0);
    }

    @Test
    void noPathTrickReachesAnotherHostOrPath() {
        ExternalApiStub stub = ExternalApiStub.shared();
        int receivedBefore = stub.paths().size();
        String host = "127.0.0.1:" + canary.getAddress().getPort();
        List<String> tricks = List.of("..%2Fadmin", "%2E%2E%2Fadmin", "%2e%2e", "..", "../users/me", "./quote",
                "quote%2F..%2F..%2Fadmin", "%252E%252E%252Fadmin", "..%252Fadmin", "..%5Cadmin", "quote%5C..%5Cadmin",
                "quote%00", "quote%0D%0AX-Injected:%201", "http:%2F%2F" + host + "%2Fx", "http://" + host + "/x",
                "%2F%2F" + host + "%2Fx", "/" + host + "/x", "@" + host, "quote@" + host, "%40" + host, "quote%40" + host,
                "quote%3F@" + host, "quote%23@" + host, "quote?url=http://" + host + "/x", "quote;host=" + host,
                "quote%3Bx", "QUOTE", "quote%20", "%20quote", "a".repeat(33), "quote.json", "quote%2Ejson", "~admin",
                "quote%E2%80%AE", "%C0%AE%C0%AEadmin", "quote#fragment");
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String trick : tricks) {
            check("/api/external/" + trick, statuses, failures);
        }
        // The request line in absolute form, naming the canary as host: still a request to this server's own path.
        check("http://" + host + "/api/external/quote", statuses, failures);

        List<String> reached = stub.paths().subList(receivedBefore, stub.paths().size());
        assertAll(
                () -> assertEquals(List.of(), failures, "answers that break the rules; statuses seen: " + statuses),
                () -> assertEquals(List.of(), canaryRequests, "requests that reached another host"),
                () -> assertTrue(reached.stream().allMatch("/quote"::equals), "paths the external API was called with: " + reached));
    }

    private static void check(String target, Map<String, Integer> statuses, List<String> failures) {
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.send(Corpus.FROM, "GET", target, null, false);
        boolean liberty = answer.status() == 400 && !answer.contentType().startsWith("application/problem+json");
        Figures.record(liberty ? CATEGORY_LIBERTY : CATEGORY, answer.status(), System.nanoTime() - start);
        statuses.merge(answer.status() + (liberty ? " (Liberty)" : ""), 1, Integer::sum);
        boolean problem = answer.contentType().startsWith("application/problem+json");
        boolean ok = switch (answer.status()) {
            case 200 -> answer.contentType().startsWith("application/json");
            case 404 -> problem;
            case 400 -> true;
            default -> false;
        };
        if (!ok) {
            failures.add(target + " -> " + answer.status() + " " + answer.contentType() + " " + RawHttp.abbreviated(answer.text()));
        }
    }
}
