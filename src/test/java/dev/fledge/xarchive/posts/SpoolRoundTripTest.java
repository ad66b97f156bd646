package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaKind;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.ReplyTarget;
import dev.fledge.model.RetweetSource;
import dev.fledge.model.SourceApp;
import dev.fledge.model.StyleRange;
import dev.fledge.model.TagEntity;
import dev.fledge.model.TextStyle;
import dev.fledge.model.VideoVariant;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field survives the spool; the model serializes with a plain ObjectMapper. */
class SpoolRoundTripTest {

    private static PostDraft everything(String id, String text) {
        PostDraft p = new PostDraft();
        p.id = id;
        p.createdAtMillis = 1_706_602_467_000L;
        p.text = text;
        p.language = "es";
        p.kind = PostKind.REPLY;
        p.replyTo = new ReplyTarget("1", "2", null, true);
        p.quotedUrl = "https://x.com/a/status/3";
        p.retweetOf = new RetweetSource("n", null, true, null, null);
        p.links = List.of(new LinkEntity(0, 5, "https://t.co/x", "https://e.com", null));
        p.mentions = List.of(new MentionEntity(6, 10, null, "bob"), new MentionEntity(11, 15, "42", "Eve"));
        p.hashtags = List.of(new TagEntity(16, 20, "東京"));
        p.cashtags = List.of(new TagEntity(21, 26, "ACME"));
        p.media = List.of(
                new PostMedia("9", MediaKind.VIDEO, "data/tweets_media/1-a.mp4", "video/mp4", 2048, 1201, null,
                        "https://pbs.twimg.com/a.jpg", List.of(new VideoVariant("u", "video/mp4", 0L),
                        new VideoVariant("v", "application/x-mpegURL", null)), 17533L, "77"),
                new PostMedia("10", MediaKind.PHOTO, null, null, null, null, "alt ✓", null, List.of(), null, null));
        p.sensitive = Boolean.FALSE;
        p.sourceApp = new SourceApp("Twitter for Android", "http://twitter.com/download/android");
        p.likeCount = 31L;
        p.repostCount = null;
        p.longPost = true;
        p.styles = List.of(new StyleRange(0, 3, List.of(TextStyle.BOLD, TextStyle.UNDERLINE)));
        p.origin = PostOrigin.DELETED;
        p.deletedAt = Instant.parse("2025-01-11T15:27:00Z");
        p.communityId = "-5";
        return p;
    }

    @Test
    void postsAndNotesReadBackByOffsetInAnyOrder() {
        Path dir = Fixtures.tempDir();
        try (PostSpool spool = new PostSpool(dir)) {
            List<Long> offsets = new ArrayList<>();
            List<PostDraft> written = new ArrayList<>();
            String big = "x😀".repeat(40_000); // larger than the read window
            for (int i = 0; i < 3000; i++) {
                PostDraft p = everything(Integer.toString(i), i == 1500 ? big : "text " + i + " ünïcødé 👨‍💻");
                written.add(p);
                offsets.add(spool.writePost(p));
            }
            PostDraft note = new PostDraft();
            note.text = "note";
            note.mentions = List.of(new MentionEntity(0, 3, null, "x"));
            note.styles = List.of(new StyleRange(1, 2, List.of(TextStyle.ITALIC)));
            long noteOffset = spool.writeNote(note);
            for (int i = 2999; i >= 0; i -= 7) {
                assertEquals(written.get(i).toPost("u"), spool.readPost(offsets.get(i)).toPost("u"));
            }
            for (int i = 0; i < 3000; i += 13) {
                assertEquals(written.get(i).toPost("u"), spool.readPost(offsets.get(i)).toPost("u"));
            }
            PostDraft back = spool.readNote(noteOffset);
            assertEquals(note.text, back.text);
            assertEquals(note.mentions, back.mentions);
            assertEquals(note.styles, back.styles);
        } finally {
            Fixtures.delete(dir);
        }
    }

    @Test
    void modelSerializesWithAPlainObjectMapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        Post post = everything("1", "hello").toPost("https://x.com/a/status/1");
        JsonNode json = mapper.valueToTree(post);
        assertEquals("1", json.get("id").asText());
        assertEquals("REPLY", json.get("kind").asText());
        assertEquals(6, json.get("entities").get("mentions").get(0).get("start").asInt());
        assertTrue(json.get("media").get(0).get("videoVariants").isArray());
        assertTrue(json.has("editHistory"));
        assertEquals(post, mapper.treeToValue(json, Post.class), "round trip through JSON");
    }
}
