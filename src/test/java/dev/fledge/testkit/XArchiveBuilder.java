package dev.fledge.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.testkit.ArchiveFacts.BrokenFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static dev.fledge.testkit.ArchiveJson.object;
import static dev.fledge.testkit.ArchiveJson.row;

/**
 * Writes synthetic X archives (ZIP files) of every generation, with the real quirks, for tests. Describe the
 * contents in plain terms; the builder produces escaped texts, code-point indices, t.co links, snowflake ids that
 * agree with the dates, media entities and files, edit chains, note tweets, manifest counts and so on:
 *
 * <pre>{@code
 * XUser bob = XUser.of("2001", "bob", "Bob");
 * ArchiveFacts facts = XArchiveBuilder.g3()
 *         .account("1000", "alice", "Alice 🐦", Instant.parse("2015-03-14T09:26:53Z"))
 *         .post(p -> p.text("Hello ", mention(bob), " & bye ", hashtag("news")).at("2024-05-01T10:00:00Z").photo())
 *         .selfReply(p -> p.text("and more"))
 *         .reply(bob, "1790000000000000000", p -> p.text("you said <3"))
 *         .retweet(bob, p -> p.text("a very long original text …"))
 *         .like("1790000000000000001", "liked & kept")
 *         .follower("2001").following("2001")
 *         .dmConversation(bob, c -> { c.sent("hi"); c.received("hey").photo().reaction(c.owner(), "like"); })
 *         .writeTo(dir.resolve("archive.zip"));
 * }</pre>
 *
 * (with {@code import static dev.fledge.testkit.TextPart.*}). Everything is deterministic: the same calls give the
 * same bytes. The facts returned by {@link #facts()} and
 * {@link #writeTo} describe what was asked for (see {@link ArchiveFacts}); they never come from re-reading the
 * output. Call {@link #account} first: the posts use the account's id and handle when they are described.
 */
