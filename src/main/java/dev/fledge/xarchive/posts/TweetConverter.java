package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaKind;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.ReplyTarget;
import dev.fledge.model.RetweetSource;
import dev.fledge.model.StyleRange;
import dev.fledge.model.TextStyle;
import dev.fledge.model.VideoVariant;
import dev.fledge.xarchive.AccountDirectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts one tweet object (G0-G3), note tweet or tweets.csv row into a {@link PostDraft}. Knows every quirk of
 * FORMAT.md §5.3-§5.7 and §6; knows nothing about ordering, spooling or joining (see {@link PostCollector}).
 * Problems with a row are reported to {@link Problems} and never thrown (except by a strict problem sink).
 */
final class TweetConverter {

    /** Receives the row-level problems of the row being converted. Messages never contain archive content. */
    interface Problems {
        void report(String message);
    }

    private static final String RETWEET_PREFIX = "RT @";
    private static final char ELLIPSIS = '\u2026';

    private final MediaLinker media;
    private final AccountDirectory directory;
    private final SourceApps sourceApps = new SourceApps();
    private final TextAssembler assembler = new TextAssembler();
    private final Map<String, String> languages = new java.util.HashMap<>();

    /** The archive owner's id; learned from Grailbird rows when not given. */
    String ownerId;
    /** The archive owner's screen name when known (for post URLs); learned from rows when possible. */
    String ownerScreenName;

    /** Ids of all versions of the last converted row's edit chain (empty when it has none or only itself). */
    final List<Long> editChain = new ArrayList<>(6);

    TweetConverter(MediaLinker media, AccountDirectory directory, String ownerId) {
        this.media = media;
        this.directory = directory;
        this.ownerId = ownerId;
    }

    // ------------------------------------------------------------------------------------------------ tweets

