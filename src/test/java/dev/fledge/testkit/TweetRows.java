package dev.fledge.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.testkit.TextLayout.Placed;
import dev.fledge.testkit.TextLayout.Rendered;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.fledge.testkit.ArchiveJson.array;
import static dev.fledge.testkit.ArchiveJson.indices;
import static dev.fledge.testkit.ArchiveJson.isoMillis;
import static dev.fledge.testkit.ArchiveJson.object;
import static dev.fledge.testkit.ArchiveJson.strings;
import static dev.fledge.testkit.ArchiveJson.twitterDate;

/**
 * The JSON (and CSV) shapes of posts, in X's key order: tweets.js rows of every generation, tweet-headers,
 * note-tweet.js, deleted and community rows, Grailbird month-file objects and tweets.csv lines.
 */
final class TweetRows {
    static final String CSV_HEADER = "\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\","
            + "\"source\",\"text\",\"retweeted_status_id\",\"retweeted_status_user_id\",\"retweeted_status_timestamp\","
            + "\"expanded_urls\"";

    private TweetRows() {
    }

    // ---------------------------------------------------------------- tweets.js (G1, G2, G3)

    /** The tweet object (without the {@code tweet} wrapper) as tweets.js, deleted-tweets.js or community-tweet.js hold it. */
    static ObjectNode tweet(ResolvedPost p, Generation generation) {
        Rendered text = p.fullText();
        boolean hasLinks = !p.media.isEmpty() || text.entities().stream().anyMatch(e -> e.entity() instanceof TextPart.Link);
        ObjectNode t = object();
        if (generation.isCurrent()) {
            t.set("edit_info", editInfo(p));
        }
        t.put("retweeted", false);
        t.put("source", p.source);
        t.set("entities", entities(p, text));
        t.set("display_text_range", indices(0, text.codePoints()));
        t.put("favorite_count", Integer.toString(p.favoriteCount));
        if (p.inReplyToStatusId != null) {
            t.put("in_reply_to_status_id_str", p.inReplyToStatusId);
        }
        t.put("id_str", p.id);
        if (p.inReplyToUserId != null) {
            t.put("in_reply_to_user_id", p.inReplyToUserId);
        }
        t.put("truncated", false);
        t.put("retweet_count", Integer.toString(p.retweetCount));
        t.put("id", p.id);
        if (p.inReplyToStatusId != null) {
            t.put("in_reply_to_status_id", p.inReplyToStatusId);
        }
        if (hasLinks) {
            t.put("possibly_sensitive", false);
        }
        t.put("created_at", twitterDate(p.createdAt));
        t.put("favorited", false);
        t.put("full_text", text.text());
        if (p.deletedAt == null) {
            t.put("lang", p.lang);
        }
        if (p.communityId != null) {
            t.put("community_id", p.communityId);
            t.put("community_id_str", p.communityId);
            t.set("scopes", object().put("followers", false));
        }
        if (p.inReplyToScreenName != null) {
            t.put("in_reply_to_screen_name", p.inReplyToScreenName);
        }
        if (p.inReplyToUserId != null) {
            t.put("in_reply_to_user_id_str", p.inReplyToUserId);
        }
        if (!p.media.isEmpty()) {
            ArrayNode media = array();
            int[] at = p.mediaIndices();
            p.media.forEach(m -> media.add(mediaEntity(m, at, p.mediaTco, true)));
            t.set("extended_entities", object().set("media", media));
        }
        if (p.deletedAt != null) {
            t.put("deleted_at", twitterDate(p.deletedAt));
        }
        return t;
    }

    /** A tweet-headers.js / deleted-tweet-headers.js object. */
    static ObjectNode header(ResolvedPost p) {
        ObjectNode h = object();
        h.put("tweet_id", p.id);
        h.put("user_id", p.owner.id());
        h.put("created_at", twitterDate(p.createdAt));
        if (p.deletedAt != null) {
            h.put("deleted_at", twitterDate(p.deletedAt));
        }
        return h;
    }

    private static ObjectNode editInfo(ResolvedPost p) {
        int versions = p.editIds.size();
        boolean eligible = versions == 1 && p.kind == PostSpec.Kind.POST && !p.isNoteTweet();
        ObjectNode control = object();
        control.set("editTweetIds", strings(p.editIds));
        control.put("editableUntil", isoMillis(p.editChainStart.plus(Duration.ofHours(1))));
        control.put("editsRemaining", Integer.toString(5 - (versions - 1)));
        control.put("isEditEligible", eligible);
        if (p.editIndex == 0) {
            return (ObjectNode) object().set("initial", control);
        }
        ObjectNode edit = object();
        edit.put("initialTweetId", p.editIds.get(0));
        edit.set("editControlInitial", control);
        return (ObjectNode) object().set("edit", edit);
    }

