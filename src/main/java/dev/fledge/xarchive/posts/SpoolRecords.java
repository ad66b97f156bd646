package dev.fledge.xarchive.posts;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaKind;
import dev.fledge.model.MentionEntity;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The binary form of a {@link PostDraft} in the spool. Layout (format version {@link #VERSION}): varint-length
 * UTF-8 strings (length+1, 0 = null), zig-zag varints for numbers, one byte per enum and flag; the field order is
 * the order of the code below. Encoding reuses one growable byte array; decoding reads from a byte array slice.
 */
final class SpoolRecords {

    static final int VERSION = 1;

    private static final MediaKind[] MEDIA_KINDS = MediaKind.values();
    private static final PostKind[] POST_KINDS = PostKind.values();
    private static final PostOrigin[] ORIGINS = PostOrigin.values();
    private static final TextStyle[] STYLES = TextStyle.values();

    private SpoolRecords() {
    }

    /** A growable byte buffer with the writes the record format needs. */
    static final class Encoder {
        byte[] bytes = new byte[1024];
        int size;

        void reset() {
            size = 0;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void writeByte(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void writeVarLong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        /** Signed values (zig-zag), including the {@code null} sentinel {@link Long#MIN_VALUE}. */
        void writeLong(long v) {
            writeVarLong((v << 1) ^ (v >> 63));
        }

        void writeNullableLong(Long v) {
            if (v == null) {
                writeByte(0);
            } else {
                writeByte(1);
                writeLong(v);
            }
        }

        void writeNullableInt(Integer v) {
            if (v == null) {
                writeByte(0);
            } else {
                writeByte(1);
                writeLong(v);
            }
        }

        private char[] chars = new char[256];

        /**
         * Length+1 as a varint, then UTF-8, encoded in one pass straight into the buffer (the length slot is
         * guessed as one byte and widened afterwards when the text is 127 bytes or longer).
         */
        void writeString(String s) {
            if (s == null) {
                writeVarLong(0);
                return;
            }
            int len = s.length();
            if (chars.length < len) {
                chars = new char[Math.max(len, chars.length * 2)];
            }
            s.getChars(0, len, chars, 0);
            ensure(1 + len * 3);
            int lengthAt = size;
            int p = size + 1;
            byte[] b = bytes;
            char[] c = chars;
            for (int i = 0; i < len; i++) {
                char ch = c[i];
                if (ch < 0x80) {
                    b[p++] = (byte) ch;
                } else if (ch < 0x800) {
                    b[p++] = (byte) (0xC0 | (ch >> 6));
                    b[p++] = (byte) (0x80 | (ch & 0x3F));
                } else if (Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(c[i + 1])) {
                    int cp = Character.toCodePoint(ch, c[++i]);
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    if (Character.isSurrogate(ch)) {
                        ch = '\uFFFD'; // a lone surrogate cannot be UTF-8 encoded
                    }
                    b[p++] = (byte) (0xE0 | (ch >> 12));
                    b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (ch & 0x3F));
                }
            }
            int encoded = p - lengthAt - 1;
            long prefix = encoded + 1L;
            if (prefix < 0x80) {
                b[lengthAt] = (byte) prefix;
                size = p;
                return;
            }
            int prefixBytes = 0;
            for (long v = prefix; v != 0; v >>>= 7) {
                prefixBytes++;
            }
            ensure(prefixBytes);
            System.arraycopy(bytes, lengthAt + 1, bytes, lengthAt + prefixBytes, encoded);
            size = lengthAt;
            writeVarLong(prefix);
            size = lengthAt + prefixBytes + encoded;
        }
    }

    /** Reads what {@link Encoder} wrote. */
    static final class Decoder {
        private byte[] bytes;
        private int pos;

        Decoder(byte[] bytes, int pos) {
            this.bytes = bytes;
            this.pos = pos;
        }

        int readByte() {
            return bytes[pos++] & 0xFF;
        }

        long readVarLong() {
            long result = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[pos++];
                result |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return result;
                }
                shift += 7;
            }
        }

        long readLong() {
            long v = readVarLong();
            return (v >>> 1) ^ -(v & 1);
        }

        int readInt() {
            return (int) readLong();
        }

        Long readNullableLong() {
            return readByte() == 0 ? null : readLong();
        }

        Integer readNullableInt() {
            return readByte() == 0 ? null : (int) readLong();
        }

        String readString() {
            long n = readVarLong();
            if (n == 0) {
                return null;
            }
            int len = (int) (n - 1);
            String s = new String(bytes, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }
    }

    static void writePost(Encoder e, PostDraft p) {
        e.writeByte(VERSION);
        e.writeString(p.id);
        e.writeLong(p.createdAtMillis);
        e.writeString(p.text);
        e.writeString(p.language);
        e.writeByte(p.kind.ordinal());
        if (p.replyTo == null) {
            e.writeByte(0);
        } else {
            e.writeByte(p.replyTo.self() ? 2 : 1);
            e.writeString(p.replyTo.postId());
            e.writeString(p.replyTo.userId());
            e.writeString(p.replyTo.screenName());
        }
        e.writeString(p.quotedUrl);
        if (p.retweetOf == null) {
            e.writeByte(0);
        } else {
            RetweetSource r = p.retweetOf;
            e.writeByte(r.truncated() ? 2 : 1);
            e.writeString(r.screenName());
            e.writeString(r.userId());
            e.writeString(r.originalPostId());
            e.writeString(r.originalUrl());
        }
        writeEntities(e, p);
        e.writeVarLong(p.media.size());
        for (PostMedia m : p.media) {
            e.writeString(m.id());
            e.writeByte(m.kind().ordinal());
            e.writeString(m.archivePath());
            e.writeString(m.contentType());
            e.writeNullableInt(m.width());
            e.writeNullableInt(m.height());
            e.writeString(m.altText());
            e.writeString(m.originalUrl());
            e.writeVarLong(m.videoVariants().size());
            for (VideoVariant v : m.videoVariants()) {
                e.writeString(v.url());
                e.writeString(v.contentType());
                e.writeNullableLong(v.bitrate());
            }
            e.writeNullableLong(m.durationMillis());
            e.writeString(m.sourcePostId());
        }
        e.writeByte(p.sensitive == null ? 0 : p.sensitive ? 2 : 1);
        if (p.sourceApp == null) {
            e.writeByte(0);
        } else {
            e.writeByte(1);
            e.writeString(p.sourceApp.name());
            e.writeString(p.sourceApp.url());
        }
        e.writeNullableLong(p.likeCount);
        e.writeNullableLong(p.repostCount);
        e.writeByte(p.longPost ? 1 : 0);
        writeStyles(e, p.styles);
        e.writeByte(p.origin.ordinal());
        e.writeNullableLong(p.deletedAt == null ? null : p.deletedAt.toEpochMilli());
        e.writeString(p.communityId);
    }

    static PostDraft readPost(Decoder d) {
        int version = d.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("spool record version " + version);
        }
        PostDraft p = new PostDraft();
        p.id = d.readString();
        p.createdAtMillis = d.readLong();
        p.text = d.readString();
        p.language = d.readString();
        p.kind = POST_KINDS[d.readByte()];
        int reply = d.readByte();
        if (reply != 0) {
            p.replyTo = new ReplyTarget(d.readString(), d.readString(), d.readString(), reply == 2);
        }
        p.quotedUrl = d.readString();
        int retweet = d.readByte();
        if (retweet != 0) {
            p.retweetOf = new RetweetSource(d.readString(), d.readString(), retweet == 2, d.readString(),
                    d.readString());
        }
        readEntities(d, p);
        int media = (int) d.readVarLong();
        if (media > 0) {
            List<PostMedia> list = new ArrayList<>(media);
            for (int i = 0; i < media; i++) {
                String id = d.readString();
                MediaKind kind = MEDIA_KINDS[d.readByte()];
                String path = d.readString();
                String type = d.readString();
                Integer width = d.readNullableInt();
                Integer height = d.readNullableInt();
                String alt = d.readString();
                String originalUrl = d.readString();
                int variants = (int) d.readVarLong();
                List<VideoVariant> vs = new ArrayList<>(variants);
                for (int j = 0; j < variants; j++) {
                    vs.add(new VideoVariant(d.readString(), d.readString(), d.readNullableLong()));
                }
                Long duration = d.readNullableLong();
                String sourcePostId = d.readString();
                list.add(new PostMedia(id, kind, path, type, width, height, alt, originalUrl, vs, duration,
                        sourcePostId));
            }
            p.media = list;
        }
        int sensitive = d.readByte();
        p.sensitive = sensitive == 0 ? null : sensitive == 2;
        if (d.readByte() != 0) {
            p.sourceApp = new SourceApp(d.readString(), d.readString());
        }
        p.likeCount = d.readNullableLong();
        p.repostCount = d.readNullableLong();
        p.longPost = d.readByte() != 0;
        p.styles = readStyles(d);
        p.origin = ORIGINS[d.readByte()];
        Long deleted = d.readNullableLong();
        p.deletedAt = deleted == null ? null : Instant.ofEpochMilli(deleted);
        p.communityId = d.readString();
        return p;
    }

    /** A note tweet's converted content: text, entities (mentions without ids) and styles. */
    static void writeNote(Encoder e, PostDraft note) {
        e.writeByte(VERSION);
        e.writeString(note.text);
        writeEntities(e, note);
        writeStyles(e, note.styles);
    }

    static PostDraft readNote(Decoder d) {
        int version = d.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("spool record version " + version);
        }
        PostDraft note = new PostDraft();
        note.text = d.readString();
        readEntities(d, note);
        note.styles = readStyles(d);
        return note;
    }

    private static void writeEntities(Encoder e, PostDraft p) {
        e.writeVarLong(p.links.size());
        for (LinkEntity l : p.links) {
            e.writeLong(l.start());
            e.writeLong(l.end());
            e.writeString(l.url());
            e.writeString(l.expandedUrl());
            e.writeString(l.displayUrl());
        }
        e.writeVarLong(p.mentions.size());
        for (MentionEntity m : p.mentions) {
            e.writeLong(m.start());
            e.writeLong(m.end());
            e.writeString(m.userId());
            e.writeString(m.screenName());
        }
        writeTags(e, p.hashtags);
        writeTags(e, p.cashtags);
    }

    private static void readEntities(Decoder d, PostDraft p) {
        int links = (int) d.readVarLong();
        if (links > 0) {
            List<LinkEntity> list = new ArrayList<>(links);
            for (int i = 0; i < links; i++) {
                list.add(new LinkEntity(d.readInt(), d.readInt(), d.readString(), d.readString(), d.readString()));
            }
            p.links = list;
        }
        int mentions = (int) d.readVarLong();
        if (mentions > 0) {
            List<MentionEntity> list = new ArrayList<>(mentions);
            for (int i = 0; i < mentions; i++) {
                list.add(new MentionEntity(d.readInt(), d.readInt(), d.readString(), d.readString()));
            }
            p.mentions = list;
        }
        p.hashtags = readTags(d);
        p.cashtags = readTags(d);
    }

    private static void writeTags(Encoder e, List<TagEntity> tags) {
        e.writeVarLong(tags.size());
        for (TagEntity t : tags) {
            e.writeLong(t.start());
            e.writeLong(t.end());
            e.writeString(t.text());
        }
    }

    private static List<TagEntity> readTags(Decoder d) {
        int n = (int) d.readVarLong();
        if (n == 0) {
            return List.of();
        }
        List<TagEntity> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new TagEntity(d.readInt(), d.readInt(), d.readString()));
        }
        return list;
    }

    private static void writeStyles(Encoder e, List<StyleRange> styles) {
        e.writeVarLong(styles.size());
        for (StyleRange s : styles) {
            e.writeLong(s.start());
            e.writeLong(s.end());
            int mask = 0;
            for (TextStyle t : s.styles()) {
                mask |= 1 << t.ordinal();
            }
            e.writeVarLong(mask);
        }
    }

    private static List<StyleRange> readStyles(Decoder d) {
        int n = (int) d.readVarLong();
        if (n == 0) {
            return List.of();
        }
        List<StyleRange> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = d.readInt();
            int end = d.readInt();
            int mask = (int) d.readVarLong();
            List<TextStyle> styles = new ArrayList<>(2);
            for (TextStyle t : STYLES) {
                if ((mask & (1 << t.ordinal())) != 0) {
                    styles.add(t);
                }
            }
            list.add(new StyleRange(start, end, styles));
        }
        return list;
    }
}