    /** Converts a tweet object; null when the row has no usable id or date (reported). */
    PostDraft convert(JsonNode tweet, PostOrigin origin, Problems problems) {
        editChain.clear();
        String id = Json.either(tweet, "id_str", "id");
        long idValue = Json.parseLong(id);
        if (idValue == Json.NO_NUMBER || idValue <= 0) {
            problems.report("the post has no usable id; row skipped");
            return null;
        }
        PostDraft p = new PostDraft();
        p.id = id;
        p.origin = origin;
        long created = TwitterDates.parse(Json.text(tweet, "created_at"));
        if (created == TwitterDates.INVALID) {
            if (idValue < TwitterDates.MIN_SNOWFLAKE_ID) {
                problems.report("the post has no readable creation date; row skipped");
                return null;
            }
            created = TwitterDates.snowflakeMillis(idValue);
            problems.report("the post has no readable creation date; it was taken from the post id");
        }
        p.createdAtMillis = created;
        Instant createdAt = Instant.ofEpochMilli(created);

        learnOwnerFromUser(Json.object(tweet, "user"), createdAt);

        String stored = Json.text(tweet, "full_text");
        if (stored == null) {
            stored = Json.text(tweet, "text");
        }
        if (stored == null) {
            stored = "";
        }

        JsonNode entities = Json.object(tweet, "entities");
        JsonNode extended = Json.object(tweet, "extended_entities");
        JsonNode mediaItems = Json.array(extended, "media");
        if (mediaItems == null) {
            // Grailbird has no extended_entities: there entities.media is all there is
            mediaItems = Json.array(entities, "media");
        }

        assembler.reset();
        JsonNode mentionsJson = Json.array(entities, "user_mentions");
        if (entities != null) {
            JsonNode urls = Json.array(entities, "urls");
            if (urls != null) {
                for (JsonNode u : urls) {
                    JsonNode indices = u.get("indices");
                    assembler.link(index(indices, 0), index(indices, 1), Json.text(u, "url"),
                            Json.text(u, "expanded_url"), Json.text(u, "display_url"));
                }
            }
            if (mentionsJson != null) {
                for (JsonNode m : mentionsJson) {
                    JsonNode indices = m.get("indices");
                    String userId = userId(Json.either(m, "id_str", "id"));
                    String screenName = Json.nonEmpty(m, "screen_name");
                    assembler.mention(index(indices, 0), index(indices, 1), userId, screenName);
                    directory.record(userId, screenName, createdAt);
                }
            }
            addTags(Json.array(entities, "hashtags"), false);
            addTags(Json.array(entities, "symbols"), true);
        }
        if (mediaItems != null) {
            String lastUrl = null;
            for (JsonNode m : mediaItems) {
                String url = Json.nonEmpty(m, "url");
                if (url != null && !url.equals(lastUrl)) {
                    JsonNode indices = m.get("indices");
                    assembler.media(index(indices, 0), index(indices, 1), url);
                    lastUrl = url;
                }
            }
        }
        assembler.build(stored, true);
        // A retweet cut at 140 characters loses the entities past the cut: expected, not worth a warning.
        if (!(stored.startsWith("RT @") && stored.endsWith("\u2026"))) {
            reportDropped(problems);
        }
        p.text = assembler.text();
        p.links = assembler.links();
        p.mentions = assembler.mentions();
        p.hashtags = assembler.hashtags();
        p.cashtags = assembler.cashtags();

        if (mediaItems != null) {
            p.media = convertMedia(mediaItems, idValue, id, origin, problems);
        }

        // kind: retweet, else reply, else quote
        RetweetSource retweet = grailbirdRetweet(Json.object(tweet, "retweeted_status"), stored, createdAt);
        if (retweet == null && stored.startsWith(RETWEET_PREFIX)) {
            retweet = retweetFromText(stored, mentionsJson, mediaItems);
        }
        String replyStatus = Json.either(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id");
        String replyUser = userId(Json.either(tweet, "in_reply_to_user_id_str", "in_reply_to_user_id"));
        String replyName = Json.nonEmpty(tweet, "in_reply_to_screen_name");
        directory.record(replyUser, replyName, createdAt);
        if (retweet != null) {
            p.kind = PostKind.RETWEET;
            p.retweetOf = retweet;
        } else {
            p.quotedUrl = quotedUrl(p.text, p.links, id);
            if (replyStatus != null && !replyStatus.equals("-1")) {
                p.kind = PostKind.REPLY;
                p.replyTo = new ReplyTarget(replyStatus, replyUser, replyName,
                        replyUser != null && replyUser.equals(ownerId));
            } else if (p.quotedUrl != null) {
                p.kind = PostKind.QUOTE;
            }
        }

        p.language = language(Json.nonEmpty(tweet, "lang"));
        p.sensitive = Json.bool(tweet, "possibly_sensitive");
        p.sourceApp = sourceApps.parse(Json.text(tweet, "source"));
        p.likeCount = count(tweet, "favorite_count");
        p.repostCount = count(tweet, "retweet_count");
        if (origin == PostOrigin.DELETED) {
            p.deletedAt = TwitterDates.instant(Json.text(tweet, "deleted_at"));
        }
        p.communityId = Json.either(tweet, "community_id_str", "community_id");
        readEditChain(Json.object(tweet, "edit_info"));
        return p;
    }

    private void addTags(JsonNode tags, boolean cashtags) {
        if (tags == null) {
            return;
        }
        for (JsonNode t : tags) {
            JsonNode indices = t.get("indices");
            if (cashtags) {
                assembler.cashtag(index(indices, 0), index(indices, 1), Json.text(t, "text"));
            } else {
                assembler.hashtag(index(indices, 0), index(indices, 1), Json.text(t, "text"));
            }
        }
    }

    /** Media t.co links are removed from the text anyway, so a missing one is not reported. */
    private void reportDropped(Problems problems) {
        reportDropped(problems, TextAssembler.LINK, "link");
        reportDropped(problems, TextAssembler.MENTION, "mention");
        reportDropped(problems, TextAssembler.HASHTAG, "hashtag");
        reportDropped(problems, TextAssembler.CASHTAG, "cashtag");
    }

    private void reportDropped(Problems problems, int type, String what) {
        int n = assembler.dropped(type);
        if (n == 1) {
            problems.report("a " + what + " could not be found in the post text at its indices or elsewhere; it was dropped");
        } else if (n > 1) {
            problems.report(n + " " + what + "s could not be found in the post text at their indices or elsewhere; they were dropped");
        }
    }

    private static long index(JsonNode indices, int i) {
        if (indices == null || !indices.isArray() || indices.size() <= i) {
            return -1;
        }
        return Json.number(indices.get(i));
    }

    /** X writes "-1" for accounts that no longer exist. */
    private static String userId(String id) {
        return id == null || id.equals("-1") || id.isEmpty() ? null : id;
    }

    private static Long count(JsonNode tweet, String field) {
        long n = Json.number(tweet, field);
        return n == Json.NO_NUMBER ? null : n;
    }

    private String language(String lang) {
        if (lang == null || lang.equals("und")) {
            return null;
        }
        return languages.computeIfAbsent(lang, l -> l);
    }

    private void learnOwnerFromUser(JsonNode user, Instant seenAt) {
        if (user == null) {
            return;
        }
        String userId = Json.either(user, "id_str", "id");
        String name = Json.nonEmpty(user, "screen_name");
        if (ownerId == null) {
            ownerId = userId;
        }
        if (userId != null && userId.equals(ownerId)) {
            if (ownerScreenName == null) {
                ownerScreenName = name;
            }
            directory.record(userId, name, seenAt);
        }
    }

    private void readEditChain(JsonNode editInfo) {
        if (editInfo == null) {
            return;
        }
        JsonNode control = Json.object(editInfo, "initial");
        if (control == null) {
            control = Json.object(Json.object(editInfo, "edit"), "editControlInitial");
        }
        JsonNode ids = Json.array(control, "editTweetIds");
        if (ids == null || ids.size() < 2) {
            return;
        }
        for (JsonNode idNode : ids) {
            long v = Json.number(idNode);
            if (v != Json.NO_NUMBER) {
                editChain.add(v);
            }
        }
        if (editChain.size() < 2) {
            editChain.clear();
        }
    }

    // ------------------------------------------------------------------------------------------------ kinds

    /** Grailbird retweets carry the whole original. */
    private RetweetSource grailbirdRetweet(JsonNode original, String stored, Instant seenAt) {
        if (original == null) {
            return null;
        }
        JsonNode user = Json.object(original, "user");
        String name = Json.nonEmpty(user, "screen_name");
        String userId = userId(Json.either(user, "id_str", "id"));
        directory.record(userId, name, seenAt);
        if (name == null && stored.startsWith(RETWEET_PREFIX)) {
            name = retweetedName(stored);
        }
        String originalId = Json.either(original, "id_str", "id");
        String originalUrl = name != null && originalId != null
                ? "https://x.com/" + name + "/status/" + originalId : null;
        return new RetweetSource(name, userId, endsWithEllipsis(stored), originalId, originalUrl);
    }

    /** G1-G3: "RT @name: …"; the original post is only known from media taken from it. */
    private RetweetSource retweetFromText(String stored, JsonNode mentions, JsonNode mediaItems) {
        String name = retweetedName(stored);
        if (name == null) {
            return null;
        }
        String userId = null;
        if (mentions != null) {
            for (JsonNode m : mentions) {
                if (name.equalsIgnoreCase(Json.text(m, "screen_name"))) {
                    userId = userId(Json.either(m, "id_str", "id"));
                    break;
                }
            }
        }
        String originalId = null;
        String originalUrl = null;
        if (mediaItems != null) {
            for (JsonNode m : mediaItems) {
                String source = Json.either(m, "source_status_id_str", "source_status_id");
                if (source == null) {
                    continue;
                }
                StatusUrls.StatusLink link = StatusUrls.parsePrefix(Json.text(m, "expanded_url"));
                if (link != null && link.postId().equals(source) && link.screenName().equalsIgnoreCase(name)) {
                    originalId = source;
                    originalUrl = "https://x.com/" + name + "/status/" + source;
                    break;
                }
            }
        }
        return new RetweetSource(name, userId, endsWithEllipsis(stored), originalId, originalUrl);
    }

    /** The name in a leading "RT @name:", or null. */
    static String retweetedName(String stored) {
        int i = RETWEET_PREFIX.length();
        int len = stored.length();
        while (i < len && StatusUrls.isNameChar(stored.charAt(i))) {
            i++;
        }
        if (i == RETWEET_PREFIX.length() || i >= len || stored.charAt(i) != ':') {
            return null;
        }
        return stored.substring(RETWEET_PREFIX.length(), i);
    }

    private static boolean endsWithEllipsis(String stored) {
        int end = stored.length();
        while (end > 0 && Character.isWhitespace(stored.charAt(end - 1))) {
            end--;
        }
        return end > 0 && stored.charAt(end - 1) == ELLIPSIS;
    }

    /**
     * The quoted post: the last link of the text, when it is a status link on twitter.com/x.com to another post
     * and nothing but whitespace follows it (FORMAT.md §5.3.1).
     */
    static String quotedUrl(String text, List<LinkEntity> links, String ownId) {
        if (links.isEmpty()) {
            return null;
        }
        LinkEntity last = links.get(links.size() - 1);
        for (int i = last.end(); i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return null;
            }
        }
        StatusUrls.StatusLink status = StatusUrls.parse(last.expandedUrl());
        if (status == null || status.postId().equals(ownId)) {
            return null;
        }
        return status.canonicalUrl();
    }