    private static ObjectNode entities(ResolvedPost p, Rendered text) {
        ArrayNode hashtags = array();
        ArrayNode symbols = array();
        ArrayNode mentions = array();
        ArrayNode urls = array();
        for (Placed placed : text.entities()) {
            if (placed.entity() instanceof TextPart.Hashtag h) {
                hashtags.add(object().put("text", h.tag()).set("indices", indices(placed.start(), placed.end())));
            } else if (placed.entity() instanceof TextPart.Cashtag c) {
                symbols.add(object().put("text", c.symbol()).set("indices", indices(placed.start(), placed.end())));
            } else if (placed.entity() instanceof TextPart.Mention m) {
                ObjectNode mention = object();
                mention.put("name", m.user().name());
                mention.put("screen_name", m.user().screenName());
                mention.set("indices", indices(placed.start(), placed.end()));
                mention.put("id_str", m.user().id());
                mention.put("id", m.user().id());
                mentions.add(mention);
            } else if (placed.entity() instanceof TextPart.Link l) {
                ObjectNode url = object();
                url.put("url", l.tco());
                url.put("expanded_url", l.expandedUrl());
                url.put("display_url", l.displayUrl());
                url.set("indices", indices(placed.start(), placed.end()));
                urls.add(url);
            }
        }
        ObjectNode e = object();
        if (p.media.isEmpty()) {
            e.set("hashtags", hashtags);
            e.set("symbols", symbols);
            e.set("user_mentions", mentions);
            e.set("urls", urls);
        } else {
            e.set("user_mentions", mentions);
            e.set("urls", urls);
            e.set("symbols", symbols);
            // entities.media holds only the first item, typed "photo" even for videos (FORMAT.md §5.3.1)
            e.set("media", array().add(mediaEntity(p.media.get(0), p.mediaIndices(), p.mediaTco, false)));
            e.set("hashtags", hashtags);
        }
        return e;
    }

    private static ObjectNode mediaEntity(PostMedia m, int[] at, String tco, boolean extended) {
        ObjectNode e = object();
        e.put("expanded_url", m.expandedUrl());
        if (m.sourceStatusId() != null) {
            e.put("source_status_id", m.sourceStatusId());
        }
        e.set("indices", indices(at[0], at[1]));
        e.put("url", tco);
        e.put("media_url", m.mediaUrlHttps().replaceFirst("^https:", "http:"));
        e.put("id_str", m.id());
        if (m.sourceUserId() != null) {
            e.put("source_user_id", m.sourceUserId());
        }
        if (extended && m.kind() != MediaKind.PHOTO) {
            ObjectNode info = object();
            int gcd = gcd(m.width(), m.height());
            info.set("aspect_ratio", strings(Integer.toString(m.width() / gcd), Integer.toString(m.height() / gcd)));
            if (m.kind() == MediaKind.VIDEO) {
                info.put("duration_millis", Integer.toString(m.durationMillis()));
            }
            ArrayNode variants = array();
            for (PostMedia.Variant v : m.variants()) {
                ObjectNode variant = object();
                if (v.bitrate() != null) {
                    variant.put("bitrate", v.bitrate());
                }
                variant.put("content_type", v.contentType());
                variant.put("url", v.url());
                variants.add(variant);
            }
            info.set("variants", variants);
            e.set("video_info", info);
            if (m.kind() == MediaKind.VIDEO) {
                e.set("additional_media_info", object().put("monetizable", false));
            }
        }
        e.put("id", m.id());
        e.put("media_url_https", m.mediaUrlHttps());
        if (m.sourceUserId() != null) {
            e.put("source_user_id_str", m.sourceUserId());
        }
        e.set("sizes", sizes(m.width(), m.height()));
        e.put("type", extended ? m.kind().type : "photo");
        if (m.sourceStatusId() != null) {
            e.put("source_status_id_str", m.sourceStatusId());
        }
        e.put("display_url", "pic.twitter.com/" + tco.substring(tco.lastIndexOf('/') + 1));
        return e;
    }

