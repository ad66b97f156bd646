package dev.fledge.xarchive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.model.MediaFileRef;
import dev.fledge.model.Profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads profile.js (bio, website, location, avatar and header) and finds the avatar and header files in
 * {@code profile_media/} (FORMAT.md §2.1): avatar {@code <accountId>-<last segment of avatarMediaUrl>}, header
 * {@code <accountId>-<last segment of headerMediaUrl>.jpg}; when that name is absent, any file of the folder named
 * {@code <id>-<segment>} with any extension. Classic archives have only the bio of user_details.js.
 */
final class ProfileReader {

    /** Most names of the profile media folder looked at for the fallback (real archives have two). */
    private static final int MAX_FOLDER_NAMES = 10_000;

    private ProfileReader() {
    }

    /** The profile, or null when the archive has no profile data at all. */
    static Profile read(ArchiveContent content, ArchiveLayout layout, DataFileReader reader, Warnings warnings,
                        String accountId, String classicBio) {
        Profile[] result = new Profile[1];
        List<String> folders = layout.mediaFolders(ArchiveLayout.MediaRole.PROFILE);
        for (String file : layout.files(DataKind.PROFILE)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, DataKind.PROFILE.rowKeys, warnings, (row, issues) -> {
                if (result[0] != null || row.isEmpty()) {
                    return;
                }
                JsonNode description = row.path("description");
                result[0] = new Profile(
                        JsonFields.text(description, "bio"),
                        JsonFields.text(description, "website"),
                        JsonFields.text(description, "location"),
                        media(content, folders, accountId, JsonFields.text(row, "avatarMediaUrl"), false),
                        media(content, folders, accountId, JsonFields.text(row, "headerMediaUrl"), true));
            });
        }
        if (result[0] == null && classicBio != null) {
            result[0] = new Profile(classicBio, null, null, null, null);
        }
        return result[0];
    }

    static MediaFileRef media(ArchiveContent content, List<String> folders, String accountId, String url,
                              boolean header) {
        if (url == null) {
            return null;
        }
        if (!url.contains("://")) {
            String relative = url.startsWith("./") ? url.substring(2) : url;
            if (content.entry(relative).isPresent()) {
                return new MediaFileRef(url, relative);
            }
        }
        String segment = MediaNames.lastSegment(url);
        if (segment.isEmpty()) {
            return new MediaFileRef(url, null);
        }
        for (String folder : folders) {
            if (accountId != null) {
                String exact = folder + accountId + "-" + segment;
                if (content.entry(exact).isPresent()) {
                    return new MediaFileRef(url, exact);
                }
                if (header && segment.indexOf('.') < 0 && content.entry(exact + ".jpg").isPresent()) {
                    return new MediaFileRef(url, exact + ".jpg");
                }
            }
        }
        for (String folder : folders) {
            String found = findInFolder(content, folder, accountId, segment);
            if (found != null) {
                return new MediaFileRef(url, found);
            }
        }
        return new MediaFileRef(url, null);
    }

    /** A file {@code <id>-<segment>} or {@code <id>-<segment without extension>.<ext>}, the owner's id preferred. */
    private static String findInFolder(ArchiveContent content, String folder, String accountId, String segment) {
        String stem = segment.contains(".") ? segment.substring(0, segment.lastIndexOf('.')) : segment;
        List<String> matches = new ArrayList<>();
        int[] seen = new int[1];
        content.forEachEntry(folder, entry -> {
            if (seen[0]++ >= MAX_FOLDER_NAMES) {
                return;
            }
            String name = entry.path().substring(folder.length());
            int dash = name.indexOf('-');
            if (dash <= 0 || name.indexOf('/') >= 0) {
                return;
            }
            String rest = name.substring(dash + 1);
            if (rest.equals(segment) || rest.startsWith(stem + ".")) {
                matches.add(entry.path());
            }
        });
        if (accountId != null) {
            for (String match : matches) {
                if (match.startsWith(folder + accountId + "-")) {
                    return match;
                }
            }
        }
        return matches.isEmpty() ? null : matches.get(0);
    }
}
