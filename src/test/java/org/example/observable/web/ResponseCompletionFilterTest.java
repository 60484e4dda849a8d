package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Every answer is sent as soon as the application has written it: its stream (or writer) closed when the chain
 * returns, inside the SERVER span, so that the span's end and the container's end-of-request work come after.
 */
class ResponseCompletionFilterTest {

    private final ResponseCompletionFilter filter = new ResponseCompletionFilter();
    private final List<String> events = new ArrayList<>();

    @Test
    void theAnswerIsClosedRightAfterTheApplicationWroteIt() throws Exception {
        filter.doFilter(request(false), response(() -> events.add("stream closed"), null), (request, response) -> events.add("chain"));

        assertEquals(List.of("chain", "stream closed"), events);
    }

    @Test
    void anAnswerWrittenThroughTheWriterIsClosedThroughIt() throws Exception {
        PrintWriter writer = new PrintWriter(new StringWriter()) {
            @Override
            public void close() {
                events.add("writer closed");
            }
        };

        filter.doFilter(request(false), response(() -> events.add("stream closed"), writer), (request, response) -> events.add("chain"));

        assertEquals(List.of("chain", "writer closed"), events);
    }

    @Test
    void anAsynchronousAnswerIsLeftToTheContainer() throws Exception {
        filter.doFilter(request(true), response(() -> events.add("stream closed"), null), (request, response) -> events.add("chain"));

        assertEquals(List.of("chain"), events);
    }

    @Test
    void aFailureIsLeftToTheContainerToAnswer() {
        ServletException failure = new ServletException("boom");

        ServletException thrown = assertThrows(ServletException.class, () -> filter.doFilter(request(false),
                response(() -> events.add("stream closed"), null), (request, response) -> {
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertEquals(List.of(), events);
    }

    @Test
    void aCallerGoneBeforeItsAnswerIsDroppedAsTheContainerWouldHave() throws Exception {
        filter.doFilter(request(false), response(() -> {
            events.add("close failed");
            throw new IOException("Broken pipe");
        }, null), (request, response) -> events.add("chain"));

        assertEquals(List.of("chain", "close failed"), events);
    }

    @Test
    void webXmlRunsItInsideTheTelemetryFilterSoTheSpanEndsAfterTheAnswer() throws Exception {
        NodeList names = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile())
                .getElementsByTagName("filter-mapping");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            order.add(((org.w3c.dom.Element) names.item(i)).getElementsByTagName("filter-name").item(0).getTextContent().trim());
        }

        assertEquals(List.of("HttpServerTelemetryFilter", "ResponseCompletionFilter"), order);
    }

    private interface AnswerClose {
        void run() throws IOException;
    }

    private static HttpServletRequest request(boolean asyncStarted) {
        return (HttpServletRequest) Proxy.newProxyInstance(ResponseCompletionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isAsyncStarted" -> asyncStarted;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /**
     * A response whose output stream runs {@code onClose} when closed; when {@code writer} is given the application
     * wrote the answer through it, and the stream is not to be had (Servlet specification).
     */
    private static HttpServletResponse response(AnswerClose onClose, PrintWriter writer) {
        ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("write");
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("setWriteListener");
            }

            @Override
            public void close() throws IOException {
                onClose.run();
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(ResponseCompletionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getOutputStream" -> {
                        if (writer != null) {
                            throw new IllegalStateException("getWriter() has been called");
                        }
                        yield stream;
                    }
                    case "getWriter" -> writer;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
