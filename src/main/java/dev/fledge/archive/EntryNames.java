package dev.fledge.archive;

/**
 * Rules for ZIP entry names: normalization ({@code \} is a separator), safety, hidden macOS clutter, display in
 * problem details, and the name hash of the archive index.
 */
final class EntryNames {
    private static final int MAX_SHOWN = 200;
    private static final long FNV_PRIME = 0x100000001b3L;

    private EntryNames() {
    }

    static String normalize(String rawName) {
        return rawName.replace('\\', '/');
    }

    /** Why a normalized name must be refused ("contains a control character", ...), or null when it is safe. */
    static String unsafeReason(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "contains a control character";
            }
        }
        if (name.charAt(0) == '/') {
            return "is an absolute path";
        }
        char first = Character.toLowerCase(name.charAt(0));
        if (name.length() >= 2 && name.charAt(1) == ':' && first >= 'a' && first <= 'z') {
            return "starts with a drive letter";
        }
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('/', start);
            if (end < 0) {
                end = name.length();
            }
            if (end - start == 2 && name.startsWith("..", start)) {
                return "contains a '..' segment";
            }
            start = end + 1;
        }
        return null;
    }

    static boolean isDirectory(String name) {
        return name.endsWith("/");
    }

    /** macOS clutter: anything in a {@code __MACOSX/} folder (at any depth) and {@code .DS_Store} files. */
    static boolean isHidden(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/__MACOSX/")
                || name.equals(".DS_Store") || name.endsWith("/.DS_Store");
    }

    /** The name as it may appear in a problem detail: quoted, see {@link #escape}. */
    static String forDetail(String name) {
        return '"' + escape(name) + '"';
    }

    /** The name with control, format and quote characters written as {@code \\uXXXX}, shortened when long. */
    static String escape(String name) {
        StringBuilder shown = new StringBuilder(Math.min(name.length(), MAX_SHOWN) + 8);
        for (int i = 0; i < name.length() && i < MAX_SHOWN; i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || c == '"') {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return name.length() > MAX_SHOWN ? shown.append('…').toString() : shown.toString();
    }

    /** Continues a seeded 64-bit FNV-1a hash over {@code chars}; {@code hash(hash(h, a), b) == hash(h, a + b)}. */
    static long hash(long h, CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            h = (h ^ chars.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** Mixes the bits of an FNV state (murmur3 finalizer) so that its high bits are usable on their own. */
    static long finish(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
