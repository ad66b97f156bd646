package dev.fledge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.Generation;
import dev.fledge.model.TimeRange;
import dev.fledge.xarchive.XArchive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The answer of {@code POST /api/v1/inspect}: what is in an archive, without converting it. */
@Schema(name = "InspectReport", description = "What an X archive contains: its generation, account, counts, date range, "
        + "the data types Fledge does not read, and the problems met while reading.")
public record InspectReport(
        @Schema(description = "Archive layout: G0 classic Grailbird (2012-2019), G1 root layout (2018-2020), "
                + "G2 data/tweet.js (2020-2022), G3 data/tweets.js (2022-)", examples = "G3") Generation generation,
        @Schema(description = "When X generated the archive (RFC 3339), or null where the archive does not say",
                examples = "2024-11-16T11:33:22.222Z") Instant generatedAt,
        @Schema(description = "The archive's account") AccountSummary account,
        @Schema(description = "How many records of each kind the archive holds. posts: distinct rows of the tweets files "
                + "after collapsing edit chains (retweets, replies and quotes included; deleted and community posts "
                + "have their own counts); replies includes selfReplies (replies to the account's own posts); quotes: "
                + "posts that quote a status URL (replies that quote included); noteTweets: rows of note-tweet.js (long "
                + "or styled posts); editedPosts: posts with more than one version; lists: created + member + "
                + "subscribed; conversations and directMessages cover 1:1 and group conversations, directMessages "
                + "counting messages only (not join, leave or rename events); followingWithScreenName: followed "
                + "accounts whose screen name the archive reveals (mentions, replies); mediaFiles: files in all media "
                + "folders") ArchiveCounts counts,
        @Schema(description = "Oldest and newest post (RFC 3339), null without posts") TimeRange range,
        @Schema(description = "Data types present in the archive that Fledge does not read (X adds new ones often)",
                examples = "[\"adImpressions\", \"grokChatItem\"]") List<String> skippedDataTypes,
        @Schema(description = "Problems that did not stop the reading: a broken file (the rest is read), skipped rows")
        List<ArchiveWarning> warnings) {

    @Schema(name = "AccountSummary", description = "The archive's account; a field is null where the archive does not say.")
    public record AccountSummary(
            @Schema(description = "X user id (a string: ids exceed 2^53)", examples = "1000000000000000001") String id,
            @Schema(examples = "fledgeexample") String screenName,
            @Schema(examples = "Fledge Example") String displayName,
            @Schema(examples = "2010-03-04T05:06:07Z") Instant createdAt,
            @Schema(description = "Whether the account's posts were protected at export time")
            @JsonProperty("protected") Boolean protectedAccount) {
    }

    static InspectReport of(XArchive archive) {
        Account a = archive.account();
        return new InspectReport(archive.generation(), archive.generatedAt(),
                new AccountSummary(a.id(), a.screenName(), a.displayName(), a.createdAt(), a.protectedAccount()),
                archive.counts(), archive.range(), archive.skippedDataTypes(), archive.warnings());
    }
}
