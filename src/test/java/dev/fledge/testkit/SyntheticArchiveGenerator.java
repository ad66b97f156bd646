package dev.fledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static dev.fledge.testkit.ArchiveJson.row;

/**
 * Writes big synthetic X archives (up to millions of posts) without holding the posts in memory: rows go
 * straight into the ZIP stream; the timeline is regenerated from the seed for each file that needs it
 * (tweets, headers, notes, media), and the manifest is written last. Deterministic: the same seed, size and
 * options give a byte-identical ZIP.
 *
 * <p>Contents for {@code N} posts: the post mix of {@link SyntheticTimeline} with note-tweet.js rows for long
 * posts (G3), tweet-headers (G3), media files for ~20% of posts (tiny stand-ins, or with
 * {@link #realisticMedia()} photos of 100–400 KB and videos of 1–5 MB of random bytes, stored uncompressed as
 * X does), likes ≈ 3N/2 (at most {@value #MAX_LIKES}), followers and following ≈ N/20, some blocks and mutes,
 * a few lists, about N/200 DM conversations of ~10 messages (one in ten a group). Large data types are split
 * into parts of about {@link #maxPartBytes} bytes ({@code tweets.js}, {@code tweets-part1.js}, …), as X does
 * near 100 MiB.
 *
 * <p>Run it from the test classpath (after {@code ./mvnw -q test-compile} and, once,
 * {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     dev.fledge.testkit.SyntheticArchiveGenerator --posts 1000000 --seed 42 --out /tmp/x-1m.zip \
 *     [--realistic-media] [--media-scale N] [--generation G3|G2|G1] [--max-part-mib 100]
 * </pre>
 * It prints the facts of the archive it wrote.
 */
public final class SyntheticArchiveGenerator {
    static final int MAX_LIKES = 300_000;
    private static final Instant GENERATED_AT = Instant.parse("2024-11-16T11:33:22.222Z");
    private static final Instant ACCOUNT_CREATED = Instant.parse("2011-06-30T07:52:16.000Z");

    private final int posts;
    private final long seed;
    private boolean realisticMedia;
    private int mediaScale = 1;
    private Generation generation = Generation.G3;
    private long maxPartBytes = 100L * 1024 * 1024;

    public SyntheticArchiveGenerator(int posts, long seed) {
        if (posts < 0) {
            throw new IllegalArgumentException("posts must not be negative");
        }
        this.posts = posts;
        this.seed = seed;
    }

    /** Media files of realistic sizes (random bytes) instead of tiny stand-ins. */
    public SyntheticArchiveGenerator realisticMedia() {
        return realisticMedia(1);
    }

    /**
     * Realistic media with every post media file {@code scale} times larger (a media-heavy account: with 5, 1,000
     * posts carry about 1 GB of media).
     */
    public SyntheticArchiveGenerator realisticMedia(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        this.realisticMedia = true;
        this.mediaScale = scale;
        return this;
    }

    /** G3 (default), G2 or G1; Grailbird (G0) archives are made with {@link XArchiveBuilder#g0()}. */
    public SyntheticArchiveGenerator generation(Generation generation) {
        if (generation == Generation.G0) {
            throw new IllegalArgumentException("the generator writes G1, G2 and G3 archives");
        }
        this.generation = generation;
        return this;
    }

