package org.example.observable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as liberty/config/server.xml configures it, started: Liberty accepted every feature and setting (no error
 * message of its own while starting), and the HTTPS endpoint of {@code transportSecurity} answers.
 */
class ServerStartIT {

    /** A Liberty message at level E, e.g. {@code ... FeatureManager E CWWKF0001E: A feature definition could not be found}. */
    private static final Pattern LIBERTY_ERROR = Pattern.compile("\\] \\S+ \\S+\\s+E ([A-Z]{4,5}\\d{4}E):.*");

    @BeforeAll
    static void serverIsReady() {
        ServiceUnderTest.ready();
    }

    @Test
    void libertyLoggedNoErrorMessageWhileStarting() throws IOException {
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("it.server.log")), StandardCharsets.ISO_8859_1)) {
            if (line.contains("CWWKF0011I")) {   // "The server ... is ready to run a smarter planet."
                break;
            }
            Matcher error = LIBERTY_ERROR.matcher(line);
            if (error.find()) {
                errors.add(error.group());
            }
        }
        assertEquals(List.of(), errors, "Liberty's error messages before the server was ready");
    }

    @Test
    void theHttpsEndpointAnswers() throws IOException, GeneralSecurityException {
        URL health = new URL("https://127.0.0.1:" + Integer.getInteger("it.https.port") + "/health/live");
        HttpsURLConnection connection = (HttpsURLConnection) health.openConnection();
        // The test server's certificate is the one Liberty generated for itself: trusted here, for loopback only.
        SSLContext trustingContext = SSLContext.getInstance("TLS");
        trustingContext.init(null, new TrustManager[] {new TrustEveryCertificate()}, new SecureRandom());
        connection.setSSLSocketFactory(trustingContext.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(10_000);
        try {
            assertEquals(200, connection.getResponseCode(), "GET /health/live over HTTPS");
        } finally {
            connection.disconnect();
        }
    }

    private static final class TrustEveryCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
