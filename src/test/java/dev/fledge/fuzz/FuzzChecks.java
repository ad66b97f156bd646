package dev.fledge.fuzz;

import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.StyleRange;
import dev.fledge.model.TagEntity;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the fuzz targets check besides "no unexpected exception": properties every reader result must have whatever
 * the input, because writers and the privacy rules rely on them.
 */
final class FuzzChecks {

    /** The reader's catch-all for a row that threw: it hides a bug, so a fuzz target treats it as a finding. */
    private static final Pattern CATCH_ALL = Pattern.compile("could not be read \\([A-Za-z]*(Exception|Error)\\)");
    /** Reader messages are fixed English texts: a character outside this set would be archive content leaking. */
    private static final Pattern MESSAGE = Pattern.compile("[\\x20-\\x7e]*");

    private FuzzChecks() {
    }

    /** Warnings: fixed texts (no archive content), about a file, never the trace of a caught bug. */
    static void warnings(List<ArchiveWarning> warnings) {
        for (ArchiveWarning w : warnings) {
            if (w.message() == null || !MESSAGE.matcher(w.message()).matches()) {
                throw new AssertionError("warning message with characters a reader text never has: " + w);
            }
            if (CATCH_ALL.matcher(w.message()).find()) {
                throw new AssertionError("a row made the reader throw (hidden by its catch-all): " + w);
            }
            if ((w.line() != null && w.line() < 1) || (w.column() != null && w.column() < 1)) {
                throw new AssertionError("location before the start of the file: " + w);
            }
        }
    }

    /** Only {@code allowed} problems may stop a reading; anything else is a finding. */
    static void problem(FledgeException e, Set<ProblemType> allowed) {
        if (!allowed.contains(e.type())) {
            throw new AssertionError("unexpected problem " + e.type() + ": " + e.detail(), e);
        }
        if (e.detail() == null || !MESSAGE.matcher(e.detail()).matches()) {
            throw new AssertionError("problem detail with characters a reader text never has: " + e.detail());
        }
    }

    /**
     * The text/offset contract of {@link Post}: every entity and style range lies inside the text, lists are
     * ordered by position, a link's range shows its expanded URL, mentions start with {@code @} and tags with their
     * sign.
     */
    static void post(Post post) {
        String text = post.text() == null ? "" : post.text();
        int previous = 0;
        for (LinkEntity link : post.entities().links()) {
            range(post, text, link.start(), link.end(), previous, "link");
            previous = link.start();
            if (!text.substring(link.start(), link.end()).equals(link.expandedUrl())) {
                throw new AssertionError("link range does not show its expanded URL in post " + post.id());
            }
        }
        previous = 0;
        for (MentionEntity mention : post.entities().mentions()) {
            range(post, text, mention.start(), mention.end(), previous, "mention");
            previous = mention.start();
            sign(post, text, mention.start(), "@＠", "mention");
        }
        previous = 0;
        for (TagEntity tag : post.entities().hashtags()) {
            range(post, text, tag.start(), tag.end(), previous, "hashtag");
            previous = tag.start();
            sign(post, text, tag.start(), "#＃", "hashtag");
        }
        previous = 0;
        for (TagEntity tag : post.entities().cashtags()) {
            range(post, text, tag.start(), tag.end(), previous, "cashtag");
            previous = tag.start();
            sign(post, text, tag.start(), "$＄", "cashtag");
        }
        for (StyleRange style : post.styles()) {
            if (style.start() < 0 || style.start() >= style.end() || style.end() > text.length()
                    || style.styles().isEmpty()) {
                throw new AssertionError("style range [" + style.start() + ", " + style.end() + ") in a text of "
                        + text.length() + " units, post " + post.id());
            }
        }
    }

    private static void range(Post post, String text, int start, int end, int previous, String what) {
        if (start < 0 || start >= end || end > text.length()) {
            throw new AssertionError(what + " range [" + start + ", " + end + ") in a text of " + text.length()
                    + " units, post " + post.id());
        }
        if (start < previous) {
            throw new AssertionError(what + "s not ordered by position in post " + post.id());
        }
    }

    private static void sign(Post post, String text, int start, String signs, String what) {
        if (signs.indexOf(text.charAt(start)) < 0) {
            throw new AssertionError(what + " range does not start with its sign in post " + post.id());
        }
    }
}
