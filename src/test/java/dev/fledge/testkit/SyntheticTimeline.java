package dev.fledge.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static dev.fledge.testkit.TextPart.cashtag;
import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;

/**
 * The posts of a synthetic archive, made one at a time from a seed, oldest first. Two timelines with the same
 * arguments produce exactly the same posts, which lets the generator walk the timeline once per file instead of
 * keeping posts in memory. Mix (FORMAT.md-realistic): ~45% plain posts, 20% replies to others, 10% self-thread
 * replies, 15% retweets (a third cut at 140 characters), 5% quotes, 1% long posts, 1% edited posts, a few
 * mention-first posts; 20% of posts (quotes excepted, so their link stays last) carry 1–4 photos, a video or
 * a GIF.
 */
final class SyntheticTimeline {
    static final Instant START = Instant.parse("2012-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2024-11-01T00:00:00Z");
    private static final Instant X_COM_SINCE = Instant.parse("2023-07-24T00:00:00Z");

    private final SplittableRandom random;
    private final Names names;
    private final XUser owner;
    private final List<XUser> people;
    private final int count;
    private final boolean realisticMedia;
    private final int mediaScale;
    private final boolean edits;
    private final long meanGapMillis;
    private int produced;
    private Instant clock = START;
    private String previousId;

    /**
     * @param edits whether edited posts can occur (G3 only)
     */
    SyntheticTimeline(long seed, int count, XUser owner, List<XUser> people, boolean realisticMedia, int mediaScale,
                      boolean edits) {
        this.mediaScale = mediaScale;
        this.random = new SplittableRandom(seed);
        this.names = new Names(seed * 31 + 7);
        this.owner = owner;
        this.people = people;
        this.count = count;
        this.realisticMedia = realisticMedia;
        this.edits = edits;
        // 90% of posts are spaced by ~meanGap; self-replies (10%, ~310 s after the previous post) and edits (1%,
        // ~1,370 s of versions) add about 45 s per post: spread the rest so the timeline fills ~95% of the span
        double perPost = 0.95 * Duration.between(START, END).toMillis() / Math.max(1, count);
        this.meanGapMillis = Math.max(1_000, (long) ((perPost - 45_000) / 0.9));
    }

    boolean hasNext() {
        return produced < count;
    }

    /** The next post as its versions, oldest first (one version unless edited). */
    List<ResolvedPost> next() {
        produced++;
        int roll = random.nextInt(1000);
        boolean selfReply = roll >= 650 && roll < 750 && previousId != null;
        long gap = selfReply ? random.nextLong(20_000, 600_000)
                : (long) (meanGapMillis * (0.2 + 1.6 * random.nextDouble()));
        clock = clock.plusMillis(gap);
        List<ResolvedPost> versions;
        if (roll < 450) {
            versions = single(plain(PostSpec.Kind.POST));
        } else if (roll < 650) {
            PostSpec spec = plain(PostSpec.Kind.REPLY);
            spec.target = person();
            spec.replyToStatusId = names.snowflake(clock.minusSeconds(random.nextInt(60, 86_400)));
            if (random.nextInt(12) == 0) {
                spec.withoutReplyScreenName();
            }
            versions = single(spec);
        } else if (roll < 750) {
            PostSpec spec = plain(selfReply ? PostSpec.Kind.SELF_REPLY : PostSpec.Kind.POST);
            spec.replyToStatusId = previousId;
            versions = single(spec);
        } else if (roll < 900) {
            PostSpec spec = new PostSpec(PostSpec.Kind.RETWEET);
            spec.target = random.nextInt(30) == 0 ? XUser.gone(Vocabulary.screenName(random)) : person();
            boolean longOriginal = random.nextInt(3) == 0;
            spec.text(longOriginal ? Vocabulary.paragraph(random, random.nextInt(160, 260))
                    : Vocabulary.sentence(random, 3, 14));
            maybeMedia(spec);
            versions = single(spec);
        } else if (roll < 950) {
            // no media on quotes: the quote link stays the last thing in the text, as readers expect
            PostSpec spec = plain(PostSpec.Kind.POST, false);
            XUser author = person();
            boolean xcom = clock.isAfter(X_COM_SINCE) && random.nextBoolean();
            spec.quoting("https://" + (xcom ? "x.com/" : "twitter.com/") + author.screenName() + "/status/"
                    + names.snowflake(clock.minusSeconds(random.nextInt(60, 864_000))) + (xcom ? "?s=20" : ""));
            versions = single(spec);
        } else if (roll < 960) {
            PostSpec spec = new PostSpec(PostSpec.Kind.POST);
            spec.longPost = true;
            spec.text(Vocabulary.sentence(random, 3, 8) + " ", hashtag(Vocabulary.word(random)), " ",
                    Vocabulary.paragraph(random, random.nextInt(300, 1500)));
            versions = single(spec);
        } else if (roll < 970 && edits) {
            versions = edited();
        } else if (roll < 975) {
            PostSpec spec = plain(PostSpec.Kind.MENTION_FIRST);
            spec.target = person();
            versions = single(spec);
        } else {
            versions = single(plain(PostSpec.Kind.POST));
        }
        ResolvedPost last = versions.get(versions.size() - 1);
        previousId = last.id;
        clock = last.createdAt;
        return versions;
    }

