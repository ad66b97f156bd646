package dev.fledge.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.fledge.archive.RawZip;
import dev.fledge.problem.ProblemType;
import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.xarchive.Warnings;
import io.restassured.path.json.JsonPath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static dev.fledge.hostile.Expected.invalid;
import static dev.fledge.hostile.Expected.problem;
import static dev.fledge.hostile.Expected.clean;
import static dev.fledge.hostile.Expected.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus: every case of issue 9, generated on the fly from the example archive and byte-level ZIP
 * writers, each with its documented answers ({@code docs/reliability.md} lists the same table; a test keeps them in
 * step). Uploads are written once per test run into a temporary folder that is deleted when the JVM ends.
 */
final class HostileCorpus {

    static final ArchiveFacts EXAMPLE = ExampleArchive.build().facts();
    static final long MIB = 1024L * 1024;
    /** The first post media file of the example archive. */
    private static final String FIRST_MEDIA = Uploads.example().keySet().stream()
            .filter(p -> p.startsWith("data/tweets_media/")).findFirst().orElseThrow();
    /** Posts in the 50 MB single-line tweets.js (set when it is generated; the check reads it afterwards). */
    private static volatile long singleLinePosts = -1;

    private static final Consumer<JsonPath> HUNDRED_THOUSAND_MEDIA = report ->
            assertEquals(EXAMPLE.mediaFiles() + 100_000L, report.getLong("counts.mediaFiles"));

    /** Values of every JSON type, none of them what the reader expects where they are put. */
    private static final List<JsonNode> WRONG_VALUES = List.of(
            Uploads.JSON.createObjectNode().put("unexpected", true),
            Uploads.JSON.createArrayNode().add(1).add("two"),
            Uploads.JSON.getNodeFactory().numberNode(1234567890123L),
            Uploads.JSON.getNodeFactory().textNode("not what the reader expects"),
            Uploads.JSON.getNodeFactory().booleanNode(true),
            Uploads.JSON.getNodeFactory().nullNode());

