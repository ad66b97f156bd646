package dev.fledge.xarchive.posts;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.model.MediaFileCounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the archive file of each media item (FORMAT.md §2.1).
 *
 * <p>The expected name is {@code <post id>-<file name X used>}; it is looked up directly in every media folder.
 * When that misses, the post id and the file extension are remembered (8 bytes plus a shared extension string per
 * miss); once all posts are in, {@link #resolveMisses()} lists the media folders a single time and keeps only the
 * entries whose name starts with a missed post id, then hands each missed item a file of that post with the same
 * extension (timhutton's fallback: files renamed by another exporter, other variants). Nothing is listed when
 * nothing was missed.
 */
final class MediaLinker {

    private final ArchiveContent content;
    private final List<String> folders;

    private long items;
    private long linkedDirectly;

    private int misses;
    private long[] missPostIds = new long[16];
    private String[] missExtensions = new String[16];
    private final Map<String, String> extensions = new HashMap<>();

    private boolean resolved;
    private long linkedByFallback;
    private final Map<Long, String[]> fallbackPaths = new HashMap<>();

    MediaLinker(ArchiveContent content, List<String> folders) {
        this.content = content;
        List<String> normalized = new ArrayList<>();
        if (folders != null) {
            for (String folder : folders) {
                if (folder != null && !folder.isEmpty()) {
                    normalized.add(folder.endsWith("/") ? folder : folder + "/");
                }
            }
        }
        this.folders = List.copyOf(normalized);
    }

    /**
     * The archive path of {@code fileName} (the name without the post id prefix), or null. A miss is remembered
     * for {@link #resolveMisses()}.
     */
    String find(long postId, String postIdText, String fileName) {
        items++;
        if (fileName != null && content != null) {
            String name = postIdText + "-" + fileName;
            for (String folder : folders) {
                String path = folder + name;
                if (content.entry(path).isPresent()) {
                    linkedDirectly++;
                    return path;
                }
            }
        }
        remember(postId, extension(fileName));
        return null;
    }

    private void remember(long postId, String extension) {
        if (misses == missPostIds.length) {
            missPostIds = Arrays.copyOf(missPostIds, misses * 2);
            missExtensions = Arrays.copyOf(missExtensions, misses * 2);
        }
        missPostIds[misses] = postId;
        missExtensions[misses] = extension;
        misses++;
    }

    /** Lower-case extension without the dot, shared between calls; "" when there is none. */
    private String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extensions.computeIfAbsent(ext, e -> e);
    }

    /** Lists the media folders once (if anything was missed) and assigns fallback files. Idempotent. */
    void resolveMisses() {
        if (resolved) {
            return;
        }
        resolved = true;
        if (misses == 0 || content == null || folders.isEmpty()) {
            return;
        }
        long[] wanted = Arrays.copyOf(missPostIds, misses);
        Arrays.sort(wanted);
        Map<Long, List<String>> candidates = new HashMap<>();
        for (String folder : folders) {
            content.forEachEntry(folder, entry -> {
                String name = entry.fileName();
                int dash = name.indexOf('-');
                if (dash <= 0 || entry.path().length() != folder.length() + name.length()) {
                    return;
                }
                long id = Json.parseLong(name.substring(0, dash));
                if (id != Json.NO_NUMBER && Arrays.binarySearch(wanted, id) >= 0) {
                    candidates.computeIfAbsent(id, k -> new ArrayList<>(2)).add(entry.path());
                }
            });
        }
        if (candidates.isEmpty()) {
            return;
        }
        // per post, in the order the items were missed
        Map<Long, List<String>> assigned = new HashMap<>();
        for (int i = 0; i < misses; i++) {
            long postId = missPostIds[i];
            List<String> files = candidates.get(postId);
            String chosen = null;
            if (files != null) {
                for (int f = 0; f < files.size(); f++) {
                    String path = files.get(f);
                    if (path != null && extension(path).equals(missExtensions[i])) {
                        chosen = path;
                        files.set(f, null);
                        break;
                    }
                }
            }
            if (chosen != null) {
                linkedByFallback++;
            }
            assigned.computeIfAbsent(postId, k -> new ArrayList<>(1)).add(chosen);
        }
        for (Map.Entry<Long, List<String>> e : assigned.entrySet()) {
            if (e.getValue().stream().anyMatch(p -> p != null)) {
                fallbackPaths.put(e.getKey(), e.getValue().toArray(new String[0]));
            }
        }
    }

    /**
     * Files found by the fallback for the media items of {@code postId} that had no direct match, in item order
     * (null entries: still missing); null when there are none.
     */
    String[] fallbackFor(long postId) {
        return fallbackPaths.get(postId);
    }

    MediaFileCounts counts() {
        long linked = linkedDirectly + linkedByFallback;
        return new MediaFileCounts(items, linked, items - linked);
    }
}
