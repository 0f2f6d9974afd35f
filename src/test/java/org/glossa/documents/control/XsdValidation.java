package org.glossa.documents.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates generated XML with the JDK's validator against the official schemas copied to the test resources
 * ({@code standards/xsd/}), offline: every schema import is resolved from the class path by file name (so
 * xhtml1-strict.xsd's import of {@code http://www.w3.org/2001/xml.xsd} gets the local copy), and external access
 * to schemas and DTDs is disabled, so a missing local file fails loudly instead of reaching the network.
 * The approach of {@code shared/standards/tools/XsdValidate.java}, reduced to what the tests need.
 */
public final class XsdValidation {

    private static final String FOLDER = "standards/xsd/";

    /** {@code <urlset>} with the news, image and xhtml:link extensions (the local driver schema). */
    public static final Schema URLSET = load("sitemap-all.xsd");

    public static final Schema SITEMAP_INDEX = load("siteindex.xsd");

    private XsdValidation() {}

    /** Every error and warning the validator reports; empty when the document is valid. */
    public static List<String> problems(Schema schema, byte[] xml) {
        List<String> problems = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collectingInto(problems));
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException alreadyCollected) {
            // fatal errors are collected by the handler before they are thrown
        } catch (SAXException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema load(String name) {
        try (InputStream in = resource(name).openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(fromClassPath());
            return factory.newSchema(new StreamSource(in, resource(name).toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + FOLDER + name + ": " + e.getMessage(), e);
        }
    }

    private static LSResourceResolver fromClassPath() {
        DOMImplementationLS ls;
        try {
            ls = (DOMImplementationLS)
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return (type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null) {
                throw new IllegalStateException("schema import of " + namespace + " without a schemaLocation");
            }
            URL local = resource(systemId.substring(systemId.lastIndexOf('/') + 1));
            LSInput input = ls.createLSInput();
            try {
                input.setByteStream(local.openStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            input.setSystemId(local.toExternalForm());
            input.setPublicId(publicId);
            return input;
        };
    }

    private static URL resource(String name) {
        URL url = XsdValidation.class.getClassLoader().getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException(FOLDER + name + " is not on the test class path");
        }
        return url;
    }

    private static ErrorHandler collectingInto(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                problems.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
                throw e;
            }
        };
    }
}