    static final List<HostileCase> CASES = List.of(
            // ---------------------------------------------------------------- the ZIP itself
            zipCase("zip-bomb-ratio", "`data/tweets.js` is 64 MiB of zeros deflated to 64 KiB (ratio ~1000:1)",
                    problem(ProblemType.COMPRESSION_RATIO, "data/tweets.js"),
                    file -> Uploads.raw(file, without("data/tweets.js"), List.of(zeros("data/tweets.js", 64)), false)),
            zipCase("zip-bomb-undeclared", "`data/tweets.js` declares 1 MiB (under the ratio check) but inflates to "
                            + "64 MiB of valid JSON whitespace",
                    problem(ProblemType.ENTRY_SIZE_MISMATCH, "data/tweets.js"),
                    file -> Uploads.raw(file, without("data/tweets.js"), List.of(
                            Uploads.deflatedEntry("data/tweets.js", out -> {
                                out.write(ascii("window.YTD.tweets.part0 = [ "));
                                byte[] spaces = ascii(" ".repeat(1 << 20));
                                for (int i = 0; i < 64; i++) {
                                    out.write(spaces);
                                }
                                out.write(ascii("]"));
                            }).size(MIB)), false)),
            zipCase("overlapping-entries", "1,000 directory records point at one local entry of 8 MiB of zeros "
                            + "(8 GiB declared, under 100 KiB uploaded)",
                    problem(ProblemType.OVERLAPPING_ENTRIES), HostileCorpus::overlappingEntries),
            new HostileCase("tiny-entries-100k", "the example archive plus 100,000 one-byte media files",
                    clean(HUNDRED_THOUSAND_MEDIA), clean(HUNDRED_THOUSAND_MEDIA), true, HostileCorpus::tinyEntries),
            zipCase("name-dot-dot", "an entry named `data/../../../../tmp/evil.js`",
                    problem(ProblemType.UNSAFE_ENTRY_NAME, "data/../../../../tmp/evil.js"),
                    file -> Uploads.raw(file, Uploads.example(),
                            List.of(RawZip.Entry.text("data/../../../../tmp/evil.js", "alert(1)")), false)),
            zipCase("name-absolute", "an entry named `/etc/cron.d/evil`",
                    problem(ProblemType.UNSAFE_ENTRY_NAME, "/etc/cron.d/evil"),
                    file -> Uploads.raw(file, Uploads.example(),
                            List.of(RawZip.Entry.text("/etc/cron.d/evil", "* * * * * root true")), false)),
            zipCase("name-backslash-traversal", "an entry named `..\\..\\evil.js` (a backslash is a separator)",
                    problem(ProblemType.UNSAFE_ENTRY_NAME, "../../evil.js"),
                    file -> Uploads.raw(file, Uploads.example(),
                            List.of(RawZip.Entry.text("..\\..\\evil.js", "alert(1)")), false)),
            zipCase("name-drive-letter", "an entry named `C:\\Windows\\evil.dll`",
                    problem(ProblemType.UNSAFE_ENTRY_NAME, "C:/Windows/evil.dll"),
                    file -> Uploads.raw(file, Uploads.example(),
                            List.of(RawZip.Entry.text("C:\\Windows\\evil.dll", "MZ")), false)),
            zipCase("name-nul", "an entry named `data/tweets.js`, a NUL character, `.jpg`",
                    problem(ProblemType.UNSAFE_ENTRY_NAME, "data/tweets.js\\u0000.jpg"),
                    file -> Uploads.raw(file, Uploads.example(),
                            List.of(RawZip.Entry.text("data/tweets.js\u0000.jpg", "x")), false)),
            zipCase("name-backslash-separators", "every entry named with `\\` separators, as old Windows tools wrote them",
                    clean(HostileCorpus::sameCountsAsExample), HostileCorpus::backslashNames),
            zipCase("symlink-entry", "a Unix symbolic link `data/evil-link` to `/etc/passwd`",
                    problem(ProblemType.UNSAFE_ENTRY_NAME, "data/evil-link"),
                    file -> Uploads.raw(file, Uploads.example(),
                            List.of(RawZip.Entry.stored("data/evil-link", ascii("/etc/passwd")).symlink()), false)),
            zipCase("encrypted-entry", "`data/tweets.js` has the encryption flag",
                    problem(ProblemType.ENCRYPTED_ENTRY, "data/tweets.js"),
                    file -> Uploads.raw(file, without("data/tweets.js"), List.of(RawZip.Entry.deflated(
                            "data/tweets.js", Uploads.exampleFile("data/tweets.js")).flags(1)), false)),
            zipCase("truncated-zip", "the example archive cut after 60% of its bytes",
                    problem(ProblemType.BROKEN_ZIP), file -> truncated(file, 0.6, 0)),
            zipCase("truncated-zip-end", "the example archive without its last 10 bytes (end record cut)",
                    problem(ProblemType.BROKEN_ZIP), file -> truncated(file, 1.0, 10)),
            zipCase("zip64-size-lie-smaller", "ZIP64 `data/tweets.js` declares half its real size",
                    problem(ProblemType.ENTRY_SIZE_MISMATCH, "data/tweets.js"), file -> zip64Lie(file, 0.5)),
            zipCase("zip64-size-lie-larger", "ZIP64 `data/tweets.js` declares twice its real size",
                    problem(ProblemType.ENTRY_SIZE_MISMATCH, "data/tweets.js"), file -> zip64Lie(file, 2.0)),
            zipCase("zip64-size-huge", "ZIP64 `data/tweets.js` declares 1 TiB",
                    problem(ProblemType.ENTRY_TOO_LARGE, "data/tweets.js"), file -> zip64Lie(file, -1)),
            zipCase("media-size-lie-stored", "a stored media file declares two different sizes",
                    problem(ProblemType.ENTRY_SIZE_MISMATCH, FIRST_MEDIA), file -> mediaSizeLie(file, false)),
            zipCase("media-size-lie-deflated", "a deflated media file declares twice its real size (inspect never "
                            + "reads media bytes; a converter copying it finds the lie and aborts its stream)",
                    clean(HostileCorpus::sameCountsAsExample), file -> mediaSizeLie(file, true)),
            zipCase("duplicate-names", "`data/tweets.js` twice",
                    problem(ProblemType.DUPLICATE_ENTRY, "data/tweets.js"),
                    file -> Uploads.raw(file, Uploads.example(), List.of(RawZip.Entry.deflated("data/tweets.js",
                            Uploads.exampleFile("data/tweets.js"))), false)),
            zipCase("not-a-zip-png", "a PNG image", problem(ProblemType.NOT_A_ZIP),
                    file -> Files.write(file, png())),
            zipCase("not-a-zip-text", "a text file", problem(ProblemType.NOT_A_ZIP),
                    file -> Files.writeString(file, "This is my archive, honest.\n")),
            zipCase("not-a-zip-targz", "a `.tar.gz` of `data/tweets.js`", problem(ProblemType.NOT_A_ZIP),
                    file -> Files.write(file, tarGz("data/tweets.js", Uploads.exampleFile("data/tweets.js")))),
            zipCase("empty-body", "zero bytes", problem(ProblemType.NOT_A_ZIP), file -> Files.write(file, new byte[0])),
            zipCase("empty-zip", "a valid ZIP without entries", problem(ProblemType.NOT_AN_X_ARCHIVE),
                    file -> Uploads.raw(file, Map.of(), List.of(), false)),

            // ---------------------------------------------------------------- broken data files
            dataCase("js-wrong-wrapper",
                    "`data/like.js` starts with `var likes =` instead of `window.YTD.like.part0 =`",
                    "data/like.js", r -> assertEquals(0, r.getLong("counts.likes")),
                    edit("data/like.js", bytes -> replaceFirst(bytes, "window.YTD.like.part0", "var likes"))),
            dataCase("js-no-wrapper", "`data/tweets.js` is a bare JSON array, without assignment",
                    "data/tweets.js", r -> assertEquals(0, r.getLong("counts.posts")),
                    edit("data/tweets.js", bytes -> Arrays.copyOfRange(bytes, indexOf(bytes, '['), bytes.length))),
            dataCase("js-trailing-garbage", "`data/follower.js` has a script after its array",
                    "data/follower.js", r -> assertEquals(EXAMPLE.followers(), r.getLong("counts.followers")),
                    edit("data/follower.js", bytes -> Uploads.concat(bytes, ascii("\nalert(document.cookie);\n")))),
            dataCase("js-invalid-utf8", "`data/like.js` has the bytes C3 28 (invalid UTF-8) in a text",
                    "data/like.js", null,
                    edit("data/like.js", bytes -> Uploads.insertAfter(bytes, "\"fullText\" : \"",
                            new byte[] {(byte) 0xC3, 0x28}))),
            dataCase("js-nul-byte", "`data/like.js` has a raw NUL byte inside a string", "data/like.js", null,
                    edit("data/like.js", bytes -> Uploads.insertAfter(bytes, "\"fullText\" : \"", new byte[] {0}))),
            dataCase("js-nesting-10000", "a tweet row holds arrays nested 10,000 deep", "data/tweets.js", null,
                    edit("data/tweets.js", bytes -> withRawField(bytes, "tweet", "nested",
                            Uploads.repeat("[", 10_000) + Uploads.repeat("]", 10_000)))),
            dataCase("js-nesting-10000-dm", "a direct message holds objects nested 10,000 deep",
                    "data/direct-messages.js", null,
                    edit("data/direct-messages.js", bytes -> withRawField(bytes, "dmConversation", "nested",
                            Uploads.repeat("{\"a\":", 10_000) + "1" + Uploads.repeat("}", 10_000)))),
            largeDataCase("js-string-100mb", "a tweet's `full_text` is one 100 MiB string (it compresses ~86:1, under the ratio limit)",
                    "data/tweets.js", HostileCorpus::hugeString),
            dataCase("js-numbers-1e999", "`1e999`, `-1e999`, `1e-999`, `1E+999999999`, a 30-digit integer and a tiny "
                            + "decimal in ids, counts, ranges and dates of tweets, likes, followers and the account",
                    "data/tweets.js", null, HostileCorpus::hugeNumbers),
            dataCase("js-number-exponent-overflow", "`1e99999999999` (an exponent beyond 32 bits) in a tweet and in a "
                            + "direct message (found by fuzzing: it was a 500)", "data/tweets.js",
                    r -> assertTrue(r.getList("warnings.file").contains("data/direct-messages.js")),
                    file -> {
                        Map<String, Uploads.Content> contents = Uploads.exampleContents();
                        contents.put("data/tweets.js", Uploads.Content.of(withRawField(
                                Uploads.exampleFile("data/tweets.js"), "tweet", "favorite_count", "1e99999999999")));
                        contents.put("data/direct-messages.js", Uploads.Content.of(Uploads.insertAfter(
                                Uploads.exampleFile("data/direct-messages.js"), "\"messageCreate\" : {",
                                ascii(" \"edits\" : 1e99999999999,"))));
                        Uploads.zip(file, contents);
                    }),
            dataCase("js-number-5000-digits", "a tweet field holds a 5,000-digit number", "data/tweets.js", null,
                    edit("data/tweets.js", bytes -> withRawField(bytes, "tweet", "favorite_count",
                            "9".repeat(5_000)))),
            wrongTypes("tweets", "data/tweets.js"),
            new HostileCase("wrong-types-note-tweets", "like `wrong-types-tweets`, in `data/note-tweet.js` (inspect counts "
                    + "note-tweet rows without reading them; converters read and warn)",
                    clean(null), clean(null), false, wrongTypesGenerator("data/note-tweet.js")),
            wrongTypes("likes", "data/like.js"),
            wrongTypes("follower", "data/follower.js", "data/following.js", "data/block.js", "data/mute.js"),
            wrongTypes("lists", "data/lists-created.js"),
            wrongTypes("direct-messages", "data/direct-messages.js", "data/direct-messages-group.js",
                    "data/direct-message-headers.js"),
            wrongTypes("account", "data/account.js", "data/profile.js", "data/account-timezone.js",
                    "data/verified.js", "data/screen-name-change.js", "data/protected-history.js"),
            new HostileCase("wrong-types-manifest-fields", "every value under `userInfo`, `archiveInfo` and each "
                    + "`dataTypes` entry of `data/manifest.js` replaced, in turn, by an object, an array, a number, "
                    + "a string or a boolean", warning(null, HostileCorpus::onlyListedFilesMissing),
                    invalid(null), false, file -> manifest(file, HostileCorpus::wrongManifestFields)),
            new HostileCase("wrong-types-manifest-containers", "`userInfo`, `archiveInfo` and `dataTypes` of "
                    + "`data/manifest.js` are an array, a string and an array",
                    clean(HostileCorpus::sameCountsAsExample), clean(HostileCorpus::sameCountsAsExample), false,
                    file -> manifest(file, HostileCorpus::wrongManifestContainers)),

            // ---------------------------------------------------------------- missing files
            dataCase("missing-account", "no `data/account.js` (the manifest lists it)", "data/account.js",
                    r -> assertEquals(EXAMPLE.posts(), r.getLong("counts.posts")),
                    file -> Uploads.zip(file, contentsWithout("data/account.js"))),
            dataCase("missing-tweets", "no `data/tweets.js` (the manifest lists it)", "data/tweets.js",
                    r -> assertEquals(0, r.getLong("counts.posts")),
                    file -> Uploads.zip(file, contentsWithout("data/tweets.js"))),
            zipCase("missing-account-and-tweets", "no manifest, no `account.js`, no `tweets.js`: nothing says X",
                    problem(ProblemType.NOT_AN_X_ARCHIVE), file -> Uploads.zip(file,
                            contentsWithout("data/manifest.js", "data/account.js", "data/tweets.js"))),
            dataCase("manifest-lists-5000-missing",
                    "`data/manifest.js` lists 5,000 tweets parts that are not there (1,000 warnings kept)",
                    "data/tweets-part1.js", r -> assertEquals(Warnings.MAX_KEPT,
                            r.getList("warnings").size(), "warnings are capped"),
                    file -> manifest(file, HostileCorpus::thousandsOfMissingParts)),
            new HostileCase("line-50mb", "`data/tweets.js` is 50 MiB of realistic tweets (75,000) on one line",
                    clean(r -> assertEquals(singleLinePosts, r.getLong("counts.posts"))),
                    clean(r -> assertEquals(singleLinePosts, r.getLong("counts.posts"))), true,
                    HostileCorpus::singleLine));