public final class XArchiveBuilder {
    private static final Instant DEFAULT_POST_START = Instant.parse("2024-03-01T08:00:00.412Z");
    private static final Duration POST_GAP = Duration.ofHours(1).plusMinutes(17).plusMillis(271);
    private static final Duration EDIT_GAP = Duration.ofMinutes(2).plusMillis(3_500);
    private static final Instant DEFAULT_DM_START = Instant.parse("2024-06-01T12:00:00.250Z");
    private static final Instant DEFAULT_GENERATION_DATE = Instant.parse("2024-11-16T11:33:22.222Z");
    private static final byte[] APPLE_DOUBLE = {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X',
            ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', 0, 0};

    private record Like(String tweetId, String fullText) {
    }

    private record ScreenNameChange(Instant at, String from, String to) {
    }

    private record ProtectedChange(Instant at, boolean protect) {
    }

    private record ExtraType(String dataType, List<JsonNode> rows) {
    }

    private record Breakage(String problem, String prefix, int line) {
    }

    /** The profile as written: URLs and media file names decided. */
    private record Profile(ProfileSpec spec, String avatarUrl, String avatarFile, String headerUrl, String headerFile) {
    }

    private final Generation generation;
    private final Names names = new Names(0x5EED_F1ED6EL);

    private XUser owner = XUser.of("1357924680", "fledgetest", "Fledge Test");
    private Instant accountCreatedAt = Instant.parse("2015-03-14T09:26:53.000Z");
    private Profile profile;
    /** Timeline posts, each as its versions (oldest first). */
    private final List<List<ResolvedPost>> timeline = new ArrayList<>();
    private final List<ResolvedPost> deletedPosts = new ArrayList<>();
    private final List<ResolvedPost> communityPosts = new ArrayList<>();
    private final List<Like> likes = new ArrayList<>();
    private final List<String> followers = new ArrayList<>();
    private final List<String> following = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private final List<String> mutes = new ArrayList<>();
    private final List<String> listsCreated = new ArrayList<>();
    private final List<String> listsMember = new ArrayList<>();
    private final List<String> listsSubscribed = new ArrayList<>();
    private final List<ScreenNameChange> screenNameChanges = new ArrayList<>();
    private final List<ProtectedChange> protectedHistory = new ArrayList<>();
    private final List<DmRows.Conversation> conversations = new ArrayList<>();
    private final List<DmRows.Conversation> groupConversations = new ArrayList<>();
    private final List<ExtraType> extraTypes = new ArrayList<>();

    private Instant lastPostTime;
    private Instant lastDmTime;
    private boolean contentAdded;

    private String wrapFolder = "";
    private boolean macJunk;
    private final Set<String> omittedFiles = new LinkedHashSet<>();
    private final Set<String> omittedFromManifest = new LinkedHashSet<>();
    private final Map<String, Breakage> breakages = new LinkedHashMap<>();
    private int maxRowsPerFile = Integer.MAX_VALUE;
    private Instant generatedAt;
    private boolean storedOnly;
    private boolean csvOnly;

    private XArchiveBuilder(Generation generation) {
        this.generation = generation;
    }

    /** A current archive (late 2022 on): {@code data/tweets.js}, {@code edit_info}, note tweets. */
    public static XArchiveBuilder g3() {
        return new XArchiveBuilder(Generation.G3);
    }

    /** A 2020–2022 archive: {@code data/tweet.js}, {@code tweet_media/}, old pretty style, no edit_info. */
    public static XArchiveBuilder g2() {
        return new XArchiveBuilder(Generation.G2);
    }

    /** A 2018–2020 archive: files at the ZIP root, no manifest, bare tweet rows. */
    public static XArchiveBuilder g1() {
        return new XArchiveBuilder(Generation.G1);
    }

    /** A classic Grailbird archive: monthly {@code data/js/tweets/YYYY_MM.js} and {@code tweets.csv}; tweets only. */
    public static XArchiveBuilder g0() {
        return new XArchiveBuilder(Generation.G0);
    }

    public static XArchiveBuilder of(Generation generation) {
        return new XArchiveBuilder(generation);
    }

    // ================================================================ account

    /** The archive owner. Must come before any content. */
    public XArchiveBuilder account(String accountId, String username, String displayName, Instant createdAt) {
        if (contentAdded) {
            throw new IllegalStateException("call account(...) before describing content");
        }
        Long.parseLong(accountId);
        this.owner = XUser.of(accountId, username, displayName);
        this.accountCreatedAt = createdAt;
        return this;
    }

    /** The archive owner, e.g. as sender or reaction author in DMs. */
    public XUser owner() {
        return owner;
    }

    /** profile.js, with optional avatar and header files in {@code profile_media/}. */
    public XArchiveBuilder profile(Consumer<ProfileSpec> description) {
        ProfileSpec spec = new ProfileSpec();
        description.accept(spec);
        contentAdded = true;
        String avatarUrl = null;
        String avatarFile = null;
        String headerUrl = null;
        String headerFile = null;
        if (spec.avatar) {
            String name = names.shortName() + ".jpg";
            avatarUrl = "https://pbs.twimg.com/profile_images/" + names.snowflake(accountCreatedAt.plus(Duration.ofDays(30)))
                    + "/" + name;
            avatarFile = owner.id() + "-" + name;
        }
        if (spec.header) {
            String stamp = Long.toString(accountCreatedAt.plus(Duration.ofDays(40)).getEpochSecond());
            headerUrl = "https://pbs.twimg.com/profile_banners/" + owner.id() + "/" + stamp;
            headerFile = owner.id() + "-" + stamp + ".jpg";
        }
        this.profile = new Profile(spec, avatarUrl, avatarFile, headerUrl, headerFile);
        return this;
    }

    /** screen-name-change.js: the owner's handle changed from {@code from} to {@code to}. */
    public XArchiveBuilder screenNameChange(Instant at, String from, String to) {
        screenNameChanges.add(new ScreenNameChange(at, from, to));
        return this;
    }

    /** protected-history.js: the account was protected ({@code true}) or unprotected at {@code at}. */
    public XArchiveBuilder protectedHistory(Instant at, boolean protect) {
        protectedHistory.add(new ProtectedChange(at, protect));
        return this;
    }

    // ================================================================ posts

    /** An ordinary post. */
    public XArchiveBuilder post(Consumer<PostSpec> description) {
        return addPost(new PostSpec(PostSpec.Kind.POST), description);
    }

    /** A reply to {@code to}'s post {@code toStatusId}; the text starts with {@code @to }. */
    public XArchiveBuilder reply(XUser to, String toStatusId, Consumer<PostSpec> description) {
        PostSpec spec = new PostSpec(PostSpec.Kind.REPLY);
        spec.target = to;
        spec.replyToStatusId = toStatusId;
        return addPost(spec, description);
    }

    /** A reply to the previous post of the timeline (a self-thread); no {@code @handle} in the text. */
    public XArchiveBuilder selfReply(Consumer<PostSpec> description) {
        if (timeline.isEmpty()) {
            throw new IllegalStateException("selfReply needs a previous post");
        }
        PostSpec spec = new PostSpec(PostSpec.Kind.SELF_REPLY);
        spec.replyToStatusId = lastPostId();
        return addPost(spec, description);
    }

    /**
     * A post that starts with {@code @to } and carries {@code in_reply_to_user_id} but no status id (old
     * "mention-first" posts): not a reply.
     */
    public XArchiveBuilder mentionFirst(XUser to, Consumer<PostSpec> description) {
        PostSpec spec = new PostSpec(PostSpec.Kind.MENTION_FIRST);
        spec.target = to;
        return addPost(spec, description);
    }

    /**
     * A retweet of {@code author}'s post, whose text (and media) the lambda describes. Written as
     * {@code RT @author: text}, cut to X's legacy 140 characters with {@code …} when longer.
     */
    public XArchiveBuilder retweet(XUser author, Consumer<PostSpec> description) {
        PostSpec spec = new PostSpec(PostSpec.Kind.RETWEET);
        spec.target = author;
        return addPost(spec, description);
    }

    /** A post quoting {@code statusUrl} (a twitter.com or x.com status URL). */
    public XArchiveBuilder quote(String statusUrl, Consumer<PostSpec> description) {
        return post(description.andThen(p -> p.quoting(statusUrl)));
    }

    /**
     * A long post: a note-tweet.js row with the whole text (G3) and a tweets row with the first 275 characters
     * and {@code …} when the text is longer than 280.
     */
    public XArchiveBuilder longPost(Consumer<PostSpec> description) {
        PostSpec spec = new PostSpec(PostSpec.Kind.POST);
        spec.longPost = true;
        return addPost(spec, description);
    }

    /**
     * An edited post (G3 only): one row per version, linked by {@code edit_info}. Versions without a time come
     * two minutes after the previous one. Counts as one post.
     */
    @SafeVarargs
    public final XArchiveBuilder editedPost(Consumer<PostSpec> original, Consumer<PostSpec>... edits) {
        if (edits.length == 0 || edits.length > 5) {
            throw new IllegalArgumentException("an edited post has 1 to 5 edits");
        }
        List<ResolvedPost> versions = new ArrayList<>();
        versions.add(resolve(new PostSpec(PostSpec.Kind.POST), original, nextPostTime()));
        for (Consumer<PostSpec> edit : edits) {
            Instant previous = versions.get(versions.size() - 1).createdAt;
            versions.add(resolve(new PostSpec(PostSpec.Kind.POST), edit, previous.plus(EDIT_GAP)));
        }
        ResolvedPost.linkEdits(versions);
        timeline.add(List.copyOf(versions));
        lastPostTime = versions.get(versions.size() - 1).createdAt;
        return this;
    }

    /** A post in deleted-tweets.js (+ deleted-tweet-headers.js), deleted at {@code deletedAt} (G3 only). */
    public XArchiveBuilder deletedPost(Instant deletedAt, Consumer<PostSpec> description) {
        ResolvedPost post = resolve(new PostSpec(PostSpec.Kind.POST), description, nextPostTime());
        post.deletedAt = deletedAt;
        deletedPosts.add(post);
        lastPostTime = post.createdAt;
        return this;
    }

    /** A post made in an X Community: community-tweet.js (G3 only). */
    public XArchiveBuilder communityPost(String communityId, Consumer<PostSpec> description) {
        ResolvedPost post = resolve(new PostSpec(PostSpec.Kind.POST), description, nextPostTime());
        post.communityId = communityId;
        communityPosts.add(post);
        lastPostTime = post.createdAt;
        return this;
    }

    /** The id of the last timeline post described (its newest version), e.g. to reply to it later. */
    public String lastPostId() {
        if (timeline.isEmpty()) {
            throw new IllegalStateException("no post yet");
        }
        List<ResolvedPost> versions = timeline.get(timeline.size() - 1);
        return versions.get(versions.size() - 1).id;
    }

    private XArchiveBuilder addPost(PostSpec spec, Consumer<PostSpec> description) {
        ResolvedPost post = resolve(spec, description, nextPostTime());
        timeline.add(List.of(post));
        lastPostTime = post.createdAt;
        return this;
    }

    private ResolvedPost resolve(PostSpec spec, Consumer<PostSpec> description, Instant defaultTime) {
        description.accept(spec);
        contentAdded = true;
        return new ResolvedPost(spec, names, owner, defaultTime);
    }

    private Instant nextPostTime() {
        return lastPostTime == null ? DEFAULT_POST_START : lastPostTime.plus(POST_GAP);
    }

    // ================================================================ likes, people, lists

    /** A liked post with its text (plain; written HTML-escaped). */
    public XArchiveBuilder like(String tweetId, String fullText) {
        likes.add(new Like(tweetId, fullText));
        return this;
    }

    /** A liked post that is no longer visible: no {@code fullText}. */
    public XArchiveBuilder like(String tweetId) {
        return like(tweetId, null);
    }

    public XArchiveBuilder follower(String... accountIds) {
        followers.addAll(List.of(accountIds));
        return this;
    }

    public XArchiveBuilder following(String... accountIds) {
        following.addAll(List.of(accountIds));
        return this;
    }

    /** block.js (row key {@code blocking}). */
    public XArchiveBuilder block(String... accountIds) {
        blocks.addAll(List.of(accountIds));
        return this;
    }

    /** mute.js (row key {@code muting}). */
    public XArchiveBuilder mute(String... accountIds) {
        mutes.addAll(List.of(accountIds));
        return this;
    }

    /** lists-created.js, e.g. {@code https://twitter.com/alice/lists/1846969235551277401}. */
    public XArchiveBuilder listCreated(String url) {
        listsCreated.add(url);
        return this;
    }

    public XArchiveBuilder listMember(String url) {
        listsMember.add(url);
        return this;
    }

    public XArchiveBuilder listSubscribed(String url) {
        listsSubscribed.add(url);
        return this;
    }

    // ================================================================ direct messages

    /** A 1:1 conversation with {@code other}; describe its events oldest first. */
    public XArchiveBuilder dmConversation(XUser other, Consumer<DmConversationSpec> description) {
        DmConversationSpec spec = new DmConversationSpec(owner, List.of(other), false);
        description.accept(spec);
        conversations.add(resolveConversation(spec));
        return this;
    }

    /** A group conversation of the owner with {@code others}; describe its events oldest first. */
    public XArchiveBuilder groupDm(List<XUser> others, Consumer<DmConversationSpec> description) {
        DmConversationSpec spec = new DmConversationSpec(owner, others, true);
        description.accept(spec);
        groupConversations.add(resolveConversation(spec));
        return this;
    }

    private DmRows.Conversation resolveConversation(DmConversationSpec spec) {
        contentAdded = true;
        Instant start = lastDmTime == null ? DEFAULT_DM_START : lastDmTime.plus(Duration.ofDays(1));
        DmRows.Conversation conversation = DmRows.resolve(spec, names, start);
        if (conversation.lastEventTime() != null) {
            lastDmTime = conversation.lastEventTime();
        }
        return conversation;
    }

    // ================================================================ unknown types, layout quirks

    /**
     * A data type the reader does not know, e.g. {@code extraDataType("messageEvent")} (an empty
     * {@code data/message-event.js}, {@code window.YTD.message_event.part0 = [ ]}) or
     * {@code extraDataType("grokChatItem", "{\"grokChatItem\":{\"chatId\":\"1\"}}")}. Rows are JSON texts.
     */
    public XArchiveBuilder extraDataType(String dataType, String... rowsJson) {
        List<JsonNode> rows = new ArrayList<>();
        for (String json : rowsJson) {
            try {
                rows.add(ArchiveJson.MAPPER.readTree(json));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("row is not JSON: " + json, e);
            }
        }
        extraTypes.add(new ExtraType(dataType, rows));
        return this;
    }

    /** Puts every entry inside a folder, as re-zipped archives have it, e.g. {@code twitter-2024-11-16-abc}. */
    public XArchiveBuilder wrapInFolder(String folder) {
        this.wrapFolder = folder.endsWith("/") ? folder : folder + "/";
        return this;
    }

    /** Adds {@code __MACOSX/…/._name} AppleDouble entries, as the macOS Finder does when zipping. */
    public XArchiveBuilder withMacJunk() {
        this.macJunk = true;
        return this;
    }

    /** Leaves {@code path} (e.g. {@code data/direct-messages.js}) out of the ZIP; the manifest still lists it. */
    public XArchiveBuilder omitFile(String path) {
        omittedFiles.add(path);
        return this;
    }

    /** Leaves data type {@code dataType} (e.g. {@code follower}) out of the manifest; its file is still written. */
    public XArchiveBuilder omitFromManifest(String dataType) {
        omittedFromManifest.add(dataType);
        return this;
    }

    /** Adds a comma after the last row of {@code path}, as owners editing their archive did. */
    public XArchiveBuilder withTrailingComma(String path) {
        breakages.put(path, new Breakage("trailing comma", null, 0));
        return this;
    }

    /** Replaces the {@code window.YTD.<t>.partN} prefix of {@code path} with {@code prefix}. */
    public XArchiveBuilder withWrongPrefix(String path, String prefix) {
        breakages.put(path, new Breakage("wrong prefix", prefix, 0));
        return this;
    }

    /**
     * Makes {@code path} invalid JSON at a known place: a stray {@code @} at column 1 of {@code line} (1-based,
     * at least 2 so the prefix line stays intact). Reported in {@link ArchiveFacts#brokenFiles()}.
     */
    public XArchiveBuilder withInvalidJsonAtLine(String path, int line) {
        if (line < 2) {
            throw new IllegalArgumentException("line must be 2 or more");
        }
        breakages.put(path, new Breakage("invalid JSON", null, line));
        return this;
    }

    /** Splits every data type into parts of at most {@code rows} rows: tweets.js, tweets-part1.js, … */
    public XArchiveBuilder maxRowsPerFile(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive");
        }
        this.maxRowsPerFile = rows;
        return this;
    }

