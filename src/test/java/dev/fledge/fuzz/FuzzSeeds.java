package dev.fledge.fuzz;

import dev.fledge.archive.RawZip;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;

/**
 * Writes the hand-made seed inputs of the fuzz tests into their Jazzer input folders under
 * {@code src/test/resources/dev/fledge/fuzz/}: valid and typical-hostile ZIPs for the opener, real-looking data files
 * for the data-file reader and the whole reader. Files named {@code crash-*} or {@code corpus-*} in those folders
 * come from fuzzing runs and are kept as they are. Run from the project root after changing what a seed should be:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &amp;&amp; \
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.fledge.fuzz.FuzzSeeds
 * </pre>
 */
public final class FuzzSeeds {

    private static final Path INPUTS = Path.of("src/test/resources/dev/fledge/fuzz");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        zipSeeds(INPUTS.resolve("ZipOpenerFuzzTestInputs/openAndReadEveryEntry"));
        dataFileSeeds(INPUTS.resolve("DataFileReaderFuzzTestInputs/readDataFile"));
        readerSeeds(INPUTS.resolve("XArchiveReaderFuzzTestInputs/readArchiveWithOneFuzzedFile"));
    }

    private static void zipSeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile("seed", ".zip");
        try {
            raw(dir, tmp, "seed-stored", false, RawZip.Entry.stored("data/tweets.js",
                    utf8("window.YTD.tweets.part0 = [ ]")));
            raw(dir, tmp, "seed-deflated", false, RawZip.Entry.text("data/like.js",
                    "window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"1\" } } ]"),
                    RawZip.Entry.directory("data/"));
            raw(dir, tmp, "seed-zip64", true, RawZip.Entry.text("data/account.js", "window.YTD.account.part0 = []")
                    .zip64());
            raw(dir, tmp, "seed-wrapped", false, RawZip.Entry.directory("twitter-2024/"),
                    RawZip.Entry.text("twitter-2024/data/tweets.js", "window.YTD.tweets.part0 = []"),
                    RawZip.Entry.stored("__MACOSX/twitter-2024/._tweets.js", new byte[] {0, 5, 22, 7}),
                    RawZip.Entry.stored("twitter-2024/.DS_Store", new byte[] {0, 0, 0, 1}));
            raw(dir, tmp, "seed-symlink", false, RawZip.Entry.stored("data/link.js", utf8("/etc/passwd")).symlink());
            raw(dir, tmp, "seed-encrypted", false, RawZip.Entry.text("data/tweets.js", "[]").flags(1));
            raw(dir, tmp, "seed-size-lie", false, RawZip.Entry.text("data/tweets.js", "window.YTD.tweets.part0 = []")
                    .size(5));
            raw(dir, tmp, "seed-unsafe-names", false, RawZip.Entry.text("data\\..\\x.js", "a"),
                    RawZip.Entry.text("/abs.js", "b"));
            RawZip overlap = new RawZip(tmp);
            RawZip.Entry shared = RawZip.Entry.text("a.js", "shared bytes shared bytes");
            long offset = overlap.local(shared);
            overlap.central(shared, offset).central(RawZip.Entry.text("b.js", "shared bytes shared bytes"), offset)
                    .finish(false);
            Files.copy(tmp, dir.resolve("seed-overlap"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            RawZip empty = new RawZip(tmp);
            empty.finish(false);
            Files.copy(tmp, dir.resolve("seed-empty"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        ByteArrayOutputStream descriptors = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(descriptors)) {
            zip.putNextEntry(new ZipEntry("data/"));
            zip.putNextEntry(new ZipEntry("data/tweets.js"));
            zip.write(utf8("window.YTD.tweets.part0 = [ { \"tweet\" : { \"id_str\" : \"1\" } } ]"));
            zip.putNextEntry(new ZipEntry("data/tweets_media/1-a.jpg"));
            zip.write(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        }
        Files.write(dir.resolve("seed-data-descriptors"), descriptors.toByteArray());
    }

    private static void raw(Path dir, Path tmp, String name, boolean zip64, RawZip.Entry... entries)
            throws IOException {
        RawZip zip = new RawZip(tmp);
        for (RawZip.Entry entry : entries) {
            zip.add(entry);
        }
        zip.finish(zip64);
        Files.copy(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Data-file seeds: the file's text, then the two bytes the fuzz test reads from the end of its input (Jazzer's
     * FuzzedDataProvider takes numbers from the end): mode (0 rows, 1 streamed rows, 2 one object), wrapper (0 = YTD,
     * 1 = manifest, 2 = Grailbird, 3 = var).
     */
    private static void dataFileSeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("tweets", """
                window.YTD.tweets.part0 = [
                  {
                    "tweet" : {
                      "id_str" : "1752243867426926637",
                      "created_at" : "Tue Jan 30 08:14:27 +0000 2024",
                      "full_text" : "hi @bob &amp; #tag https://t.co/xyz",
                      "entities" : { "hashtags" : [ { "text" : "tag", "indices" : [ "14", "18" ] } ] }
                    }
                  }
                ]""");
        texts.put("like", "\uFEFFwindow.YTD.like.part0 = [ {\r\n  \"like\" : { \"tweetId\" : \"1\", \"fullText\" : "
                + "\"x\" }\r\n}, { \"tweetId\" : 2 } ];\n");
        texts.put("dm", """
                window.YTD.direct_messages.part0 = [ { "dmConversation" : { "conversationId" : "1-2", "messages" : [
                  { "messageCreate" : { "id" : "3", "senderId" : "1", "recipientId" : "2", "text" : "hey",
                    "createdAt" : "2024-06-01T12:00:00.250Z", "reactions" : [ ], "urls" : [ ], "mediaUrls" : [ ] } } ] } } ]""");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            seed(dir, "seed-" + e.getKey() + "-rows", e.getValue(), 0, 0);
            seed(dir, "seed-" + e.getKey() + "-streamed", e.getValue(), 1, 0);
        }
        seed(dir, "seed-manifest", """
                window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1", "userName" : "a" },
                  "archiveInfo" : { "generationDate" : "2024-10-01T09:00:00.000Z" },
                  "dataTypes" : { "tweets" : { "files" : [ { "fileName" : "data/tweets.js",
                  "globalName" : "YTD.tweets.part0", "count" : "1" } ], "mediaDirectory" : "data/tweets_media" } } }""",
                2, 1);
        seed(dir, "seed-grailbird", "Grailbird.data.tweets_2012_01 = \n[ { \"id\" : 158000000000000000, "
                + "\"text\" : \"x\", \"created_at\" : \"2012-01-14 10:00:00 +0000\" } ]", 0, 2);
        seed(dir, "seed-user-details", "var user_details =  {\n  \"screen_name\" : \"a\", \"id\" : \"1\" }", 2, 3);
    }

    private static void seed(Path dir, String name, String text, int mode, int wrapper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(text));
        out.write(mode);
        out.write(wrapper);
        Files.write(dir.resolve(name), out.toByteArray());
    }

    /**
     * Whole-reader seeds: every data file of the example archive (tweets.js from a smaller archive with one post of
     * each kind), followed by the byte the test reads from the end: the file's index.
     */
    private static void readerSeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] paths = XArchiveReaderFuzzTest.dataFiles();
        Map<String, byte[]> files = XArchiveReaderFuzzTest.exampleFiles();
        files.put("data/tweets.js", MemoryArchive.filesOf(smallTweets()).get("data/tweets.js"));
        for (int i = 0; i < paths.length; i++) {
            byte[] content = files.get(paths[i]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(content);
            out.write(i);
            String name = paths[i].substring("data/".length(), paths[i].length() - ".js".length());
            Files.write(dir.resolve("seed-" + name), out.toByteArray());
        }
    }

    private static byte[] smallTweets() {
        XUser bob = XUser.of("2001", "bob", "Bob");
        return XArchiveBuilder.g3()
                .account("1000", "alice", "Alice", Instant.parse("2015-03-14T09:26:53Z"))
                .post(p -> p.text("Hello ", mention(bob), " & bye ", hashtag("news"), " ",
                        link("https://example.com/a")).at("2024-05-01T10:00:00Z").photo(64))
                .selfReply(p -> p.text("and more"))
                .reply(bob, "1790000000000000000", p -> p.text("you said <3"))
                .retweet(bob, p -> p.text("a retweeted text"))
                .quote("https://twitter.com/bob/status/1790000000000000001", p -> p.text("look"))
                .longPost(p -> p.text("a long post ", hashtag("long"), " with more words than fit"))
                .toBytes();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