    private static final Path DIR;
    private static final Map<String, Path> GENERATED = new ConcurrentHashMap<>();

    static {
        try {
            DIR = Files.createTempDirectory("fledge-hostile-corpus-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder; the system cleans it eventually
            }
        }));
    }

    private HostileCorpus() {
    }

    static HostileCase byName(String name) {
        return CASES.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile case " + name));
    }

    /** The case's upload, generated on first use. */
    static synchronized Path upload(HostileCase hostile) {
        return GENERATED.computeIfAbsent(hostile.name(), name -> {
            Path file = DIR.resolve(name + ".upload");
            try {
                hostile.generator().write(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        });
    }

    // ------------------------------------------------------------------------------------------ case builders

    private static HostileCase zipCase(String name, String what, Expected answer, HostileCase.Generator generator) {
        return new HostileCase(name, what, answer, answer, false, generator);
    }

    /** Lenient: 200 with a warning about {@code file} (and {@code check}); strict: 422 invalid-data-file there. */
    private static HostileCase dataCase(String name, String what, String file, Consumer<JsonPath> check,
                                        HostileCase.Generator generator) {
        return new HostileCase(name, what, warning(file, check), invalid(file), false, generator);
    }

    private static HostileCase largeDataCase(String name, String what, String file, HostileCase.Generator generator) {
        return new HostileCase(name, what, warning(file, null), invalid(file), true, generator);
    }

    private static HostileCase wrongTypes(String type, String... files) {
        return new HostileCase("wrong-types-" + type, "every node of every row of `" + String.join("`, `", files)
                + "` replaced, in turn, by an object, an array, a number, a string, a boolean and null (one copy "
                + "of the row each)", warning(files[0], null), invalid(files[0]), false, wrongTypesGenerator(files));
    }

    private static HostileCase.Generator wrongTypesGenerator(String... files) {
        return file -> {
            Map<String, Uploads.Content> contents = Uploads.exampleContents();
            for (String path : files) {
                contents.put(path, Uploads.Content.of(Uploads.everyFieldWrong(Uploads.exampleFile(path),
                        WRONG_VALUES)));
            }
            Uploads.zip(file, contents);
        };
    }

    private static HostileCase.Generator edit(String path, java.util.function.UnaryOperator<byte[]> change) {
        return file -> {
            Map<String, Uploads.Content> contents = Uploads.exampleContents();
            contents.put(path, Uploads.Content.of(change.apply(Uploads.exampleFile(path))));
            Uploads.zip(file, contents);
        };
    }

    private static Map<String, byte[]> without(String... paths) {
        Map<String, byte[]> files = Uploads.example();
        for (String path : paths) {
            files.remove(path);
        }
        return files;
    }

    private static Map<String, Uploads.Content> contentsWithout(String... paths) {
        Map<String, Uploads.Content> contents = Uploads.exampleContents();
        for (String path : paths) {
            contents.remove(path);
        }
        return contents;
    }

    /** Manifest file names of the wrong type are read as names of missing files; nothing else is lost. */
    private static void onlyListedFilesMissing(JsonPath report) {
        sameCountsAsExample(report);
        List<String> messages = report.getList("warnings.message");
        assertTrue(messages.stream().allMatch(m -> m.equals("the manifest lists this file but the archive does not "
                + "contain it")), messages::toString);
    }

    private static void sameCountsAsExample(JsonPath report) {
        assertEquals(EXAMPLE.posts(), report.getLong("counts.posts"));
        assertEquals(EXAMPLE.likes(), report.getLong("counts.likes"));
        assertEquals(EXAMPLE.followers(), report.getLong("counts.followers"));
        assertEquals(EXAMPLE.directMessages(), report.getLong("counts.directMessages"));
        assertEquals(EXAMPLE.mediaFiles(), report.getLong("counts.mediaFiles"));
    }

    // ------------------------------------------------------------------------------------------ generators

    /** {@code mib} MiB of zeros, deflated as tightly as deflate can (~1030:1). */
    private static Uploads.Deflated zeros(int mib) throws IOException {
        byte[] zeros = new byte[(int) MIB];
        return Uploads.deflate(java.util.zip.Deflater.BEST_COMPRESSION, out -> {
            for (int i = 0; i < mib; i++) {
                out.write(zeros);
            }
        });
    }

    private static RawZip.Entry zeros(String name, int mib) throws IOException {
        return zeros(mib).entry(name);
    }

    private static void overlappingEntries(Path file) throws IOException {
        Uploads.Deflated bomb = zeros(8);
        RawZip zip = new RawZip(file);
        long offset = zip.local(bomb.entry("data/tweets_media/bomb-0.bin"));
        for (int i = 0; i < 1000; i++) {
            zip.central(bomb.entry("data/tweets_media/bomb-" + i + ".bin"), offset);
        }
        zip.finish(false);
    }

    private static void tinyEntries(Path file) throws IOException {
        RawZip zip = new RawZip(file);
        for (Map.Entry<String, byte[]> e : Uploads.example().entrySet()) {
            zip.add(RawZip.Entry.deflated(e.getKey(), e.getValue()));
        }
        byte[] one = {'x'};
        for (int i = 0; i < 100_000; i++) {
            zip.add(RawZip.Entry.stored("data/tweets_media/t" + i + ".jpg", one));
        }
        zip.finish(false);
    }

    private static void backslashNames(Path file) throws IOException {
        RawZip zip = new RawZip(file);
        for (Map.Entry<String, byte[]> e : Uploads.example().entrySet()) {
            zip.add(RawZip.Entry.deflated(e.getKey().replace('/', '\\'), e.getValue()));
        }
        zip.finish(false);
    }

    private static void truncated(Path file, double keep, int cutFromEnd) throws IOException {
        Path whole = file.resolveSibling(file.getFileName() + ".whole");
        Uploads.zip(whole, Uploads.exampleContents());
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * keep) - cutFromEnd));
    }

    /** data/tweets.js as a ZIP64 entry declaring {@code factor} times its size, or 1 TiB when negative. */
    private static void zip64Lie(Path file, double factor) throws IOException {
        byte[] tweets = Uploads.exampleFile("data/tweets.js");
        long declared = factor < 0 ? 1L << 40 : (long) (tweets.length * factor);
        Uploads.raw(file, without("data/tweets.js"),
                List.of(RawZip.Entry.deflated("data/tweets.js", tweets).size(declared).zip64()), true);
    }

    private static void mediaSizeLie(Path file, boolean deflated) throws IOException {
        Map<String, byte[]> files = Uploads.example();
        byte[] bytes = files.remove(FIRST_MEDIA);
        RawZip.Entry entry = deflated ? RawZip.Entry.deflated(FIRST_MEDIA, bytes) : RawZip.Entry.stored(FIRST_MEDIA, bytes);
        Uploads.raw(file, files, List.of(entry.size(2L * bytes.length)), false);
    }

    private static void manifest(Path file, Consumer<ObjectNode> change) throws IOException {
        Uploads.DataFile manifest = Uploads.DataFile.parse(Uploads.exampleFile("data/manifest.js"));
        change.accept((ObjectNode) manifest.value());
        Map<String, Uploads.Content> contents = Uploads.exampleContents();
        contents.put("data/manifest.js", Uploads.Content.of(manifest.render()));
        Uploads.zip(file, contents);
    }

    /** Leaves of userInfo, archiveInfo and every dataTypes entry replaced, in turn, by each wrong value. */
    private static void wrongManifestFields(ObjectNode manifest) {
        int[] next = {0};
        java.util.function.Supplier<JsonNode> wrong = () -> {
            JsonNode value = WRONG_VALUES.get(next[0]++ % (WRONG_VALUES.size() - 1)); // null is for containers
            return value.deepCopy();
        };
        for (String section : List.of("userInfo", "archiveInfo")) {
            ObjectNode node = (ObjectNode) manifest.get(section);
            node.fieldNames().forEachRemaining(name -> node.set(name, wrong.get()));
        }
        manifest.get("dataTypes").forEach(type -> {
            ObjectNode t = (ObjectNode) type;
            if (t.has("mediaDirectory")) {
                t.set("mediaDirectory", wrong.get());
            }
            JsonNode files = t.get("files");
            if (files != null) {
                files.forEach(f -> ((ObjectNode) f).fieldNames().forEachRemaining(
                        name -> ((ObjectNode) f).set(name, wrong.get())));
            }
        });
    }

    private static void wrongManifestContainers(ObjectNode manifest) {
        manifest.set("userInfo", Uploads.JSON.createArrayNode().add("1000000000000000001"));
        manifest.put("archiveInfo", "2024-10-01T09:00:00.000Z");
        manifest.set("dataTypes", Uploads.JSON.createArrayNode().add(manifest.get("dataTypes").deepCopy()));
    }

    private static void thousandsOfMissingParts(ObjectNode manifest) {
        ArrayNode files = (ArrayNode) manifest.get("dataTypes").get("tweets").get("files");
        for (int part = 1; part <= 5000; part++) {
            files.addObject().put("fileName", "data/tweets-part" + part + ".js")
                    .put("globalName", "YTD.tweets.part" + part).put("count", "10");
        }
    }

    /** The example with {@code field} of the first row (under {@code rowKey}) holding raw JSON text. */
    private static byte[] withRawField(byte[] file, String rowKey, String field, String rawJson) {
        Uploads.DataFile data = Uploads.DataFile.parse(file);
        ((ObjectNode) data.value().get(0).get(rowKey)).putRawValue(field, new RawValue(rawJson));
        return data.render();
    }

    private static void hugeNumbers(Path file) throws IOException {
        String[] numbers = {"1e999", "-1e999", "1e-999", "1E+999999999", "123456789012345678901234567890",
                "-0.0000000000000000000001"};
        Map<String, Uploads.Content> contents = Uploads.exampleContents();
        contents.put("data/tweets.js", Uploads.Content.of(numberRows(Uploads.exampleFile("data/tweets.js"), "tweet",
                List.of("id", "id_str", "favorite_count", "retweet_count", "created_at", "in_reply_to_status_id_str",
                        "display_text_range"), numbers)));
        contents.put("data/like.js", Uploads.Content.of(numberRows(Uploads.exampleFile("data/like.js"), "like",
                List.of("tweetId", "fullText"), numbers)));
        contents.put("data/follower.js", Uploads.Content.of(numberRows(Uploads.exampleFile("data/follower.js"),
                "follower", List.of("accountId"), numbers)));
        contents.put("data/account.js", Uploads.Content.of(numberRows(Uploads.exampleFile("data/account.js"),
                "account", List.of("accountId", "createdAt"), numbers)));
        Uploads.zip(file, contents);
    }

    /** The file's rows, then one copy of its first row per (field, number) with the field set to that number. */
    private static byte[] numberRows(byte[] file, String rowKey, List<String> fields, String[] numbers) {
        Uploads.DataFile data = Uploads.DataFile.parse(file);
        ArrayNode rows = (ArrayNode) data.value();
        JsonNode first = rows.get(0);
        for (String field : fields) {
            for (String number : numbers) {
                ObjectNode copy = first.deepCopy();
                ((ObjectNode) copy.get(rowKey)).putRawValue(field, new RawValue(number));
                rows.add(copy);
            }
        }
        return data.render();
    }

    /** One tweet whose full_text is 100 MiB: a 20,000-letter random block repeated (inside deflate's window). */
    private static void hugeString(Path file) throws IOException {
        Random random = new Random(9);
        byte[] block = new byte[20_000];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (random.nextInt(5) == 0 ? ' ' : 'a' + random.nextInt(26));
        }
        long size = 100 * MIB;
        Map<String, Uploads.Content> contents = Uploads.exampleContents();
        contents.put("data/tweets.js", out -> {
            out.write(ascii("window.YTD.tweets.part0 = [ { \"tweet\" : { \"id_str\" : \"1834000000000000001\", "
                    + "\"full_text\" : \""));
            for (long left = size; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write(ascii("\" } } ]"));
        });
        Uploads.zip(file, contents);
        assertTrue(Files.size(file) * 200 > size, "the 100 MiB string must stay under the 200:1 ratio limit");
    }

    /** tweets.js as one line of ~50 MiB of varied, realistic tweet rows. */
    private static void singleLine(Path file) throws IOException {
        String[] words = ("the a of to and in is it you that he was for on are with as I his they be at one have "
                + "this from or had by hot word but what some we can out other were all there when up use your "
                + "how said an each she which do their time if will way about many then them write would like so "
                + "these her long make thing see him two has look more day could go come did number sound no most "
                + "people my over know water than call first who may down side been now find archive leaving post "
                + "thread photo harbour sunrise migration data export #fledge #archive @robinquill @mira_ok 🐣 🌊 "
                + "&amp; &lt;3 café naïve").split(" ");
        Random random = new Random(50);
        DateTimeFormatter twitter = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        long target = 50 * MIB;
        Map<String, Uploads.Content> contents = Uploads.exampleContents();
        contents.put("data/tweets.js", out -> {
            CountingStream counted = new CountingStream(out);
            counted.write(ascii("window.YTD.tweets.part0 = ["));
            Instant at = Instant.parse("2019-01-01T00:00:00Z");
            long n = 0;
            while (counted.count < target) {
                at = at.plusSeconds(60 + random.nextInt(7200));
                long id = (at.toEpochMilli() - 1288834974657L) << 22 | random.nextInt(1 << 22);
                StringBuilder text = new StringBuilder();
                for (int w = 5 + random.nextInt(40); w > 0; w--) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
                String row = (n == 0 ? "" : ",") + "{\"tweet\":{\"edit_info\":{\"initial\":{\"editTweetIds\":[\"" + id
                        + "\"],\"editableUntil\":\"" + at.plusSeconds(3600) + "\",\"editsRemaining\":\"5\","
                        + "\"isEditEligible\":true}},\"retweeted\":false,\"source\":\"<a href=\\\"https://mobile."
                        + "twitter.com\\\" rel=\\\"nofollow\\\">Twitter Web App</a>\",\"entities\":{\"hashtags\":[],"
                        + "\"symbols\":[],\"user_mentions\":[],\"urls\":[]},\"display_text_range\":[\"0\",\""
                        + text.length() + "\"],\"favorite_count\":\"" + random.nextInt(500) + "\",\"id_str\":\"" + id
                        + "\",\"truncated\":false,\"retweet_count\":\"" + random.nextInt(50) + "\",\"id\":\"" + id
                        + "\",\"created_at\":\"" + twitter.format(at) + "\",\"favorited\":false,\"full_text\":\""
                        + text.toString().strip() + "\",\"lang\":\"en\"}}";
                counted.write(row.getBytes(StandardCharsets.UTF_8));
                n++;
            }
            counted.write(ascii("]"));
            singleLinePosts = n;
        });
        Uploads.zip(file, contents);
    }

    /** Counts what passes through, so a generator knows when it has written enough. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
                0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0, 'I', 'E', 'N', 'D',
                (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    }

    /** A one-file ustar archive, gzipped. */
    private static byte[] tarGz(String name, byte[] content) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, String.format("%011o", 1_700_000_000L));
        Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        tar.writeBytes(header);
        tar.writeBytes(content);
        tar.writeBytes(new byte[(512 - content.length % 512) % 512 + 1024]);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(tar.toByteArray());
        }
        return gz.toByteArray();
    }

    private static void put(byte[] header, int at, String text) {
        byte[] bytes = ascii(text);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }

    private static byte[] replaceFirst(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("not found: " + from);
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, char c) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + c);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
