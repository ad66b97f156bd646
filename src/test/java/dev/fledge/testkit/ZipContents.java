package dev.fledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A small ZIP read fully into memory, for looking at what a test archive holds: entry names in order, bytes,
 * text, and the JSON value of a {@code window.YTD…} / {@code Grailbird…} / {@code var …} file (everything after
 * the first {@code =}). For small archives only.
 */
public final class ZipContents {
    private final Map<String, byte[]> entries;

    private ZipContents(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    public static ZipContents of(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new IllegalStateException("duplicate entry " + entry.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ZipContents(entries);
    }

    public static ZipContents of(Path zip) {
        try {
            return of(Files.readAllBytes(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entry names in ZIP order. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** Entry names starting with {@code prefix}, in ZIP order. */
    public List<String> names(String prefix) {
        return entries.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    public byte[] bytes(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no entry " + name + " in " + entries.keySet());
        }
        return bytes;
    }

    public String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The JSON value after the first {@code =} of a data file. */
    public JsonNode json(String name) {
        String text = text(name);
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException(name + " has no '='");
        }
        try {
            return ArchiveJson.MAPPER.readTree(text.substring(equals + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a YTD file, with the single-key wrapper removed when {@code rowKey} is not null. */
    public List<JsonNode> rows(String name, String rowKey) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : json(name)) {
            rows.add(rowKey == null ? row : row.get(rowKey));
        }
        return rows;
    }
}
