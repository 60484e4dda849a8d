package org.example.observable.telemetry.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** What META-INF/persistence.xml, the one place that names the persistence unit's DataSource, says about it. */
final class PersistenceUnitDescriptor {

    private static final String DESCRIPTOR = "META-INF/persistence.xml";
    private static final String UNKNOWN = "unknown";

    private PersistenceUnitDescriptor() {
    }

    /** The {@code <jta-data-source>} of the application's persistence unit; "unknown" when there is not exactly one. */
    static String jtaDataSource(ClassLoader classLoader) {
        URL descriptor = classLoader.getResource(DESCRIPTOR);
        if (descriptor == null) {
            return UNKNOWN;
        }
        try (InputStream in = descriptor.openStream()) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList names = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "jta-data-source");
            return names.getLength() == 1 ? names.item(0).getTextContent().trim() : UNKNOWN;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            return UNKNOWN;
        }
    }
}
