package dev.fledge.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fledge.model.Account;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.PostEntities;
import dev.fledge.model.TagEntity;
import dev.fledge.render.activitypub.ActorIris;
import dev.fledge.render.activitypub.ContentHtml;
import dev.fledge.render.activitypub.MentionStyle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fuzzes the content HTML builder of the Mastodon-archive and ActivityStreams writers with fuzzed post text and
 * entities (any offsets, overlapping or out of range, any URLs and names). Whatever the input, it must not throw,
 * and every {@code <} of the output must start one of the tags the builder writes ({@code p}, {@code br}, {@code a},
 * {@code span}): user text can never inject markup.
 *
 * <p>Regression mode replays {@code ContentHtmlFuzzTestInputs/buildContentHtml/}; fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest=ContentHtmlFuzzTest -Djazzer.hooks=true}.
 */
class ContentHtmlFuzzTest {
    private static final ActorIris IRIS = ActorIris.of(
            new Account("1", "me", "Me", Instant.EPOCH, false, false, null, List.of()), null);
    private static final Pattern OWN_TAG = Pattern.compile("</?(p|br|a|span)( [^<>]*)?>");

    @FuzzTest(maxDuration = "60s")
    void buildContentHtml(FuzzedDataProvider data) {
        MentionStyle style = data.pickValue(MentionStyle.values());
        int n = data.consumeInt(0, 6);
        List<LinkEntity> links = new ArrayList<>();
        List<MentionEntity> mentions = new ArrayList<>();
        List<TagEntity> tags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = data.consumeInt(-2, 300);
            int end = data.consumeInt(-2, 300);
            switch (data.consumeInt(0, 2)) {
                case 0 -> links.add(new LinkEntity(start, end, data.consumeString(30), data.consumeString(60),
                        data.consumeString(30)));
                case 1 -> mentions.add(new MentionEntity(start, end, data.consumeString(20), data.consumeString(20)));
                default -> tags.add(new TagEntity(start, end, data.consumeString(20)));
            }
        }
        String text = data.consumeRemainingAsString();
        ContentHtml html = new ContentHtml(IRIS, style);
        check(html.post(text, new PostEntities(links, mentions, tags, List.of())));
        check(html.plainText(text));
    }

    private static void check(String html) {
        String stripped = OWN_TAG.matcher(html).replaceAll("");
        if (stripped.indexOf('<') >= 0 || stripped.indexOf('>') >= 0) {
            throw new AssertionError("markup from user text reached the content HTML");
        }
    }
}