    /** The manifest's generationDate and every entry's time (default: 3 days after the newest content). */
    public XArchiveBuilder generatedAt(Instant instant) {
        this.generatedAt = instant;
        return this;
    }

    /** Stores data files uncompressed too, so the ZIP is byte-for-byte the same whatever zlib the JVM uses. */
    public XArchiveBuilder storedOnly() {
        this.storedOnly = true;
        return this;
    }

    /** G0 only: the archive holds nothing but {@code tweets.csv}. */
    public XArchiveBuilder csvOnly() {
        if (generation != Generation.G0) {
            throw new IllegalStateException("csvOnly is for Grailbird (G0) archives");
        }
        this.csvOnly = true;
        return this;
    }

    // ================================================================ output

    /** What the archive holds, from this description. */
    public ArchiveFacts facts() {
        ArchiveFacts.Counter counter = new ArchiveFacts.Counter();
        timeline.forEach(versions -> counter.post(versions, generation.isCurrent()));
        counter.deletedPosts = deletedPosts.size();
        counter.communityPosts = communityPosts.size();
        counter.likes = likes.size();
        counter.followers = followers.size();
        counter.following = following.size();
        counter.blocks = blocks.size();
        counter.mutes = mutes.size();
        counter.lists = listsCreated.size() + listsMember.size() + listsSubscribed.size();
        conversations.forEach(counter::conversation);
        groupConversations.forEach(counter::conversation);
        counter.mediaFiles = mediaFiles().keySet().stream().filter(path -> !omittedFiles.contains(path)).count();
        List<BrokenFile> broken = new ArrayList<>();
        breakages.forEach((path, b) -> broken.add(new BrokenFile(path, b.problem(),
                b.line() > 0 ? b.line() : null, b.line() > 0 ? 1 : null)));
        return counter.build(generation, owner, broken);
    }