    // ------------------------------------------------------------------------------------------------ media

    private List<PostMedia> convertMedia(JsonNode items, long postId, String postIdText, PostOrigin origin,
                                         Problems problems) {
        List<PostMedia> list = new ArrayList<>(items.size());
        for (JsonNode m : items) {
            String type = Json.nonEmpty(m, "type");
            MediaKind kind;
            if (type == null || type.equals("photo")) {
                kind = MediaKind.PHOTO;
            } else if (type.equals("video")) {
                kind = MediaKind.VIDEO;
            } else if (type.equals("animated_gif")) {
                kind = MediaKind.ANIMATED_GIF;
            } else {
                problems.report("a media item has an unknown type; it was skipped");
                continue;
            }
            String mediaUrl = Json.either(m, "media_url_https", "media_url");
            List<VideoVariant> variants = List.of();
            Long duration = null;
            String fileName;
            String contentType;
            JsonNode videoInfo = Json.object(m, "video_info");
            if (kind == MediaKind.PHOTO) {
                fileName = lastSegment(mediaUrl);
                contentType = contentType(fileName);
            } else {
                String best = null;
                long bestBitrate = -1;
                JsonNode variantsJson = Json.array(videoInfo, "variants");
                if (variantsJson != null) {
                    variants = new ArrayList<>(variantsJson.size());
                    for (JsonNode v : variantsJson) {
                        String url = Json.nonEmpty(v, "url");
                        String ct = Json.nonEmpty(v, "content_type");
                        long bitrate = Json.number(v, "bitrate");
                        variants.add(new VideoVariant(url, ct, bitrate == Json.NO_NUMBER ? null : bitrate));
                        if (url != null && "video/mp4".equals(ct) && (best == null || bitrate > bestBitrate)) {
                            best = url;
                            bestBitrate = bitrate;
                        }
                    }
                }
                long millis = Json.number(videoInfo, "duration_millis");
                duration = millis == Json.NO_NUMBER ? null : millis;
                fileName = lastSegment(best);
                contentType = fileName != null ? contentType(fileName) : null;
            }
            String path = media.find(postId, postIdText, fileName);
            String sourcePostId = Json.either(m, "source_status_id_str", "source_status_id");
            if (sourcePostId == null && ownerScreenName == null && origin == PostOrigin.TWEETS) {
                learnOwnerFromMediaUrl(Json.text(m, "expanded_url"), postIdText);
            }
            String alt = Json.nonEmpty(m, "ext_alt_text");
            if (alt == null) {
                alt = Json.nonEmpty(m, "media_alt");
            }
            int[] size = size(m);
            list.add(new PostMedia(Json.either(m, "id_str", "id"), kind, path, contentType,
                    size == null ? null : size[0], size == null ? null : size[1], alt, mediaUrl, variants, duration,
                    sourcePostId));
        }
        return list;
    }