    /** Starts a new part ({@code tweets-part1.js}, …) once a part holds about this many bytes. */
    public SyntheticArchiveGenerator maxPartBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be positive");
        }
        this.maxPartBytes = bytes;
        return this;
    }

    public ArchiveFacts writeTo(Path zip) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16)) {
            return writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the archive to {@code out} (left open) and returns its facts. */
    public ArchiveFacts writeTo(OutputStream out) {
        return new Run(out).write();
    }

    /** One writing of the archive. */
    private final class Run {
        private final ArchiveZip zip;
        private final Manifest manifest = new Manifest();
        private final ArchiveFacts.Counter facts = new ArchiveFacts.Counter();
        private final String dir = generation.dataDir();
        private final XUser owner;
        private final List<XUser> people;
        private final boolean current = generation.isCurrent();

        Run(OutputStream out) {
            this.zip = new ArchiveZip(out, "", LocalDateTime.ofInstant(GENERATED_AT.truncatedTo(
                    ChronoUnit.SECONDS), ZoneOffset.UTC), false);
            SplittableRandom random = new SplittableRandom(seed ^ 0x6F776E6572L);
            this.owner = XUser.of(Long.toString(Snowflake.of(ACCOUNT_CREATED, random.nextInt(1 << 22))), "fledgesynth",
                    "Fledge Synthetic 🐦");
            this.people = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String id = random.nextInt(4) == 0 ? Long.toString(random.nextLong(10_000_000L, 3_000_000_000L))
                        : Long.toString(Snowflake.of(Instant.ofEpochSecond(random.nextLong(
                        Instant.parse("2012-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2024-01-01T00:00:00Z").getEpochSecond())), random.nextInt(1 << 22)));
                people.add(XUser.of(id, Vocabulary.screenName(random), Vocabulary.displayName(random)));
            }
        }

        ArchiveFacts write() {
            if (generation == Generation.G1) {
                zip.data("README.txt", StaticFiles.readme());
            } else {
                zip.data("Your archive.html", StaticFiles.viewerPage());
                zip.data("data/README.txt", StaticFiles.readme());
            }
            small("account", false, AccountRows.account(owner, ACCOUNT_CREATED));
            small("accountTimezone", false, AccountRows.accountTimezone(owner));
            small("ageinfo", false, AccountRows.ageinfo());
            small("verified", false, AccountRows.verified(owner));
            for (String empty : generation.emptyDataTypes()) {
                small(empty, false);
            }
            profile();
            tweets();
            if (current) {
                headersAndNotes();
                small("deletedTweets", true);
                small("deletedTweetHeaders", false);
                small("communityTweet", true);
            }
            postMedia();
            likesAndPeople();
            directMessages();
            small("screenNameChange", false, AccountRows.screenNameChange(owner,
                    ACCOUNT_CREATED.plus(Duration.ofDays(400)), "fledge_synth", owner.screenName()));
            small("protectedHistory", false);
            if (generation.hasManifest()) {
                // small archives can overshoot the timeline's end: the export always comes after the last post
                Instant generated = facts.lastPost != null && facts.lastPost.plus(Duration.ofDays(3)).isAfter(GENERATED_AT)
                        ? facts.lastPost.plus(Duration.ofDays(3)) : GENERATED_AT;
                zip.data("data/manifest.js", manifest.render(owner, generated, zip.bytesWritten()));
            }
            zip.close();
            return facts.build(generation, owner, List.of());
        }

        private SyntheticTimeline timeline() {
            return new SyntheticTimeline(seed, posts, owner, people, realisticMedia, mediaScale, current);
        }

        private void tweets() {
            try (PartedFile file = new PartedFile(generation.tweetsType(), true)) {
                SyntheticTimeline timeline = timeline();
                while (timeline.hasNext()) {
                    List<ResolvedPost> versions = timeline.next();
                    facts.post(versions, current);
                    for (ResolvedPost post : versions) {
                        ObjectNode tweet = TweetRows.tweet(post, generation);
                        file.write(generation.wrapsTweetRows() ? row("tweet", tweet) : tweet);
                    }
                }
            }
        }

        private void headersAndNotes() {
            try (PartedFile file = new PartedFile("tweetHeaders", false)) {
                SyntheticTimeline timeline = timeline();
                while (timeline.hasNext()) {
                    timeline.next().forEach(post -> file.write(row("tweet", TweetRows.header(post))));
                }
            }
            try (PartedFile file = new PartedFile("noteTweet", false)) {
                SyntheticTimeline timeline = timeline();
                while (timeline.hasNext()) {
                    for (ResolvedPost post : timeline.next()) {
                        if (post.isNoteTweet()) {
                            file.write(row("noteTweet", TweetRows.note(post)));
                        }
                    }
                }
            }
        }

        private void postMedia() {
            String folder = dir + Generation.snake(generation.tweetsType()) + "_media/";
            SyntheticTimeline timeline = timeline();
            while (timeline.hasNext()) {
                for (ResolvedPost post : timeline.next()) {
                    for (PostMedia m : post.media) {
                        String name = post.id + "-" + m.fileBase();
                        zip.stored(folder + name, StandInMedia.bytes(name, m.sizeBytes(), Long.parseLong(m.id())));
                        facts.mediaFiles++;
                    }
                }
            }
        }

        private void profile() {
            String avatarName = "hNd8Qw2x.jpg";
            String stamp = Long.toString(ACCOUNT_CREATED.plus(Duration.ofDays(900)).getEpochSecond());
            small("profile", true, AccountRows.profile("Synthetic account for Fledge tests & benchmarks <3",
                    "https://t.co/Fl3dgeSyn1", "Nowhere",
                    "https://pbs.twimg.com/profile_images/" + Snowflake.of(ACCOUNT_CREATED.plus(Duration.ofDays(800)), 77)
                            + "/" + avatarName,
                    "https://pbs.twimg.com/profile_banners/" + owner.id() + "/" + stamp));
            for (String file : List.of(owner.id() + "-" + avatarName, owner.id() + "-" + stamp + ".jpg")) {
                zip.stored(dir + "profile_media/" + file, StandInMedia.bytes(file, realisticMedia ? 150_000 : -1, 1));
                facts.mediaFiles++;
            }
        }

        private void likesAndPeople() {
            SplittableRandom random = new SplittableRandom(seed ^ 0x6C696B6573L);
            Names names = new Names(seed ^ 0x6C696B65L);
            long likes = Math.min(MAX_LIKES, 3L * posts / 2);
            try (PartedFile file = new PartedFile("like", false)) {
                for (long i = 0; i < likes; i++) {
                    Instant at = SyntheticTimeline.START.plusSeconds(random.nextLong(
                            Duration.between(SyntheticTimeline.START, SyntheticTimeline.END).getSeconds()));
                    String text = random.nextInt(14) == 0 ? null : Vocabulary.sentence(random, 3, 30);
                    file.write(AccountRows.like(names.snowflake(at), text));
                }
            }
            facts.likes = likes;
            facts.followers = people("follower", "follower", Math.max(3, posts / 20), random);
            facts.following = people("following", "following", Math.max(3, posts / 20), random);
            facts.blocks = people("block", "blocking", Math.max(2, posts / 500), random);
            facts.mutes = people("mute", "muting", Math.max(2, posts / 1000), random);
            small("listsCreated", false, AccountRows.list("https://twitter.com/" + owner.screenName() + "/lists/"
                    + Snowflake.of(ACCOUNT_CREATED.plus(Duration.ofDays(700)), 5)), AccountRows.list(
                    "https://twitter.com/" + owner.screenName() + "/lists/" + Vocabulary.word(random) + "-people"));
            small("listsMember", false,
                    AccountRows.list("https://twitter.com/" + people.get(0).screenName() + "/lists/" + Vocabulary.word(random)),
                    AccountRows.list("https://twitter.com/" + people.get(1).screenName() + "/lists/" + Vocabulary.word(random)),
                    AccountRows.list("https://twitter.com/" + people.get(2).screenName() + "/lists/" + Vocabulary.word(random)));
            small("listsSubscribed", false,
                    AccountRows.list("https://twitter.com/" + people.get(3).screenName() + "/lists/" + Vocabulary.word(random)));
            facts.lists = 6;
        }

        /** Writes {@code count} people rows: ids of the known people first, then made-up ones. */
        private long people(String dataType, String rowKey, int count, SplittableRandom random) {
            try (PartedFile file = new PartedFile(dataType, false)) {
                for (int i = 0; i < count; i++) {
                    String id = i < people.size() && random.nextBoolean() ? people.get(i).id()
                            : Long.toString(random.nextLong(10_000_000L, 1_900_000_000_000_000_000L));
                    file.write(AccountRows.person(rowKey, id));
                }
            }
            return count;
        }

        private void directMessages() {
            int conversations = Math.max(2, posts / 200);
            for (boolean group : new boolean[]{false, true}) {
                String dataType = group ? generation.groupMessagesType() : generation.directMessagesType();
                String headersType = group ? "directMessageGroupHeaders" : "directMessageHeaders";
                try (PartedFile file = new PartedFile(dataType, true)) {
                    for (int k = 0; k < conversations; k++) {
                        DmRows.Conversation c = conversation(k);
                        if (c.group() == group) {
                            facts.conversation(c);
                            file.write(row("dmConversation", DmRows.conversation(c, generation, false)));
                        }
                    }
                }
                try (PartedFile file = new PartedFile(headersType, false)) {
                    for (int k = 0; k < conversations; k++) {
                        DmRows.Conversation c = conversation(k);
                        if (c.group() == group) {
                            file.write(row("dmConversation", DmRows.conversation(c, generation, true)));
                        }
                    }
                }
                String folder = dir + Generation.snake(dataType) + "_media/";
                for (int k = 0; k < conversations; k++) {
                    DmRows.Conversation c = conversation(k);
                    if (c.group() != group) {
                        continue;
                    }
                    for (DmRows.Event e : c.events()) {
                        if (e.mediaFileName() != null) {
                            zip.stored(folder + e.mediaFileName(),
                                    StandInMedia.bytes(e.mediaFileName(), e.mediaSizeBytes(), Long.parseLong(e.id())));
                            facts.mediaFiles++;
                        }
                    }
                }
            }
        }

        /** Conversation {@code k}, made from its own seed so it can be made again for each file. */
        private DmRows.Conversation conversation(int k) {
            long conversationSeed = seed * 1_000_003L + k;
            SplittableRandom random = new SplittableRandom(conversationSeed);
            boolean group = random.nextInt(10) == 0;
            List<XUser> others = new ArrayList<>();
            int size = group ? random.nextInt(2, 6) : 1;
            while (others.size() < size) {
                XUser candidate = people.get(random.nextInt(people.size()));
                if (!others.contains(candidate)) {
                    others.add(candidate);
                }
            }
            DmConversationSpec spec = new DmConversationSpec(owner, others, group);
            Instant at = Instant.parse("2016-01-01T00:00:00Z").plusSeconds(random.nextLong(8L * 365 * 86_400));
            if (group) {
                spec.joined(others.get(0)).at(at);
                if (random.nextInt(3) == 0) {
                    at = at.plusSeconds(random.nextInt(60, 3_600));
                    spec.renamed(owner, Vocabulary.word(random) + " " + Vocabulary.word(random)).at(at);
                }
            }
            int messages = random.nextInt(6, 15);
            for (int i = 0; i < messages; i++) {
                at = at.plusSeconds(random.nextInt(30, 172_800)).plusMillis(random.nextInt(1000));
                XUser sender = random.nextBoolean() ? owner : others.get(random.nextInt(others.size()));
                DmEventSpec message = spec.from(sender, Vocabulary.sentence(random, 1, 25)).at(at);
                if (random.nextInt(25) == 0) {
                    message.link("https://" + Vocabulary.word(random) + ".example/" + random.nextInt(1, 100_000));
                }
                if (random.nextInt(20) == 0) {
                    int photoBytes = random.nextInt(50_000, 300_001);
                    if (realisticMedia) {
                        message.photo(photoBytes);
                    } else {
                        message.photo();
                    }
                }
                if (current && random.nextInt(10) == 0) {
                    message.reaction(sender.equals(owner) ? others.get(0) : owner,
                            List.of("like", "agree", "funny", "emoji").get(random.nextInt(4)));
                }
            }
            return DmRows.resolve(spec, new Names(conversationSeed ^ 0x444DL), at);
        }

        /** A data type written in one go (small or empty). */
        private void small(String dataType, boolean hasMediaFolder, JsonNode... rows) {
            try (PartedFile file = new PartedFile(dataType, hasMediaFolder)) {
                for (JsonNode r : rows) {
                    file.write(r);
                }
            }
        }

        /**
         * One data type written row by row into {@code <type>.js}, {@code <type>-part1.js}, … (a new part once the
         * current one holds {@link #maxPartBytes}); recorded in the manifest when closed.
         */
        private final class PartedFile implements AutoCloseable {
            private final String dataType;
            private final boolean hasMediaFolder;
            private final List<Manifest.Part> parts = new ArrayList<>();
            private ArchiveJson.RowWriter writer;
            private CountingStream counting;
            private String path;
            private String globalName;

            PartedFile(String dataType, boolean hasMediaFolder) {
                this.dataType = dataType;
                this.hasMediaFolder = hasMediaFolder;
                openPart();
            }

            void write(JsonNode row) {
                if (writer == null) {
                    openPart();
                }
                writer.write(row);
                if (counting.count >= maxPartBytes) {
                    closePart();
                }
            }

            private void openPart() {
                int part = parts.size();
                path = dir + Generation.kebab(dataType) + (part == 0 ? "" : "-part" + part) + ".js";
                globalName = "YTD." + Generation.snake(dataType) + ".part" + part;
                counting = new CountingStream(zip.openData(path));
                writer = new ArchiveJson.RowWriter(counting, "window." + globalName + " = ", generation.style());
            }

            private void closePart() {
                long rows = writer.rows();
                writer.close();
                try {
                    counting.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                parts.add(new Manifest.Part(path, globalName, rows));
                writer = null;
            }

            @Override
            public void close() {
                if (writer != null) {
                    closePart();
                }
                if (generation.hasManifest()) {
                    String mediaDirectory = hasMediaFolder ? dir + Generation.snake(dataType) + "_media" : null;
                    manifest.dataType(dataType, parts, mediaDirectory);
                    if (hasMediaFolder) {
                        manifest.mediaOnly(dataType + "Media", mediaDirectory);
                    }
                }
            }
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
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


    /** {@code --posts N --seed S --out file.zip [--realistic-media] [--generation G3] [--max-part-mib 100]}. */
    public static void main(String[] args) {
        Integer posts = null;
        long seed = 1;
        Path out = null;
        boolean realistic = false;
        int mediaScale = 1;
        Generation generation = Generation.G3;
        long maxPartMib = 100;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--posts" -> posts = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--realistic-media" -> realistic = true;
                case "--media-scale" -> {
                    realistic = true;
                    mediaScale = Integer.parseInt(args[++i]);
                }
                case "--generation" -> generation = Generation.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--max-part-mib" -> maxPartMib = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (posts == null || out == null) {
            System.err.println("usage: SyntheticArchiveGenerator --posts N --seed S --out file.zip "
                    + "[--realistic-media] [--media-scale N] [--generation G3|G2|G1] [--max-part-mib 100]");
            System.exit(2);
        }
        SyntheticArchiveGenerator generator = new SyntheticArchiveGenerator(posts, seed).generation(generation)
                .maxPartBytes(maxPartMib * 1024 * 1024);
        if (realistic) {
            generator.realisticMedia(mediaScale);
        }
        long start = System.nanoTime();
        ArchiveFacts facts = generator.writeTo(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            System.out.printf(Locale.ROOT, "wrote %s: %,d bytes in %,d ms%n%s%n", out, Files.size(out), millis, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
