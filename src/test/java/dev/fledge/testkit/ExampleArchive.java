package dev.fledge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.fledge.testkit.TextPart.cashtag;
import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;

/**
 * The small G3 archive committed as {@code examples/example-archive.zip}: something to try Fledge with and a
 * fixture that shows every common feature (self-thread, reply, long post, retweets, quote, edit, photos, video,
 * likes, followers, blocks, mutes, a list, 1:1 and group DMs, profile media). The account and everybody in it are
 * invented; links point to {@code *.example}. Written stored-only so the bytes do not depend on the JVM's zlib.
 *
 * <p>Regenerate after changing the builder or this class (ExampleArchiveTest fails until you do):
 * <pre>
 * ./mvnw -q test-compile &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     dev.fledge.testkit.ExampleArchive
 * </pre>
 */
public final class ExampleArchive {
    /** Where the archive is committed, relative to the project root. */
    public static final Path PATH = Path.of("examples", "example-archive.zip");

    static final XUser ROBIN = XUser.of("1402338812651216897", "robinquill", "Robin Quill");
    static final XUser MIRA = XUser.of("1188425390077194241", "mira_ok", "Mira Okafor 🌿");
    static final XUser TOMAS = XUser.of("930211457730068480", "tferro", "Tomás Ferro");
    static final XUser JUN = XUser.of("1562090133284544512", "junsato_ex", "Jun Sato");
    static final XUser LENA = XUser.of("2849917326", "lenabrandt", "Lena Brandt");

    private ExampleArchive() {
    }

    public static XArchiveBuilder build() {
        return XArchiveBuilder.g3()
                .account("1000000000000000001", "fledgeexample", "Fledge Example 🐣",
                        Instant.parse("2018-05-25T13:45:53.000Z"))
                .profile(p -> p.bio("Example account for Fledge & its tests. Not a real person.")
                        .website("https://t.co/Fl3dgeEx4m").location("Example Bay").avatar().header())
                .post(p -> p.text("Hello from Fledge 🐣 Moving your posts <somewhere> new & keeping them: ",
                                link("https://fledge.example/start"), " ", hashtag("fledge"), " ", cashtag("FLDG"))
                        .at("2024-09-02T08:15:30.120Z").source(
                                "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>")
                        .counts(12, 3))
                .post(p -> p.text("A short thread on leaving a platform well 🧵 (1/3)").at("2024-09-03T18:00:04.501Z"))
                .selfReply(p -> p.text("(2/3) Export your archive first, then decide where to go."))
                .selfReply(p -> p.text("(3/3) Tell your followers, and say goodbye <3"))
                .reply(ROBIN, "1830987766123456789", p -> p.text("thanks, that helped a lot! 🙏")
                        .at("2024-09-05T09:41:12.333Z"))
                .longPost(p -> p.text("Notes from a migration, written with ", mention(MIRA), ": ",
                        "first, download the archive and keep it somewhere safe. Second, read it: the files are "
                                + "plain JavaScript with JSON inside, and every post, like and message is there. "
                                + "Third, choose what to bring along & what to leave behind. Old replies to people "
                                + "who left make little sense elsewhere; threads and photos usually do. Fourth, "
                                + "check the result before you announce anything. Fifth, relax: nothing is lost "
                                + "as long as the archive exists.").at("2024-09-10T12:00:00.777Z"))
                .retweet(TOMAS, p -> p.text("Sunrise over the old harbour today 🌅").photo()
                        .at("2024-09-12T07:03:44.010Z"))
                .retweet(LENA, p -> p.text("Long-form thoughts on owning your data: an archive is only useful if "
                        + "you can read it, so tools that turn it into open formats matter more than any single "
                        + "platform & its promises.").at("2024-09-14T16:20:00.900Z"))
                .quote("https://twitter.com/junsato_ex/status/1834000111222333444",
                        p -> p.text("Good overview of export formats 👇").at("2024-09-16T10:10:10.100Z"))
                .editedPost(p -> p.text("Fledge 0.1 is out, with suport for all archive versions ",
                                hashtag("fledge")).at("2024-09-20T14:00:00.250Z"),
                        p -> p.text("Fledge 0.1 is out, with support for all archive versions ", hashtag("fledge")))
                .post(p -> p.text("Two views of the harbour, morning and evening 🌊").photo().photo()
                        .at("2024-09-22T19:30:00.640Z"))
                .post(p -> p.text("A ten-second demo of the converter").video().at("2024-09-25T11:11:11.110Z"))
                .like("1833111222333444555", "Archives are memory & memory matters")
                .like("1833222333444555666", "Tip: check your export <before> deleting anything 🙂")
                .like("1833333444555666777")
                .follower(ROBIN.id(), MIRA.id(), JUN.id(), "1701234567890123456")
                .following(ROBIN.id(), MIRA.id(), TOMAS.id(), LENA.id())
                .block("1766554433221100998")
                .mute("1655443322110099887")
                .listCreated("https://twitter.com/fledgeexample/lists/1830000000000000123")
                .dmConversation(ROBIN, c -> {
                    c.sent("Hi Robin! Did the export work for you?").at("2024-09-06T10:00:00.500Z");
                    c.received("Yes & it was quick <3 here is the folder").photo().reaction(c.owner(), "like");
                    c.sent("Great, the guide is here").link("https://fledge.example/guide");
                })
                .groupDm(List.of(MIRA, JUN), c -> {
                    c.joined(MIRA).at("2024-09-08T17:00:00.000Z");
                    c.renamed(MIRA, "Fledge testers");
                    c.from(MIRA, "Welcome! Shall we try the converter on our archives?");
                    c.sent("Gladly, mine is ready");
                    c.from(JUN, "👋 count me in");
                })
                .generatedAt(Instant.parse("2024-10-01T09:00:00.000Z"))
                .storedOnly();
    }

    /** Writes the archive to {@code args[0]}, default {@code examples/example-archive.zip}. */
    public static void main(String[] args) {
        Path out = args.length > 0 ? Path.of(args[0]) : PATH;
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArchiveFacts facts = build().writeTo(out);
        System.out.println("wrote " + out + "\n" + facts);
    }
}