    private void learnOwnerFromMediaUrl(String expandedUrl, String postId) {
        StatusUrls.StatusLink link = StatusUrls.parsePrefix(expandedUrl);
        if (link != null && link.postId().equals(postId)) {
            ownerScreenName = link.screenName();
        }
    }

    /** Width and height: original_info, else sizes.large, else the largest of Grailbird's sizes array. */
    private static int[] size(JsonNode m) {
        JsonNode original = Json.object(m, "original_info");
        if (original != null) {
            long w = Json.number(original, "width");
            long h = Json.number(original, "height");
            if (w > 0 && h > 0) {
                return new int[]{(int) w, (int) h};
            }
        }
        JsonNode sizes = m.get("sizes");
        if (sizes == null) {
            return null;
        }
        if (sizes.isObject()) {
            JsonNode large = Json.object(sizes, "large");
            long w = Json.number(large, "w");
            long h = Json.number(large, "h");
            return w > 0 && h > 0 ? new int[]{(int) w, (int) h} : null;
        }
        if (sizes.isArray()) {
            long bestW = 0;
            long bestH = 0;
            for (JsonNode s : sizes) {
                long w = Json.number(s, "w");
                long h = Json.number(s, "h");
                if (w > 0 && h > 0 && w * h > bestW * bestH) {
                    bestW = w;
                    bestH = h;
                }
            }
            return bestW > 0 ? new int[]{(int) bestW, (int) bestH} : null;
        }
        return null;
    }

