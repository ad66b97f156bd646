package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.ArchiveDocument;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a fediverse export holds and what it left out, with counts per {@link LeftOutReason}, written as
 * {@code report.json} into the output so that the user knows what to expect after an import. Every reason is
 * written, with 0 when it did not occur.
 */
public final class ConversionReport {
    private final String target;
    private final EnumMap<LeftOutReason, Long> leftOut = new EnumMap<>(LeftOutReason.class);
    private final Map<String, Object> exported = new LinkedHashMap<>();
    private final Map<String, Long> attachmentsLeftOut = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private EffectiveVisibility visibility;

    public ConversionReport(String target) {
        this.target = target;
        for (LeftOutReason reason : LeftOutReason.values()) {
            leftOut.put(reason, 0L);
        }
        for (String key : List.of("notes", "inReplyTo", "selfReplies", "repliesToOthers", "announces", "attachments")) {
            exported.put(key, 0L);
        }
        attachmentsLeftOut.put("media_missing", 0L);
        attachmentsLeftOut.put("media_excluded", 0L);
    }

    public void leftOut(LeftOutReason reason) {
        leftOut(reason, 1);
    }

    public void leftOut(LeftOutReason reason, long count) {
        leftOut.merge(reason, count, Long::sum);
    }

    public long leftOutCount(LeftOutReason reason) {
        return leftOut.get(reason);
    }

    /** Adds to a count of the {@code exported} section (created at 0 on first use). */
    public void exported(String key, long count) {
        exported.merge(key, count, (a, b) -> (Long) a + (Long) b);
    }

    /** Sets a flag of the {@code exported} section (avatar, header). */
    public void exportedFlag(String key, boolean value) {
        exported.put(key, value);
    }

    public long exportedCount(String key) {
        Object value = exported.get(key);
        return value instanceof Long count ? count : 0;
    }

    /** An attachment of an exported post that is not in the output: {@code media_missing} or {@code media_excluded}. */
    public void attachmentLeftOut(String reason) {
        attachmentsLeftOut.merge(reason, 1L, Long::sum);
    }

    public void visibility(EffectiveVisibility value) {
        this.visibility = value;
    }

    /** A sentence for the user (never archive content). */
    public void note(String sentence) {
        notes.add(sentence);
    }

    /**
     * Writes the report.
     *
     * @param options the effective options, as the user would write them (name → String, List or null)
     */
    public void write(JsonGenerator g, ArchiveDocument document, Map<String, Object> options, Instant convertedAt)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("target", target);
        g.writeStringField("convertedAt", AsDates.format(convertedAt));
        g.writeObjectFieldStart("source");
        g.writeStringField("generation", document.generation().name());
        if (document.generatedAt() != null) {
            g.writeStringField("generatedAt", AsDates.format(document.generatedAt()));
        } else {
            g.writeNullField("generatedAt");
        }
        Account account = document.account();
        if (account != null && account.screenName() != null) {
            g.writeStringField("screenName", account.screenName());
        }
        ArchiveCounts counts = document.counts();
        g.writeNumberField("posts", counts.posts());
        g.writeNumberField("deletedPosts", counts.deletedPosts());
        g.writeNumberField("communityPosts", counts.communityPosts());
        g.writeNumberField("likes", counts.likes());
        g.writeNumberField("followers", counts.followers());
        g.writeNumberField("following", counts.following());
        g.writeNumberField("warnings", document.warnings().size());
        g.writeEndObject();
        g.writeObjectFieldStart("options");
        for (Map.Entry<String, Object> option : options.entrySet()) {
            g.writeFieldName(option.getKey());
            value(g, option.getValue());
        }
        g.writeEndObject();
        if (visibility != null) {
            g.writeObjectFieldStart("visibility");
            g.writeStringField("value", visibility.value().optionValue());
            g.writeStringField("reason", visibility.reason());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("exported");
        for (Map.Entry<String, Object> entry : exported.entrySet()) {
            g.writeFieldName(entry.getKey());
            value(g, entry.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("leftOut");
        for (Map.Entry<LeftOutReason, Long> entry : leftOut.entrySet()) {
            g.writeNumberField(entry.getKey().slug(), entry.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("attachmentsLeftOut");
        for (Map.Entry<String, Long> entry : attachmentsLeftOut.entrySet()) {
            g.writeNumberField(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
        JsonOutput.stringArray(g, "notes", notes);
        g.writeEndObject();
    }

    /** The effective options as report.json lists them (name to String, List or null), in a mutable map. */
    public static Map<String, Object> optionsOf(ConversionOptions options, EffectiveVisibility visibility) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("actorUrl", options.actorUrl());
        map.put("replies", options.replies().name().toLowerCase(Locale.ROOT));
        map.put("retweets", options.retweets().name().toLowerCase(Locale.ROOT));
        map.put("visibility", visibility.value().optionValue());
        map.put("mentions", options.mentions().name().toLowerCase(Locale.ROOT));
        map.put("since", options.since() == null ? null : AsDates.format(options.since()));
        map.put("until", options.until() == null ? null : AsDates.format(options.until()));
        List<String> include = new ArrayList<>();
        if (options.includeLikes()) {
            include.add("likes");
        }
        if (options.includeMedia()) {
            include.add("media");
        }
        if (options.includeRelationships()) {
            include.add("relationships");
        }
        map.put("include", include);
        return map;
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value instanceof Number number) {
            g.writeNumber(number.longValue());
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }
}