    private List<ResolvedPost> single(PostSpec spec) {
        return List.of(resolve(spec, clock));
    }

    private List<ResolvedPost> edited() {
        List<ResolvedPost> versions = new ArrayList<>();
        String text = Vocabulary.sentence(random, 4, 20);
        Instant at = clock;
        int count = random.nextInt(2, 4);
        for (int i = 0; i < count; i++) {
            PostSpec spec = new PostSpec(PostSpec.Kind.POST);
            spec.text(i == 0 ? text : text + " " + Vocabulary.word(random));
            versions.add(resolve(spec, at));
            at = at.plusMillis(random.nextLong(30_000, 1_800_000));
        }
        ResolvedPost.linkEdits(versions);
        return versions;
    }

    private ResolvedPost resolve(PostSpec spec, Instant at) {
        spec.at(at);
        return new ResolvedPost(spec, names, owner, at);
    }

    /** A post of ordinary text with a few entities, maybe with media. */
    private PostSpec plain(PostSpec.Kind kind) {
        return plain(kind, true);
    }

    private PostSpec plain(PostSpec.Kind kind, boolean media) {
        PostSpec spec = new PostSpec(kind);
        List<Object> parts = new ArrayList<>();
        parts.add(Vocabulary.sentence(random, 3, 22));
        if (random.nextInt(10) == 0) {
            parts.add(" ");
            parts.add(mention(person()));
            parts.add(" " + Vocabulary.sentence(random, 2, 8));
        }
        if (random.nextInt(8) == 0) {
            parts.add(" ");
            parts.add(hashtag(Vocabulary.word(random) + (random.nextBoolean() ? Vocabulary.word(random) : "")));
        }
        if (random.nextInt(25) == 0) {
            parts.add(" ");
            parts.add(cashtag(Vocabulary.word(random).toUpperCase(Locale.ROOT)));
        }
        if (random.nextInt(12) == 0) {
            parts.add(" ");
            parts.add(link("https://" + Vocabulary.word(random) + ".example/" + Vocabulary.word(random) + "/"
                    + random.nextInt(1, 100_000)));
        }
        spec.text(parts.toArray());
        if (random.nextInt(6) == 0) {
            spec.lang(random.nextBoolean() ? "und" : "es");
        }
        spec.counts(random.nextInt(8) == 0 ? random.nextInt(1, 500) : 0, random.nextInt(20) == 0 ? random.nextInt(1, 50) : 0);
        if (media) {
            maybeMedia(spec);
        }
        return spec;
    }

    private void maybeMedia(PostSpec spec) {
        if (random.nextInt(5) != 0) {
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 75) {
            int photos = random.nextInt(1, 5);
            for (int i = 0; i < photos; i++) {
                spec.addMedia(MediaKind.PHOTO, realisticMedia ? mediaScale * random.nextInt(100_000, 400_001) : -1);
            }
        } else if (roll < 93) {
            spec.addMedia(MediaKind.VIDEO, realisticMedia ? mediaScale * random.nextInt(1_000_000, 5_000_001) : -1);
        } else {
            spec.addMedia(MediaKind.GIF, realisticMedia ? mediaScale * random.nextInt(200_000, 1_000_001) : -1);
        }
    }

    private XUser person() {
        return people.get(random.nextInt(people.size()));
    }
}