    /** Last path segment of a URL without query or fragment; null when there is none. */
    static String lastSegment(String url) {
        if (url == null) {
            return null;
        }
        int end = url.length();
        int q = url.indexOf('?');
        if (q >= 0) {
            end = q;
        }
        int h = url.indexOf('#');
        if (h >= 0 && h < end) {
            end = h;
        }
        int slash = url.lastIndexOf('/', end - 1);
        String segment = url.substring(slash + 1, end);
        return segment.isEmpty() ? null : segment;
    }

    static String contentType(String fileName) {
        if (fileName == null) {
            return null;
        }
        if (fileName.endsWith(".jpg")) {
            return "image/jpeg";
        }
        if (fileName.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (fileName.endsWith(".png")) {
            return "image/png";
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        switch (ext) {
            case "jpg":
            case "jpeg":
                return "image/jpeg";
            case "png":
                return "image/png";
            case "gif":
                return "image/gif";
            case "webp":
                return "image/webp";
            case "mp4":
            case "m4v":
                return "video/mp4";
            case "mov":
                return "video/quicktime";
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ notes

    /**
     * Converts a note tweet's {@code core} (raw text, code-point ranges that include the sigil) into text,
     * entities and styles. The caller supplies the id and date.
     */
    PostDraft convertNote(JsonNode core, Problems problems) {
        PostDraft note = new PostDraft();
        String stored = Json.text(core, "text");
        if (stored == null) {
            stored = "";
        }
        assembler.reset();
        JsonNode urls = Json.array(core, "urls");
        if (urls != null) {
            for (JsonNode u : urls) {
                assembler.link(Json.number(u, "fromIndex"), Json.number(u, "toIndex"), Json.text(u, "shortUrl"),
                        Json.text(u, "expandedUrl"), Json.text(u, "displayUrl"));
            }
        }
        JsonNode mentions = Json.array(core, "mentions");
        if (mentions != null) {
            for (JsonNode m : mentions) {
                assembler.mention(Json.number(m, "fromIndex"), Json.number(m, "toIndex"), null,
                        Json.nonEmpty(m, "screenName"));
            }
        }
        JsonNode hashtags = Json.array(core, "hashtags");
        if (hashtags != null) {
            for (JsonNode t : hashtags) {
                assembler.hashtag(Json.number(t, "fromIndex"), Json.number(t, "toIndex"), Json.text(t, "text"));
            }
        }
        JsonNode cashtags = Json.array(core, "cashtags");
        if (cashtags != null) {
            for (JsonNode t : cashtags) {
                assembler.cashtag(Json.number(t, "fromIndex"), Json.number(t, "toIndex"), Json.text(t, "text"));
            }
        }
        assembler.build(stored, false);
        reportDropped(problems);
        note.text = assembler.text();
        note.links = assembler.links();
        note.mentions = assembler.mentions();
        note.hashtags = assembler.hashtags();
        note.cashtags = assembler.cashtags();
        note.styles = styles(Json.array(core, "styletags"));
        note.longPost = true;
        return note;
    }

    private List<StyleRange> styles(JsonNode styletags) {
        if (styletags == null || styletags.isEmpty()) {
            return List.of();
        }
        List<StyleRange> ranges = new ArrayList<>(styletags.size());
        for (JsonNode tag : styletags) {
            List<TextStyle> styles = new ArrayList<>(2);
            JsonNode types = Json.array(tag, "styleTypes");
            if (types != null) {
                for (JsonNode type : types) {
                    TextStyle style = style(type);
                    if (style != null && !styles.contains(style)) {
                        styles.add(style);
                    }
                }
            }
            // unlike the entities, style ranges count UTF-16 units: in the real samples only that reading puts an
            // italic range after three astral emoji on whole words ("lo hace mal")
            int start = assembler.mapUnit(Json.number(tag, "fromIndex"), false);
            int end = assembler.mapUnit(Json.number(tag, "toIndex"), true);
            if (!styles.isEmpty() && start >= 0 && end > start) {
                styles.sort(null);
                ranges.add(new StyleRange(start, end, styles));
            }
        }
        ranges.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return ranges;
    }

    private static TextStyle style(JsonNode type) {
        String name = Json.nonEmpty(type, "originalName");
        if (name == null) {
            name = Json.nonEmpty(type, "name");
        }
        if (name != null) {
            switch (name.toUpperCase(Locale.ROOT)) {
                case "BOLD":
                    return TextStyle.BOLD;
                case "ITALIC":
                    return TextStyle.ITALIC;
                case "STRIKETHROUGH":
                    return TextStyle.STRIKETHROUGH;
                case "UNDERLINE":
                    return TextStyle.UNDERLINE;
                default:
                    break;
            }
        }
        long value = Json.number(type, "value");
        if (value == 0) {
            return TextStyle.BOLD;
        }
        if (value == 1) {
            return TextStyle.ITALIC;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ csv

    /** A Grailbird tweets.csv row (raw text, no entities beyond the expanded URLs); null when unusable. */
    PostDraft convertCsv(Map<String, String> row, Problems problems) {
        String id = blankToNull(row.get("tweet_id"));
        long idValue = Json.parseLong(id);
        if (idValue == Json.NO_NUMBER || idValue <= 0) {
            problems.report("the post has no usable id; row skipped");
            return null;
        }
        PostDraft p = new PostDraft();
        p.id = id;
        long created = TwitterDates.parse(row.get("timestamp"));
        if (created == TwitterDates.INVALID) {
            if (idValue < TwitterDates.MIN_SNOWFLAKE_ID) {
                problems.report("the post has no readable creation date; row skipped");
                return null;
            }
            created = TwitterDates.snowflakeMillis(idValue);
            problems.report("the post has no readable creation date; it was taken from the post id");
        }
        p.createdAtMillis = created;
        String stored = row.get("text");
        if (stored == null) {
            stored = "";
        }
        List<String> expanded = splitUrls(row.get("expanded_urls"));
        assembler.reset();
        int next = 0;
        int cp = 0;
        int i = 0;
        int len = stored.length();
        while (next < expanded.size()) {
            int at = indexOfShortLink(stored, i);
            if (at < 0) {
                break;
            }
            int end = at;
            while (end < len && !Character.isWhitespace(stored.charAt(end))) {
                end++;
            }
            cp += stored.codePointCount(i, at);
            int cpEnd = cp + stored.codePointCount(at, end);
            String shown = expanded.get(next++);
            assembler.link(cp, cpEnd, stored.substring(at, end), shown, displayForm(shown));
            cp = cpEnd;
            i = end;
        }
        assembler.build(stored, false);
        p.text = assembler.text();
        p.links = assembler.links();

        String retweetedId = blankToNull(row.get("retweeted_status_id"));
        String replyStatus = blankToNull(row.get("in_reply_to_status_id"));
        String replyUser = userId(blankToNull(row.get("in_reply_to_user_id")));
        if (retweetedId != null || stored.startsWith(RETWEET_PREFIX)) {
            String name = stored.startsWith(RETWEET_PREFIX) ? retweetedName(stored) : null;
            String url = name != null && retweetedId != null ? "https://x.com/" + name + "/status/" + retweetedId : null;
            p.kind = PostKind.RETWEET;
            p.retweetOf = new RetweetSource(name, userId(blankToNull(row.get("retweeted_status_user_id"))),
                    endsWithEllipsis(stored), retweetedId, url);
        } else {
            p.quotedUrl = quotedUrl(p.text, p.links, id);
            if (replyStatus != null) {
                p.kind = PostKind.REPLY;
                p.replyTo = new ReplyTarget(replyStatus, replyUser, null,
                        replyUser != null && replyUser.equals(ownerId));
            } else if (p.quotedUrl != null) {
                p.kind = PostKind.QUOTE;
            }
        }
        p.sourceApp = sourceApps.parse(row.get("source"));
        return p;
    }

    private static int indexOfShortLink(String s, int from) {
        int https = s.indexOf("https://t.co/", from);
        int http = s.indexOf("http://t.co/", from);
        if (https < 0) {
            return http;
        }
        return http < 0 ? https : Math.min(http, https);
    }

    /** tweets.csv joins several expanded URLs with commas; URLs themselves may contain commas. */
    static List<String> splitUrls(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<String> urls = new ArrayList<>(2);
        int start = 0;
        for (int i = 1; i < field.length(); i++) {
            if (field.charAt(i - 1) == ',' && (field.startsWith("http://", i) || field.startsWith("https://", i))) {
                urls.add(field.substring(start, i - 1));
                start = i;
            }
        }
        urls.add(field.substring(start));
        return urls;
    }

    /** X's display form of a link: no scheme, no "www.", the host and at most 15 more characters, then "…". */
    static String displayForm(String url) {
        if (url == null) {
            return null;
        }
        String s = url;
        if (s.startsWith("https://")) {
            s = s.substring(8);
        } else if (s.startsWith("http://")) {
            s = s.substring(7);
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        int slash = s.indexOf('/');
        int keep = slash < 0 ? s.length() : slash + 15;
        return s.length() > keep ? s.substring(0, keep) + ELLIPSIS : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Mentions of a note get the user ids the tweet's own mentions had, matched by screen name. */
    static List<MentionEntity> withUserIds(List<MentionEntity> noteMentions, List<MentionEntity> tweetMentions) {
        if (noteMentions.isEmpty() || tweetMentions.isEmpty()) {
            return noteMentions;
        }
        List<MentionEntity> result = new ArrayList<>(noteMentions.size());
        for (MentionEntity m : noteMentions) {
            String userId = m.userId();
            if (userId == null && m.screenName() != null) {
                for (MentionEntity t : tweetMentions) {
                    if (t.userId() != null && m.screenName().equalsIgnoreCase(t.screenName())) {
                        userId = t.userId();
                        break;
                    }
                }
            }
            result.add(userId == m.userId() ? m : new MentionEntity(m.start(), m.end(), userId, m.screenName()));
        }
        return result;
    }
}
