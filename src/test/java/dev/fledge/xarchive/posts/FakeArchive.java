package dev.fledge.xarchive.posts;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** An archive that only has entry names (no bytes), and counts how often it is listed. */
final class FakeArchive implements ArchiveContent {

    private final Set<String> paths;
    int listings;
    int lookups;

    FakeArchive(String... paths) {
        this.paths = new LinkedHashSet<>(List.of(paths));
    }

    @Override
    public String root() {
        return "";
    }

    @Override
    public Optional<ArchiveEntry> entry(String path) {
        lookups++;
        return paths.contains(path) ? Optional.of(new ArchiveEntry(path, 1, 1)) : Optional.empty();
    }

    @Override
    public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
        listings++;
        for (String path : paths) {
            if (path.startsWith(prefix)) {
                action.accept(new ArchiveEntry(path, 1, 1));
            }
        }
    }

    @Override
    public InputStream open(ArchiveEntry entry) {
        throw new UnsupportedOperationException("names only");
    }

    @Override
    public int entryCount() {
        return paths.size();
    }

    @Override
    public long totalUncompressedSize() {
        return paths.size();
    }

    @Override
    public void close() {
    }
}