    private static ObjectNode sizes(int width, int height) {
        ObjectNode sizes = object();
        sizes.set("thumb", size(150, 150, "crop"));
        sizes.set("small", fit(width, height, 680));
        sizes.set("medium", fit(width, height, 1200));
        sizes.set("large", fit(width, height, 2048));
        return sizes;
    }

    private static ObjectNode fit(int width, int height, int max) {
        double scale = Math.min(1.0, (double) max / Math.max(width, height));
        return size((int) Math.round(width * scale), (int) Math.round(height * scale), "fit");
    }

    private static ObjectNode size(int w, int h, String resize) {
        return object().put("w", Integer.toString(w)).put("h", Integer.toString(h)).put("resize", resize);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    // ---------------------------------------------------------------- note-tweet.js (G3)

    /** The noteTweet object: the whole text raw (not escaped), entity ranges include the sign (FORMAT.md §5.4). */
    static ObjectNode note(ResolvedPost p) {
        Rendered text = TextLayout.render(p.body, false);
        ArrayNode urls = array();
        ArrayNode mentions = array();
        ArrayNode cashtags = array();
        ArrayNode hashtags = array();
        for (Placed placed : text.entities()) {
            String from = Integer.toString(placed.start());
            String to = Integer.toString(placed.end());
            if (placed.entity() instanceof TextPart.Link l) {
                urls.add(object().put("shortUrl", l.tco()).put("expandedUrl", l.expandedUrl())
                        .put("displayUrl", l.displayUrl()).put("fromIndex", from).put("toIndex", to));
            } else if (placed.entity() instanceof TextPart.Mention m) {
                mentions.add(object().put("screenName", m.user().screenName()).put("fromIndex", from).put("toIndex", to));
            } else if (placed.entity() instanceof TextPart.Cashtag c) {
                cashtags.add(object().put("text", c.symbol()).put("fromIndex", from).put("toIndex", to));
            } else if (placed.entity() instanceof TextPart.Hashtag h) {
                hashtags.add(object().put("text", h.tag()).put("fromIndex", from).put("toIndex", to));
            }
        }
        String second = isoMillis(p.createdSecond());
        ObjectNode core = object();
        core.set("styletags", array());
        core.set("urls", urls);
        core.put("text", text.text());
        core.set("mentions", mentions);
        core.set("cashtags", cashtags);
        core.set("hashtags", hashtags);
        ObjectNode note = object();
        note.put("noteTweetId", p.noteId);
        note.put("updatedAt", second);
        note.set("lifecycle", object().put("value", "1").put("name", "Active").put("originalName", "Active")
                .set("annotations", object()));
        note.put("createdAt", second);
        note.set("core", core);
        return note;
    }

    // ---------------------------------------------------------------- Grailbird (G0)

    /** A month-file object: API v1.1 shape, numeric ids next to id_str, {@code text}, nested retweeted_status. */
    static ObjectNode grailbird(ResolvedPost p) {
        Rendered text = p.fullText();
        ObjectNode t = object();
        t.put("source", p.source);
        t.set("entities", grailbirdEntities(p, text, p.mediaIndicesOrNull()));
        if (p.inReplyToStatusId != null) {
            t.put("in_reply_to_status_id_str", p.inReplyToStatusId);
        }
        t.set("geo", object());
        t.put("id_str", p.id);
        if (p.inReplyToUserId != null) {
            t.put("in_reply_to_user_id", Long.parseLong(p.inReplyToUserId));
        }
        t.put("text", text.text());
        t.put("id", Long.parseLong(p.id));
        if (p.inReplyToStatusId != null) {
            t.put("in_reply_to_status_id", Long.parseLong(p.inReplyToStatusId));
        }
        t.put("created_at", ArchiveJson.grailbirdDate(p.createdAt));
        if (p.inReplyToScreenName != null) {
            t.put("in_reply_to_screen_name", p.inReplyToScreenName);
        }
        if (p.inReplyToUserId != null) {
            t.put("in_reply_to_user_id_str", p.inReplyToUserId);
        }
        if (p.retweetOf != null) {
            Rendered original = TextLayout.render(p.original(), true);
            ObjectNode rt = object();
            rt.put("source", p.source);
            rt.set("entities", grailbirdEntities(p, original, mediaIndices(original)));
            rt.set("geo", object());
            rt.put("id_str", p.originalId);
            rt.put("text", original.text());
            rt.put("id", Long.parseLong(p.originalId));
            rt.put("created_at", ArchiveJson.grailbirdDate(p.originalCreatedAt));
            rt.set("user", grailbirdUser(p.retweetOf));
            t.set("retweeted_status", rt);
        }
        t.set("user", grailbirdUser(p.owner));
        return t;
    }

    private static int[] mediaIndices(Rendered text) {
        return text.entities().stream().filter(Placed::media).findFirst()
                .map(e -> new int[]{e.start(), e.end()}).orElse(null);
    }

    private static ObjectNode grailbirdEntities(ResolvedPost p, Rendered text, int[] mediaAt) {
        ArrayNode mentions = array();
        ArrayNode hashtags = array();
        ArrayNode urls = array();
        for (Placed placed : text.entities()) {
            ArrayNode at = array().add(placed.start()).add(placed.end());
            if (placed.entity() instanceof TextPart.Mention m) {
                ObjectNode mention = object();
                mention.put("name", m.user().name());
                mention.put("screen_name", m.user().screenName());
                mention.set("indices", at);
                mention.put("id_str", m.user().id());
                mention.put("id", Long.parseLong(m.user().id()));
                mentions.add(mention);
            } else if (placed.entity() instanceof TextPart.Hashtag h) {
                hashtags.add(object().put("text", h.tag()).set("indices", at));
            } else if (placed.entity() instanceof TextPart.Link l) {
                ObjectNode url = object();
                url.set("indices", at);
                url.put("url", l.tco());
                url.put("expanded_url", l.expandedUrl());
                url.put("display_url", l.displayUrl());
                urls.add(url);
            }
        }
        ArrayNode media = array();
        if (!p.media.isEmpty() && mediaAt != null) {
            PostMedia m = p.media.get(0);
            ObjectNode e = object();
            e.put("expanded_url", m.expandedUrl());
            e.set("indices", array().add(mediaAt[0]).add(mediaAt[1]));
            e.put("url", p.mediaTco);
            e.put("media_url", m.mediaUrlHttps().replaceFirst("^https:", "http:"));
            e.put("id_str", m.id());
            e.put("id", Long.parseLong(m.id()));
            e.put("media_url_https", m.mediaUrlHttps());
            ArrayNode sizes = array();
            sizes.add(object().put("h", 150).put("resize", "crop").put("w", 150));
            for (int max : new int[]{680, 1200, 2048, 4096}) {
                double scale = Math.min(1.0, (double) max / Math.max(m.width(), m.height()));
                sizes.add(object().put("h", (int) Math.round(m.height() * scale)).put("resize", "fit")
                        .put("w", (int) Math.round(m.width() * scale)));
            }
            e.set("sizes", sizes);
            e.put("media_alt", "");
            e.put("display_url", "pic.twitter.com/" + p.mediaTco.substring(p.mediaTco.lastIndexOf('/') + 1));
            media.add(e);
        }
        ObjectNode entities = object();
        entities.set("user_mentions", mentions);
        entities.set("media", media);
        entities.set("hashtags", hashtags);
        entities.set("urls", urls);
        return entities;
    }

    private static ObjectNode grailbirdUser(XUser user) {
        ObjectNode u = object();
        u.put("name", user.name());
        u.put("screen_name", user.screenName());
        u.put("protected", false);
        u.put("id_str", user.id());
        u.put("profile_image_url_https", "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png");
        u.put("id", Long.parseLong(user.id()));
        u.put("verified", false);
        return u;
    }

    /** One tweets.csv record (no line end): every field quoted, text NOT HTML-escaped (FORMAT.md §6). */
    static String csvRow(ResolvedPost p) {
        List<String> expanded = new ArrayList<>();
        for (Placed placed : p.fullText().entities()) {
            if (placed.entity() instanceof TextPart.Link l) {
                expanded.add(l.expandedUrl());
            }
        }
        if (!p.media.isEmpty()) {
            expanded.add(p.media.get(0).expandedUrl());
        }
        String[] fields = {
                p.id,
                nullToEmpty(p.inReplyToStatusId),
                nullToEmpty(p.inReplyToUserId),
                ArchiveJson.grailbirdDate(p.createdAt),
                p.source,
                TextLayout.plain(p.tweetSegments()),
                p.retweetOf != null ? p.originalId : "",
                p.retweetOf != null ? p.retweetOf.id() : "",
                p.retweetOf != null ? ArchiveJson.grailbirdDate(p.originalCreatedAt) : "",
                String.join(",", expanded)};
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append('"').append(fields[i].replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
