package dev.fledge.render.activitypub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entries of a ZIP a writer produced (small test archives only), with their method, in ZIP order. */
public final class ConvertedZip {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** One entry: its bytes and whether it was STORED. */
    public record Entry(String name, byte[] bytes, boolean stored, long crc) {
    }

    private final Map<String, Entry> entries;
    private final String label;

    private ConvertedZip(Map<String, Entry> entries, String label) {
        this.entries = entries;
        this.label = label;
    }

    public static ConvertedZip of(byte[] zip, String label) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entries.put(e.getName(), new Entry(e.getName(), bytes, e.getMethod() == ZipEntry.STORED,
                        e.getCrc())) != null) {
                    throw new AssertionError("duplicate entry " + e.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(!entries.isEmpty(), "empty ZIP");
        return new ConvertedZip(Collections.unmodifiableMap(entries), label);
    }

    /** What the ZIP was made from, for assertion messages and test names. */
    public String label() {
        return label;
    }

    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    public Entry entry(String name) {
        Entry entry = entries.get(name);
        assertNotNull(entry, label + ": no entry " + name + " in " + names());
        return entry;
    }

    public String text(String name) {
        return new String(entry(name).bytes(), StandardCharsets.UTF_8);
    }

    public JsonNode json(String name) {
        try {
            return MAPPER.readTree(entry(name).bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(label + ": " + name + " is not JSON", e);
        }
    }

    /** Names of the entries ending in {@code .json}. */
    public List<String> jsonNames() {
        return names().stream().filter(n -> n.endsWith(".json")).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
