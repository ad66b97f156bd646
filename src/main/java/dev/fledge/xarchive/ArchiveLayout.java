package dev.fledge.xarchive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.model.Generation;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are in an opened archive: its {@link Generation}, the data files of every data type the reader reads
 * (all parts, in part order), the media folders with their file counts, the classic (G0) files, and the data types
 * that are skipped. Built by {@link #detect} from the manifest when there is one (FORMAT.md §4) and from the file
 * names (FORMAT.md §1-§3), so that a manifest that lies does not lose data: listed files that are missing give a
 * warning, present files that are not listed are still read.
 *
 * <p>Detection reads the entry list once (no file is opened except the manifest); it keeps only the names of data
 * files and a sorted {@code long[]} of the message ids of DM media files.
 */
public final class ArchiveLayout {

    /** Most parts read per data type (real archives have a handful). */
    static final int MAX_PARTS = 10_000;
    /** Most skipped data type names listed. */
    static final int MAX_SKIPPED_NAMES = 1_000;

    private static final Pattern DATA_FILE = Pattern.compile("([A-Za-z0-9_.\\-]+?)(?:-part([0-9]{1,9}))?\\.js");
    private static final Instant G3_SINCE = Instant.parse("2022-11-01T00:00:00Z");

    /** The folders of one kind of media. */
    enum MediaRole {
        POSTS(List.of("tweets", "tweetsMedia", "tweet", "tweetMedia", "deletedTweets", "deletedTweetsMedia",
                "deletedTweet", "communityTweet", "communityTweetMedia"),
                List.of("tweets_media", "tweet_media", "deleted_tweets_media", "community_tweet_media")),
        DIRECT_MESSAGES(List.of("directMessages", "directMessagesMedia", "directMessage", "directMessageMedia"),
                List.of("direct_messages_media", "direct_message_media")),
        DIRECT_MESSAGES_GROUP(List.of("directMessagesGroup", "directMessagesGroupMedia", "directMessageGroup",
                "directMessageGroupMedia"),
                List.of("direct_messages_group_media", "direct_message_group_media")),
        PROFILE(List.of("profile", "profileMedia"), List.of("profile_media"));

        final List<String> manifestKeys;
        final List<String> folderNames;

        MediaRole(List<String> manifestKeys, List<String> folderNames) {
            this.manifestKeys = manifestKeys;
            this.folderNames = folderNames;
        }
    }

    private final Generation generation;
    private final Manifest manifest;
    private final String manifestPath;
    private final Map<DataKind, List<String>> files;
    private final Map<String, Long> mediaFolders;
    private final Map<MediaRole, List<String>> roleFolders;
    private final long[] dmMediaIds;
    private final List<String> grailbirdMonthFiles;
    private final String tweetsCsv;
    private final String userDetails;
    private final String payloadDetails;
    private final List<String> skippedDataTypes;

    private ArchiveLayout(Builder b) {
        this.generation = b.generation;
        this.manifest = b.manifest;
        this.manifestPath = b.manifestPath;
        this.files = b.files;
        this.mediaFolders = Collections.unmodifiableMap(b.mediaCounts);
        this.roleFolders = b.roleFolders;
        this.dmMediaIds = b.dmIds;
        this.grailbirdMonthFiles = List.copyOf(b.months);
        this.tweetsCsv = b.tweetsCsv;
        this.userDetails = b.userDetails;
        this.payloadDetails = b.payloadDetails;
        this.skippedDataTypes = List.copyOf(b.skipped);
    }

    public Generation generation() {
        return generation;
    }

    /** Data types present in the archive that this reader does not read, sorted. */
    public List<String> skippedDataTypes() {
        return skippedDataTypes;
    }

    /** Every media folder found (ending in {@code /}) with its number of files, in the order first met. */
    public Map<String, Long> mediaFolders() {
        return mediaFolders;
    }

    /** Files in all media folders. */
    public long mediaFileCount() {
        long total = 0;
        for (long n : mediaFolders.values()) {
            total += n;
        }
        return total;
    }

    /** The manifest, or null (G0, G1, or an unreadable manifest). */
    Manifest manifest() {
        return manifest;
    }

    /** The manifest's path, or null when there is none. */
    public String manifestPath() {
        return manifestPath;
    }

    /** The files of a data type the reader reads (all parts, part 0 first); empty when absent. */
    List<String> files(DataKind kind) {
        return files.getOrDefault(kind, List.of());
    }

    /** The existing media folders of a role, manifest folders first. */
    List<String> mediaFolders(MediaRole role) {
        return roleFolders.getOrDefault(role, List.of());
    }

    /** Whether a DM media folder holds a file whose name starts with {@code <messageId>-}. */
    boolean hasDirectMessageMedia(String messageId) {
        long id = Ids.toLong(messageId);
        return id >= 0 && Arrays.binarySearch(dmMediaIds, id) >= 0;
    }

    /** G0 month files ({@code data/js/tweets/YYYY_MM.js}), sorted by name. */
    List<String> grailbirdMonthFiles() {
        return grailbirdMonthFiles;
    }

    /** G0 {@code tweets.csv}, or null. */
    String tweetsCsv() {
        return tweetsCsv;
    }

    /** G0 {@code data/js/user_details.js}, or null. */
    String userDetails() {
        return userDetails;
    }

    /** G0 {@code data/js/payload_details.js}, or null. */
    String payloadDetails() {
        return payloadDetails;
    }

    /** Whether any file with posts (tweets, note tweets, deleted, community, Grailbird, CSV) exists. */
    boolean hasPostFiles() {
        return !files(DataKind.TWEETS).isEmpty() || !files(DataKind.NOTE_TWEETS).isEmpty()
                || !files(DataKind.DELETED_TWEETS).isEmpty() || !files(DataKind.COMMUNITY_TWEETS).isEmpty()
                || !grailbirdMonthFiles.isEmpty() || tweetsCsv != null;
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Detects the layout of {@code content}.
     *
     * @throws FledgeException NOT_AN_X_ARCHIVE when nothing marks an X archive; INVALID_DATA_FILE in strict mode for
     *                         a broken manifest or a listed file that is missing
     */
    public static ArchiveLayout detect(ArchiveContent content, DataFileReader reader, Warnings warnings) {
        Builder b = new Builder();
        if (content.entry("data/manifest.js").isPresent()) {
            b.manifestPath = "data/manifest.js";
            b.manifestDir = "data/";
        } else if (content.entry("manifest.js").isPresent()) {
            b.manifestPath = "manifest.js";
            b.manifestDir = "";
        }
        if (b.manifestPath != null) {
            ObjectNode root = reader.readObject(b.manifestPath, DataFileReader.Wrapper.MANIFEST, warnings);
            if (root != null) {
                b.manifest = Manifest.of(root);
            }
        }
        b.prepareManifestFolders();
        content.forEachEntry("", entry -> b.visit(entry.path()));
        b.decideGeneration();
        b.collectFiles(content, warnings);
        b.collectMediaRoles();
        return new ArchiveLayout(b);
    }

    /** Mutable state of {@link #detect}. */
    private static final class Builder {
        Generation generation;
        Manifest manifest;
        String manifestPath;
        String manifestDir;

        /** Media folders named by the manifest, resolved, each ending in '/', with their roles. */
        final Map<String, Set<MediaRole>> manifestFolders = new LinkedHashMap<>();
        final Map<String, Long> mediaCounts = new LinkedHashMap<>();
        final Map<MediaRole, List<String>> roleFolders = new EnumMap<>(MediaRole.class);
        long[] dmIds = new long[64];
        int dmIdCount;

        /** dir ("" or "data/") → kind → files found by name. */
        final Map<String, Map<DataKind, List<String>>> found = new LinkedHashMap<>();
        /** dir → base names of other .js files. */
        final Map<String, Set<String>> unknown = new LinkedHashMap<>();
        final Map<String, Set<String>> unknownPaths = new LinkedHashMap<>();
        final Set<DataKind> overflow = new HashSet<>();
        boolean unknownOverflow;

        final List<String> months = new ArrayList<>();
        boolean monthsOverflow;
        boolean tweetIndex;
        String tweetsCsv;
        String userDetails;
        String payloadDetails;

        final Map<DataKind, List<String>> files = new EnumMap<>(DataKind.class);
        final TreeSet<String> skipped = new TreeSet<>();

        Builder() {
            for (String dir : List.of("", "data/")) {
                found.put(dir, new EnumMap<>(DataKind.class));
                unknown.put(dir, new TreeSet<>());
                unknownPaths.put(dir, new HashSet<>());
            }
        }

        String resolve(String manifestFileName) {
            String p = manifestFileName.strip().replace('\\', '/');
            while (p.startsWith("./") || p.startsWith("/")) {
                p = p.substring(p.charAt(0) == '.' ? 2 : 1);
            }
            if ("".equals(manifestDir) && p.startsWith("data/")) {
                p = p.substring("data/".length());
            }
            return p;
        }

        void prepareManifestFolders() {
            if (manifest == null) {
                return;
            }
            for (Manifest.DataType type : manifest.dataTypes().values()) {
                if (type.mediaDirectory() == null) {
                    continue;
                }
                String folder = resolve(type.mediaDirectory());
                if (folder.isEmpty()) {
                    continue;
                }
                if (!folder.endsWith("/")) {
                    folder += "/";
                }
                Set<MediaRole> roles = manifestFolders.computeIfAbsent(folder, f -> new HashSet<>());
                for (MediaRole role : MediaRole.values()) {
                    if (role.manifestKeys.contains(type.key())) {
                        roles.add(role);
                    }
                }
            }
        }

        void visit(String path) {
            String folder = mediaFolderOf(path);
            if (folder != null) {
                mediaCounts.merge(folder, 1L, Long::sum);
                if (isDirectMessageFolder(folder)) {
                    addDmId(path.substring(folder.length()));
                }
                return;
            }
            if (path.startsWith("data/js/tweets/")) {
                if (path.endsWith(".js") && path.indexOf('/', "data/js/tweets/".length()) < 0) {
                    if (months.size() < MAX_PARTS) {
                        months.add(path);
                    } else {
                        monthsOverflow = true;
                    }
                }
                return;
            }
            switch (path) {
                case "tweets.csv" -> tweetsCsv = path;
                case "data/js/tweet_index.js" -> tweetIndex = true;
                case "data/js/user_details.js" -> userDetails = path;
                case "data/js/payload_details.js" -> payloadDetails = path;
                default -> visitDataFile(path);
            }
        }

        private void visitDataFile(String path) {
            String dir;
            if (path.startsWith("data/")) {
                dir = "data/";
            } else {
                dir = "";
            }
            String name = path.substring(dir.length());
            if (name.indexOf('/') >= 0 || !name.endsWith(".js")) {
                return;
            }
            Matcher m = DATA_FILE.matcher(name);
            if (!m.matches()) {
                return;
            }
            String base = m.group(1);
            if ("manifest".equals(base)) {
                return;
            }
            DataKind kind = DataKind.byFileBase(base);
            if (kind == null) {
                Set<String> bases = unknown.get(dir);
                if (bases.size() < MAX_SKIPPED_NAMES || bases.contains(base)) {
                    bases.add(base);
                    unknownPaths.get(dir).add(path);
                } else {
                    unknownOverflow = true;
                }
                return;
            }
            List<String> list = found.get(dir).computeIfAbsent(kind, k -> new ArrayList<>());
            if (list.size() < MAX_PARTS) {
                list.add(path);
            } else {
                overflow.add(kind);
            }
        }

        private String mediaFolderOf(String path) {
            for (String folder : manifestFolders.keySet()) {
                if (path.startsWith(folder)) {
                    return folder;
                }
            }
            String base = path.startsWith("data/") ? "data/" : "";
            int slash = path.indexOf('/', base.length());
            if (slash > base.length() && path.startsWith("_media/", slash - "_media".length())) {
                return path.substring(0, slash + 1);
            }
            return null;
        }

        private boolean isDirectMessageFolder(String folder) {
            Set<MediaRole> roles = manifestFolders.get(folder);
            if (roles != null && (roles.contains(MediaRole.DIRECT_MESSAGES) || roles.contains(MediaRole.DIRECT_MESSAGES_GROUP))) {
                return true;
            }
            String name = folderName(folder);
            return MediaRole.DIRECT_MESSAGES.folderNames.contains(name)
                    || MediaRole.DIRECT_MESSAGES_GROUP.folderNames.contains(name);
        }

        private void addDmId(String fileName) {
            int dash = fileName.indexOf('-');
            long id = Ids.toLong(dash > 0 ? fileName.substring(0, dash) : "");
            if (id < 0) {
                return;
            }
            if (dmIdCount == dmIds.length) {
                dmIds = Arrays.copyOf(dmIds, dmIds.length * 2);
            }
            dmIds[dmIdCount++] = id;
        }

        void decideGeneration() {
            dmIds = Arrays.copyOf(dmIds, dmIdCount);
            Arrays.sort(dmIds);
            Collections.sort(months);
            if (manifestPath != null) {
                generation = generationFromManifest();
                return;
            }
            if (tweetsCsv != null || tweetIndex || !months.isEmpty()) {
                generation = Generation.G0;
                return;
            }
            for (Map<DataKind, List<String>> byKind : found.values()) {
                if (byKind.containsKey(DataKind.TWEETS) || byKind.containsKey(DataKind.ACCOUNT)) {
                    generation = Generation.G1;
                    return;
                }
            }
            throw new FledgeException(ProblemType.NOT_AN_X_ARCHIVE,
                    "The ZIP has none of the files of an archive downloaded from X: no data/manifest.js, no tweet.js, "
                            + "tweets.js or account.js (at the top or in data/), no classic tweets.csv or data/js/tweets/. "
                            + "Upload the ZIP you got from X (Settings, Your account, Download an archive of your data) "
                            + "without changing it.");
        }

        private Generation generationFromManifest() {
            if (manifest != null) {
                Map<String, Manifest.DataType> types = manifest.dataTypes();
                if (types.containsKey("tweets") || types.containsKey("tweetsMedia")) {
                    return Generation.G3;
                }
                if (types.containsKey("tweet") || types.containsKey("tweetMedia")) {
                    return Generation.G2;
                }
            }
            for (String path : found.get(manifestDir).getOrDefault(DataKind.TWEETS, List.of())) {
                String name = path.substring(manifestDir.length());
                return name.startsWith("tweets") ? Generation.G3 : Generation.G2;
            }
            Instant generated = manifest == null ? null : manifest.generatedAt();
            return generated != null && generated.isBefore(G3_SINCE) ? Generation.G2 : Generation.G3;
        }

        void collectFiles(ArchiveContent content, Warnings warnings) {
            if (generation == Generation.G0) {
                if (monthsOverflow) {
                    warnings.add(FileLocation.of("data/js/tweets/"), "more than " + MAX_PARTS
                            + " month files; the others were not read");
                }
                return;
            }
            List<String> dirs = manifestPath != null ? List.of(manifestDir) : List.of("", "data/");
            Map<DataKind, LinkedHashSet<String>> chosen = new EnumMap<>(DataKind.class);
            Set<String> listedElsewhere = new HashSet<>();
            if (manifest != null) {
                for (Manifest.DataType type : manifest.dataTypes().values()) {
                    if (type.files().isEmpty()) {
                        continue;
                    }
                    DataKind kind = DataKind.byManifestKey(type.key());
                    if (kind == null) {
                        type.files().forEach(f -> listedElsewhere.add(resolve(f.fileName())));
                        addSkipped(type.key());
                        continue;
                    }
                    for (Manifest.File file : type.files()) {
                        String path = resolve(file.fileName());
                        if (content.entry(path).isPresent()) {
                            chosen.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(path);
                        } else if (file.count() == null || file.count() > 0) {
                            warnings.add(FileLocation.of(path),
                                    "the manifest lists this file but the archive does not contain it");
                        }
                    }
                }
            }
            for (String dir : dirs) {
                found.get(dir).forEach((kind, paths) ->
                        chosen.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(paths));
                for (String path : unknownPaths.get(dir)) {
                    if (!listedElsewhere.contains(path)) {
                        String base = baseOf(path);
                        addSkipped(manifest != null ? camelCase(base) : base);
                    }
                }
            }
            if (!overflow.isEmpty()) {
                warnings.add(FileLocation.of(dirs.get(0)), "more than " + MAX_PARTS + " parts of one data type; the "
                        + "others were not read");
            }
            if (unknownOverflow) {
                warnings.add(FileLocation.of(dirs.get(0)), "more than " + MAX_SKIPPED_NAMES
                        + " unknown data files; only the first are listed as skipped");
            }
            chosen.forEach((kind, paths) -> {
                List<String> ordered = new ArrayList<>(paths);
                ordered.sort(Comparator.comparingInt(Builder::partOf));
                files.put(kind, List.copyOf(ordered));
            });
        }

        private void addSkipped(String name) {
            if (skipped.size() < MAX_SKIPPED_NAMES) {
                skipped.add(name);
            }
        }

        void collectMediaRoles() {
            for (MediaRole role : MediaRole.values()) {
                LinkedHashSet<String> folders = new LinkedHashSet<>();
                manifestFolders.forEach((folder, roles) -> {
                    if (roles.contains(role) && mediaCounts.containsKey(folder)) {
                        folders.add(folder);
                    }
                });
                for (String folder : mediaCounts.keySet()) {
                    if (role.folderNames.contains(folderName(folder))) {
                        folders.add(folder);
                    }
                }
                roleFolders.put(role, List.copyOf(folders));
            }
        }

        private static String folderName(String folder) {
            String f = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
            return f.substring(f.lastIndexOf('/') + 1);
        }

        private static String baseOf(String path) {
            Matcher m = DATA_FILE.matcher(path.substring(path.lastIndexOf('/') + 1));
            return m.matches() ? m.group(1) : path;
        }

        private static int partOf(String path) {
            Matcher m = DATA_FILE.matcher(path.substring(path.lastIndexOf('/') + 1));
            return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
        }

        /** {@code ad-impressions} → {@code adImpressions}. */
        static String camelCase(String kebab) {
            StringBuilder out = new StringBuilder(kebab.length());
            boolean upper = false;
            for (int i = 0; i < kebab.length(); i++) {
                char c = kebab.charAt(i);
                if (c == '-' || c == '_') {
                    upper = out.length() > 0;
                } else {
                    out.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return out.toString();
        }
    }
}
