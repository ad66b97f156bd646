package dev.fledge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.testkit.SyntheticArchiveGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The inputs of the benchmarks: synthetic archives made by the test kit's {@link SyntheticArchiveGenerator}
 * (seeded, so the same size gives the same bytes), a copy reduced to what the post pass of the reader reads, and
 * the temp folders they live in.
 */
final class BenchArchives {
    /** The seed of every generated archive (the one bench/run.sh uses). */
    static final long SEED = 42;

    /** The data files the reader's post pass parses (G3 names; parts included). */
    static final Pattern POST_FILES = Pattern.compile(
            "data/(tweets|note-tweet|deleted-tweets|community-tweet)(-part[0-9]+)?\\.js");

    /** What a posts-only copy keeps besides the post files: the files the layout and account need, post media. */
    private static final String MANIFEST = "data/manifest.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern POSTS_ONLY_KEEP = Pattern.compile(
            "data/(manifest|account|profile)\\.js|data/(tweets_media|deleted_tweets_media|community_tweet_media)/.*");

    private BenchArchives() {
    }

    /** Writes a synthetic G3 archive of {@code posts} posts with small stand-in media files. */
    static ArchiveFacts generate(int posts, Path zip) {
        return new SyntheticArchiveGenerator(posts, SEED).writeTo(zip);
    }

    /**
     * Copies {@code full} keeping only the post files and what the reader needs to find them (manifest, account,
     * profile, post media). With {@code stored} every entry is written without compression, which takes inflating
     * out of the reader's measured time.
     */
    static void postsOnly(Path full, Path out, boolean stored) {
        try (ZipFile in = new ZipFile(full.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry source = entries.nextElement();
                String name = source.getName();
                if (!POST_FILES.matcher(name).matches() && !POSTS_ONLY_KEEP.matcher(name).matches()) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(source.getTime());
                if (name.equals(MANIFEST)) {
                    zip.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(source)) {
                        zip.write(manifestOfKept(data.readAllBytes()));
                    }
                    zip.closeEntry();
                    continue;
                }
                if (stored && !source.isDirectory()) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(source.getSize());
                    copy.setCompressedSize(source.getSize());
                    copy.setCrc(crc(in, source));
                } else if (stored) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(0);
                    copy.setCrc(0);
                }
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(source)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The manifest without the files a posts-only copy leaves out (the reader refuses, or warns about, files the
     * manifest lists and the archive lacks): data types whose files are all gone are removed.
     */
    private static byte[] manifestOfKept(byte[] manifest) throws IOException {
        String text = new String(manifest, StandardCharsets.UTF_8);
        int equals = text.indexOf('=');
        ObjectNode config = (ObjectNode) JSON.readTree(text.substring(equals + 1));
        ObjectNode dataTypes = (ObjectNode) config.get("dataTypes");
        List<String> emptied = new ArrayList<>();
        dataTypes.fields().forEachRemaining(type -> {
            JsonNode files = type.getValue().get("files");
            if (files instanceof ArrayNode array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    String file = array.get(i).path("fileName").asText();
                    if (!POST_FILES.matcher(file).matches() && !POSTS_ONLY_KEEP.matcher(file).matches()) {
                        array.remove(i);
                    }
                }
                if (array.isEmpty()) {
                    emptied.add(type.getKey());
                }
            }
        });
        dataTypes.remove(emptied);
        return (text.substring(0, equals + 1) + " " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static long crc(ZipFile zip, ZipEntry entry) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream data = zip.getInputStream(entry)) {
            for (int n; (n = data.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    /** The post files of an opened archive, in directory order. */
    static List<String> postFiles(ArchiveContent content) {
        List<String> files = new ArrayList<>();
        content.forEachEntry("data/", entry -> {
            if (POST_FILES.matcher(entry.path()).matches()) {
                files.add(entry.path());
            }
        });
        return files;
    }

    /** Uncompressed bytes of the given files. */
    static long uncompressedBytes(ArchiveContent content, List<String> files) {
        long total = 0;
        for (String file : files) {
            total += content.entry(file).orElseThrow().size();
        }
        return total;
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An output stream that discards what it is given and counts the bytes. */
    static final class DiscardingOutputStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        long count() {
            return count;
        }
    }
}
