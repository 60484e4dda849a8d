package org.example.observable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList variables = factory.newDocumentBuilder().parse(dir.resolve("server.xml").toFile())
                    .getElementsByTagName("variable");
            for (int i = 0; i < variables.getLength(); i++) {
                var variable = (Element) variables.item(i);
                if (name.equals(variable.getAttribute("name"))) {
                    return variable.hasAttribute("defaultValue") ? variable.getAttribute("defaultValue")
                            : variable.getAttribute("value");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + dir.resolve("server.xml"), e);
        }
        throw new IllegalArgumentException("server.xml has no variable " + name);
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
}
