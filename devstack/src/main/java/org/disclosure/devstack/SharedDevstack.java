package org.disclosure.devstack;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The MBean behind {@link SharedDevstackMBean}; see {@link DevstackTestResource}. */
public final class SharedDevstack implements SharedDevstackMBean {

    static final String OBJECT_NAME = "org.disclosure.devstack:type=SharedDevstack";

    @Override
    public String config(String args) {
        Map<String, String> config = DevstackTestResource.configFor(fromText(args));
        return toText(config);
    }

    static String toText(Map<String, String> map) {
        Properties p = new Properties();
        p.putAll(map);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, String> fromText(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }
}
