package org.example.observable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The defaults of the shipped server configuration ({@code liberty/config}), read from its files: a test that depends
 * on a setting (the database's name, a timeout, a queue size) takes it from here rather than repeating it, so the
 * configuration stays the one source of each value and a changed default cannot leave a test asserting the old one.
 * The folder is the system property {@code shipped.config.dir} (set by the build), else {@code liberty/config}.
 */
public final class ShippedConfiguration {

    private static final Pattern ENV_DEFAULT = Pattern.compile("^(\\w+)=\\$\\{\\1:-([^}$]*)}\\s*$");

    private final Path dir;

    private ShippedConfiguration(Path dir) {
        this.dir = dir;
    }

    public static ShippedConfiguration of(Path dir) {
        return new ShippedConfiguration(dir);
    }

    /** The configuration of this build (system property {@code shipped.config.dir}). */
    public static ShippedConfiguration ofThisBuild() {
        return of(Path.of(System.getProperty("shipped.config.dir", "liberty/config")));
    }

    /** The {@code defaultValue} (or {@code value}) of {@code <variable name="NAME"/>} in server.xml. */
    public String serverXmlVariable(String name) {
        NodeList variables = serverXmlElements("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            var variable = (Element) variables.item(i);
            if (name.equals(variable.getAttribute("name"))) {
                return variable.hasAttribute("defaultValue") ? variable.getAttribute("defaultValue")
                        : variable.getAttribute("value");
            }
        }
        throw new IllegalArgumentException("server.xml has no variable " + name);
    }

    /** The value of {@code attribute} on each {@code <element>} of server.xml, in the file's order. */
    public List<String> serverXmlAttributes(String element, String attribute) {
        NodeList elements = serverXmlElements(element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private NodeList serverXmlElements(String element) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(dir.resolve("server.xml").toFile()).getElementsByTagName(element);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + dir.resolve("server.xml"), e);
        }
    }

    public int serverXmlInt(String name) {
        return Integer.parseInt(serverXmlVariable(name));
    }

    /** The default of a {@code NAME=${NAME:-default}} line of server.env (a literal default, not a command). */
    public String serverEnvDefault(String name) {
        try {
            for (String line : Files.readAllLines(dir.resolve("server.env"), StandardCharsets.UTF_8)) {
                Matcher matcher = ENV_DEFAULT.matcher(line);
                if (matcher.matches() && matcher.group(1).equals(name)) {
                    return matcher.group(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("server.env has no literal default for " + name);
    }

    public int serverEnvInt(String name) {
        return Integer.parseInt(serverEnvDefault(name));
    }

    /**
     * The process environment server.env makes from {@code environment}: the file sourced by {@code sh} as Liberty's
     * start script does, with only these variables (and PATH) set before, so computed defaults ({@code $(...)}) are
     * evaluated too. Bounded: ten seconds.
     */
    public Map<String, String> serverEnvIn(Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder("sh", "-c", "set -a; . ./server.env; env -0").directory(dir.toFile());
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv("PATH"));
            builder.environment().put("SERVER_CONFIG_DIR", dir.toAbsolutePath().toString());
            builder.environment().putAll(environment);
            Process shell = builder.start();
            // A few kilobytes, well within the pipe's buffer: the shell can finish before anything reads them.
            if (!shell.waitFor(10, TimeUnit.SECONDS) || shell.exitValue() != 0) {
                shell.destroyForcibly();
                throw new IllegalStateException("sourcing " + dir.resolve("server.env") + " failed or took over 10 s");
            }
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> result = new HashMap<>();
            for (String entry : output.split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    result.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