    /** Writes the ZIP to {@code zip} (replacing it) and returns the facts. */
    public ArchiveFacts writeTo(Path zip) {
        try (OutputStream out = Files.newOutputStream(zip)) {
            return writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ZIP as bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** Writes the ZIP to {@code out} (left open) and returns the facts. */
    public ArchiveFacts writeTo(OutputStream out) {
        checkGeneration();
        Instant generated = generationDate();
        LocalDateTime entryTime = LocalDateTime.ofInstant(generated.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        ArchiveZip zip = new ArchiveZip(out, wrapFolder, entryTime, storedOnly);
        Map<String, byte[]> dataFiles = new TreeMap<>();
        Manifest manifest = new Manifest();
        if (generation == Generation.G0) {
            grailbirdFiles(dataFiles, generated);
        } else {
            ytdFiles(dataFiles, manifest);
        }
        Set<String> written = new LinkedHashSet<>();
        dataFiles.forEach((path, bytes) -> {
            Breakage breakage = breakages.get(path);
            byte[] content = breakage == null ? bytes : breakage(bytes, breakage, path);
            if (!omittedFiles.contains(path)) {
                zip.data(path, content);
            }
            written.add(path);
        });
        mediaFiles().forEach((path, bytes) -> {
            if (!omittedFiles.contains(path)) {
                zip.stored(path, bytes);
            }
            written.add(path);
        });
        if (generation.hasManifest()) {
            // written last: its sizeBytes is the size of everything before it
            String path = "data/manifest.js";
            byte[] bytes = manifest.render(owner, generated, zip.bytesWritten());
            Breakage breakage = breakages.get(path);
            if (!omittedFiles.contains(path)) {
                zip.data(path, breakage == null ? bytes : breakage(bytes, breakage, path));
            }
            written.add(path);
            dataFiles.put(path, bytes);
        }
        if (macJunk) {
            dataFiles.keySet().stream().filter(p -> !omittedFiles.contains(p)).forEach(path -> {
                int slash = path.lastIndexOf('/');
                zip.storedAt("__MACOSX/" + wrapFolder + path.substring(0, slash + 1) + "._" + path.substring(slash + 1),
                        APPLE_DOUBLE);
            });
        }
        zip.close();
        for (String path : omittedFiles) {
            requireWritten(written, path);
        }
        for (String path : breakages.keySet()) {
            requireWritten(written, path);
        }
        return facts();
    }

    private static void requireWritten(Set<String> written, String path) {
        if (!written.contains(path)) {
            throw new IllegalArgumentException("this archive has no file " + path + "; it has " + written);
        }
    }

    private void checkGeneration() {
        List<String> unsupported = new ArrayList<>();
        if (!generation.isCurrent()) {
            if (timeline.stream().anyMatch(v -> v.size() > 1)) {
                unsupported.add("edited posts");
            }
            if (!deletedPosts.isEmpty()) {
                unsupported.add("deleted posts");
            }
            if (!communityPosts.isEmpty()) {
                unsupported.add("community posts");
            }
        }
        if (generation == Generation.G0 && (!likes.isEmpty() || !followers.isEmpty() || !following.isEmpty()
                || !blocks.isEmpty() || !mutes.isEmpty() || !conversations.isEmpty() || !groupConversations.isEmpty()
                || listsCount() > 0 || profile != null || !extraTypes.isEmpty() || !screenNameChanges.isEmpty()
                || !protectedHistory.isEmpty() || !omittedFromManifest.isEmpty())) {
            unsupported.add("anything but posts (Grailbird archives hold tweets only)");
        }
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException(generation + " archives cannot hold " + String.join(", ", unsupported));
        }
    }

    private int listsCount() {
        return listsCreated.size() + listsMember.size() + listsSubscribed.size();
    }

    private Instant generationDate() {
        if (generatedAt != null) {
            return generatedAt;
        }
        Instant latest = null;
        List<Instant> times = new ArrayList<>();
        timeline.forEach(v -> times.add(v.get(v.size() - 1).createdAt));
        deletedPosts.forEach(p -> times.add(p.deletedAt));
        communityPosts.forEach(p -> times.add(p.createdAt));
        conversations.forEach(c -> times.add(c.lastEventTime()));
        groupConversations.forEach(c -> times.add(c.lastEventTime()));
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest == null ? DEFAULT_GENERATION_DATE : latest.plus(Duration.ofDays(3));
    }

    // ---------------------------------------------------------------- G1, G2, G3

    private void ytdFiles(Map<String, byte[]> files, Manifest manifest) {
        String dir = generation.dataDir();
        boolean current = generation.isCurrent();
        if (generation == Generation.G1) {
            files.put("README.txt", StaticFiles.readme());
        } else {
            files.put("Your archive.html", StaticFiles.viewerPage());
            files.put("data/README.txt", StaticFiles.readme());
        }
        DataTypeWriter out = new DataTypeWriter(files, manifest, dir);

        out.write("account", List.of(AccountRows.account(owner, accountCreatedAt)), false);
        out.write("accountTimezone", List.of(AccountRows.accountTimezone(owner)), false);
        out.write("ageinfo", List.of(AccountRows.ageinfo()), false);
        out.write("verified", List.of(AccountRows.verified(owner)), false);
        for (String empty : generation.emptyDataTypes()) {
            out.write(empty, List.of(), false);
        }
        ProfileSpec spec = profile == null ? new ProfileSpec() : profile.spec();
        out.write("profile", List.of(AccountRows.profile(spec.bio, spec.website, spec.location,
                profile == null ? null : profile.avatarUrl(), profile == null ? null : profile.headerUrl())), true);

        List<JsonNode> tweets = new ArrayList<>();
        List<JsonNode> headers = new ArrayList<>();
        List<JsonNode> notes = new ArrayList<>();
        for (List<ResolvedPost> versions : timeline) {
            for (ResolvedPost post : versions) {
                ObjectNode tweet = TweetRows.tweet(post, generation);
                tweets.add(generation.wrapsTweetRows() ? row("tweet", tweet) : tweet);
                headers.add(row("tweet", TweetRows.header(post)));
                if (post.isNoteTweet()) {
                    notes.add(row("noteTweet", TweetRows.note(post)));
                }
            }
        }
        out.write(generation.tweetsType(), tweets, true);
        if (current) {
            out.write("tweetHeaders", headers, false);
            out.write("noteTweet", notes, false);
            out.write("deletedTweets", deletedPosts.stream()
                    .map(p -> (JsonNode) row("tweet", TweetRows.tweet(p, generation))).toList(), true);
            out.write("deletedTweetHeaders", deletedPosts.stream()
                    .map(p -> (JsonNode) row("tweet", TweetRows.header(p))).toList(), false);
            out.write("communityTweet", communityPosts.stream()
                    .map(p -> (JsonNode) row("tweet", TweetRows.tweet(p, generation))).toList(), true);
        }

        out.write("like", likes.stream().map(l -> (JsonNode) AccountRows.like(l.tweetId(), l.fullText())).toList(), false);
        out.write("follower", people("follower", followers), false);
        out.write("following", people("following", following), false);
        out.write("block", people("blocking", blocks), false);
        out.write("mute", people("muting", mutes), false);
        out.write("listsCreated", lists(listsCreated), false);
        out.write("listsMember", lists(listsMember), false);
        out.write("listsSubscribed", lists(listsSubscribed), false);

        out.write(generation.directMessagesType(), dms(conversations, false), true);
        out.write("directMessageHeaders", dms(conversations, true), false);
        out.write(generation.groupMessagesType(), dms(groupConversations, false), true);
        out.write("directMessageGroupHeaders", dms(groupConversations, true), false);

        out.write("screenNameChange", screenNameChanges.stream()
                .map(c -> (JsonNode) AccountRows.screenNameChange(owner, c.at(), c.from(), c.to())).toList(), false);
        out.write("protectedHistory", protectedHistory.stream()
                .map(c -> (JsonNode) AccountRows.protectedHistory(c.at(), c.protect())).toList(), false);
        for (ExtraType extra : extraTypes) {
            out.write(extra.dataType(), extra.rows(), false);
        }
    }

    private static List<JsonNode> people(String rowKey, List<String> ids) {
        return ids.stream().map(id -> (JsonNode) AccountRows.person(rowKey, id)).toList();
    }

    private static List<JsonNode> lists(List<String> urls) {
        return urls.stream().map(url -> (JsonNode) AccountRows.list(url)).toList();
    }

    private List<JsonNode> dms(List<DmRows.Conversation> list, boolean headersOnly) {
        return list.stream().map(c -> (JsonNode) row("dmConversation", DmRows.conversation(c, generation, headersOnly)))
                .toList();
    }

    /** Every media file of the archive: path → bytes, in writing order. */
    private Map<String, byte[]> mediaFiles() {
        Map<String, byte[]> media = new LinkedHashMap<>();
        if (generation == Generation.G0) {
            return media;
        }
        String dir = generation.dataDir();
        for (List<ResolvedPost> versions : timeline) {
            for (ResolvedPost post : versions) {
                postMedia(media, dir + Generation.snake(generation.tweetsType()) + "_media/", post);
            }
        }
        deletedPosts.forEach(p -> postMedia(media, dir + "deleted_tweets_media/", p));
        communityPosts.forEach(p -> postMedia(media, dir + "community_tweet_media/", p));
        dmMedia(media, dir + Generation.snake(generation.directMessagesType()) + "_media/", conversations);
        dmMedia(media, dir + Generation.snake(generation.groupMessagesType()) + "_media/", groupConversations);
        if (profile != null && profile.avatarFile() != null) {
            media.put(dir + "profile_media/" + profile.avatarFile(), StandInMedia.bytes(profile.avatarFile(), -1, 0));
        }
        if (profile != null && profile.headerFile() != null) {
            media.put(dir + "profile_media/" + profile.headerFile(), StandInMedia.bytes(profile.headerFile(), -1, 0));
        }
        return media;
    }

    private static void postMedia(Map<String, byte[]> media, String folder, ResolvedPost post) {
        if (post.mediaFilesMissing) {
            return;
        }
        for (PostMedia m : post.media) {
            String name = post.id + "-" + m.fileBase();
            media.put(folder + name, StandInMedia.bytes(name, m.sizeBytes(), Long.parseLong(m.id())));
        }
    }

    private static void dmMedia(Map<String, byte[]> media, String folder, List<DmRows.Conversation> list) {
        for (DmRows.Conversation c : list) {
            for (DmRows.Event e : c.events()) {
                if (e.mediaFileName() != null) {
                    media.put(folder + e.mediaFileName(),
                            StandInMedia.bytes(e.mediaFileName(), e.mediaSizeBytes(), Long.parseLong(e.id())));
                }
            }
        }
    }

    /** Writes data types as files (split in parts) and records them in the manifest. */
    private final class DataTypeWriter {
        private final Map<String, byte[]> files;
        private final Manifest manifest;
        private final String dir;

        DataTypeWriter(Map<String, byte[]> files, Manifest manifest, String dir) {
            this.files = files;
            this.manifest = manifest;
            this.dir = dir;
        }

        void write(String dataType, List<? extends JsonNode> rows, boolean hasMediaFolder) {
            String base = Generation.kebab(dataType);
            String global = Generation.snake(dataType);
            List<Manifest.Part> parts = new ArrayList<>();
            int partCount = Math.max(1, (rows.size() + maxRowsPerFile - 1) / maxRowsPerFile);
            for (int part = 0; part < partCount; part++) {
                List<? extends JsonNode> slice = rows.subList(Math.min(rows.size(), part * maxRowsPerFile),
                        (int) Math.min(rows.size(), (long) (part + 1) * maxRowsPerFile));
                String path = dir + base + (part == 0 ? "" : "-part" + part) + ".js";
                String globalName = "YTD." + global + ".part" + part;
                files.put(path, ArchiveJson.ytdFile("window." + globalName, slice, generation.style()));
                parts.add(new Manifest.Part(path, globalName, slice.size()));
            }
            if (omittedFromManifest.contains(dataType) || !generation.hasManifest()) {
                return;
            }
            String mediaDirectory = hasMediaFolder ? dir + global + "_media" : null;
            manifest.dataType(dataType, parts, mediaDirectory);
            if (hasMediaFolder) {
                manifest.mediaOnly(dataType + "Media", mediaDirectory);
            }
        }
    }

    private byte[] breakage(byte[] bytes, Breakage breakage, String path) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String broken;
        switch (breakage.problem()) {
            case "trailing comma" -> {
                int end = text.lastIndexOf(']');
                int last = end - 1;
                while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
                    last--;
                }
                broken = text.substring(0, last + 1) + "," + text.substring(last + 1);
            }
            case "wrong prefix" -> broken = breakage.prefix() + text.substring(text.indexOf(" = "));
            default -> {
                int offset = 0;
                for (int line = 1; line < breakage.line(); line++) {
                    offset = text.indexOf('\n', offset) + 1;
                    if (offset == 0) {
                        throw new IllegalArgumentException(path + " has fewer than " + breakage.line() + " lines");
                    }
                }
                broken = text.substring(0, offset) + "@" + text.substring(offset);
            }
        }
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- G0 (Grailbird)

    private void grailbirdFiles(Map<String, byte[]> files, Instant generated) {
        List<ResolvedPost> newestFirst = timeline.stream().map(v -> v.get(v.size() - 1))
                .sorted(Comparator.comparing((ResolvedPost p) -> p.createdAt).reversed()).toList();
        StringBuilder csv = new StringBuilder(TweetRows.CSV_HEADER).append('\n');
        newestFirst.forEach(p -> csv.append(TweetRows.csvRow(p)).append('\n'));
        files.put("tweets.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        if (csvOnly) {
            return;
        }
        files.put("index.html", StaticFiles.viewerPage());
        files.put("README.txt", StaticFiles.readme());
        Map<YearMonth, List<ResolvedPost>> months = new TreeMap<>(Comparator.reverseOrder());
        for (ResolvedPost post : newestFirst) {
            months.computeIfAbsent(YearMonth.from(post.createdAt.atZone(ZoneOffset.UTC)), m -> new ArrayList<>()).add(post);
        }
        var index = ArchiveJson.array();
        months.forEach((month, posts) -> {
            String var = String.format("tweets_%04d_%02d", month.getYear(), month.getMonthValue());
            String path = String.format("data/js/tweets/%04d_%02d.js", month.getYear(), month.getMonthValue());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ArchiveJson.RowWriter writer = new ArchiveJson.RowWriter(bytes, "Grailbird.data." + var + " = \n",
                    ArchiveJson.Style.GRAILBIRD)) {
                posts.forEach(p -> writer.write(TweetRows.grailbird(p)));
            }
            files.put(path, bytes.toByteArray());
            index.add(object().put("file_name", path).put("year", month.getYear()).put("var_name", var)
                    .put("tweet_count", posts.size()).put("month", month.getMonthValue()));
        });
        files.put("data/js/tweet_index.js", ArchiveJson.assignment("var tweet_index =  ", index, ArchiveJson.Style.GRAILBIRD));
        ObjectNode user = object().put("screen_name", owner.screenName()).put("full_name", owner.name())
                .put("bio", "").put("id", owner.id()).put("created_at", ArchiveJson.grailbirdDate(accountCreatedAt));
        files.put("data/js/user_details.js", ArchiveJson.assignment("var user_details =  ", user, ArchiveJson.Style.GRAILBIRD));
        ObjectNode payload = object().put("tweets", newestFirst.size()).put("created_at", ArchiveJson.grailbirdDate(generated))
                .put("lang", "en");
        files.put("data/js/payload_details.js", ArchiveJson.assignment("var payload_details =  ", payload,
                ArchiveJson.Style.GRAILBIRD));
    }
}
