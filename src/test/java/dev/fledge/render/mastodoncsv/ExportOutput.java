package dev.fledge.render.mastodoncsv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs an export and judges what it writes with {@link MastodonImportRules}. */
final class ExportOutput {
    private ExportOutput() {
    }

    /** The ZIP's entries by name, in ZIP order. */
    static Map<String, byte[]> zip(MastodonCsvExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.writeZip(out);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(MastodonCsvExport export, CsvFile file, int part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.writeCsv(file, part, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Checks every import file of a ZIP with Mastodon's parsing rules (an empty blocks file is skipped: README.txt
     * says not to import it) and unresolved_accounts.csv with the dialect rules; returns the parsed import rows
     * by file name.
     */
    static Map<String, MastodonImportRules.Parsed> checkAll(Map<String, byte[]> entries) {
        Map<String, MastodonImportRules.Parsed> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            byte[] bytes = entry.getValue();
            if (name.startsWith("unresolved_accounts")) {
                checkUnresolved(bytes);
            } else if (name.endsWith(".csv")) {
                if (bytes.length == 0) {
                    assertTrue(name.startsWith("blocked_accounts"), name + " is empty");
                    continue;
                }
                try {
                    parsed.put(name, MastodonImportRules.check(name, bytes));
                } catch (MastodonImportRules.Violation violation) {
                    fail(name + " breaks Mastodon's import rules: " + violation.getMessage());
                }
            }
        }
        return parsed;
    }

    /** unresolved_accounts.csv: the dialect (LF, no BOM, uniform fields), its header, and plausible cells. */
    static List<List<String>> checkUnresolved(byte[] bytes) {
        String text = text(bytes);
        assertFalse(text.startsWith("\uFEFF"));
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("\n"));
        List<List<String>> rows;
        try {
            rows = MastodonImportRules.parseCsv(text);
        } catch (MastodonImportRules.Violation violation) {
            throw new AssertionError(violation.getMessage());
        }
        assertEquals(List.of("x_id", "screen_name", "profile_url", "source", "reason"), rows.get(0));
        List<List<String>> data = new ArrayList<>(rows.subList(1, rows.size()));
        for (List<String> row : data) {
            assertEquals(5, row.size());
            assertTrue(row.get(0).matches("[0-9]{1,20}"), row.get(0));
            assertTrue(row.get(1).matches("[A-Za-z0-9_]*"), row.get(1));
            assertEquals("https://x.com/i/user/" + row.get(0), row.get(2));
            assertTrue(List.of("following", "block", "mute").contains(row.get(3)), row.get(3));
            assertTrue(List.of("no_mapping", "no_screen_name", "ambiguous_screen_name", "invalid_mapping")
                    .contains(row.get(4)), row.get(4));
        }
        return data;
    }
}
