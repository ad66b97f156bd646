package dev.fledge.xarchive;

import dev.fledge.model.MediaFileRef;
import dev.fledge.model.Profile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileReaderTest {

    private static final String AVATAR = "https://pbs.twimg.com/profile_images/1621934215984988162/kZW7LH6v.jpg";
    private static final String HEADER = "https://pbs.twimg.com/profile_banners/52338276/1677705247";
    private static final String PROFILE = """
            window.YTD.profile.part0 = [
              {
                "profile" : {
                  "description" : {
                    "bio" : "Data Engineer @tinybirdco",
                    "website" : "https://t.co/FBrSGVsh1R",
                    "location" : "VLC"
                  },
                  "avatarMediaUrl" : "%s",
                  "headerMediaUrl" : "%s"
                }
              }
            ]""".formatted(AVATAR, HEADER);

    private final Warnings warnings = new Warnings();

    private Profile read(InMemoryArchive archive, String accountId, String classicBio) {
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        return ProfileReader.read(archive, layout, reader, warnings, accountId, classicBio);
    }

    @Test
    void findsAvatarAndHeaderInProfileMedia() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/profile.js", PROFILE)
                .with("data/profile_media/52338276-kZW7LH6v.jpg", "x")
                .with("data/profile_media/52338276-1677705247.jpg", "x");
        Profile profile = read(archive, "52338276", null);
        assertEquals("Data Engineer @tinybirdco", profile.bio());
        assertEquals("https://t.co/FBrSGVsh1R", profile.website());
        assertEquals("VLC", profile.location());
        assertEquals(new MediaFileRef(AVATAR, "data/profile_media/52338276-kZW7LH6v.jpg"), profile.avatar());
        assertEquals(new MediaFileRef(HEADER, "data/profile_media/52338276-1677705247.jpg"), profile.header());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void missingFilesGiveANullPath() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/profile.js", PROFILE);
        Profile profile = read(archive, "52338276", null);
        assertEquals(new MediaFileRef(AVATAR, null), profile.avatar());
        assertEquals(new MediaFileRef(HEADER, null), profile.header());
    }

    @Test
    void fallsBackToAFileWithTheSameNameStemWhenTheAccountIdIsUnknown() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/profile.js", PROFILE)
                .with("data/profile_media/52338276-kZW7LH6v.jpg", "x")
                .with("data/profile_media/52338276-1677705247.png", "x");
        Profile profile = read(archive, null, null);
        assertEquals("data/profile_media/52338276-kZW7LH6v.jpg", profile.avatar().archivePath());
        assertEquals("data/profile_media/52338276-1677705247.png", profile.header().archivePath());
    }

    @Test
    void aRelativeAvatarPathPointingIntoTheArchiveIsUsed() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/profile.js", """
                        window.YTD.profile.part0 = [ { "profile" : {
                          "description" : { "bio" : "", "website" : "", "location" : "" },
                          "avatarMediaUrl" : "./data/profile_media/1-me.jpg" } } ]""")
                .with("data/profile_media/1-me.jpg", "x");
        Profile profile = read(archive, "1", null);
        assertEquals("data/profile_media/1-me.jpg", profile.avatar().archivePath());
        assertNull(profile.header());
        assertNull(profile.bio());
        assertNull(profile.website());
    }

    @Test
    void classicArchivesHaveOnlyTheBio() {
        InMemoryArchive archive = new InMemoryArchive().with("tweets.csv", "\"tweet_id\"\n");
        Profile profile = read(archive, "1", "A book");
        assertEquals(new Profile("A book", null, null, null, null), profile);
    }

    @Test
    void noProfileDataGivesNull() {
        InMemoryArchive archive = new InMemoryArchive().with("data/tweets.js", Fixtures.emptyFile("tweets"));
        assertNull(read(archive, "1", null));
    }
}
