package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.Account;
import dev.fledge.model.Profile;
import org.owasp.encoder.Encode;

import java.io.IOException;

/**
 * The actor fields both targets take from the archive's account and profile: display name, bio HTML and the
 * profile fields ({@code PropertyValue}s for the website and the location).
 */
public final class ProfileFields {
    private ProfileFields() {
    }

    /** The screen name, else the account id, else {@code "unknown"}. */
    public static String preferredUsername(Account account) {
        if (account != null && account.screenName() != null && !account.screenName().isBlank()) {
            return account.screenName();
        }
        return account != null && account.id() != null ? account.id() : "unknown";
    }

    /** The display name, else the username (as Mastodon does for an empty name). */
    public static String name(Account account) {
        if (account != null && account.displayName() != null && !account.displayName().isBlank()) {
            return account.displayName();
        }
        return preferredUsername(account);
    }

    /** Writes {@code summary} (the bio as HTML, empty string without one). */
    public static void summary(JsonGenerator g, Profile profile, ContentHtml html) throws IOException {
        g.writeStringField("summary", profile == null || profile.bio() == null ? "" : html.plainText(profile.bio()));
    }

    /** Writes {@code attachment}: the website (a link; X stores its t.co form) and the location. Always an array. */
    public static void attachment(JsonGenerator g, Profile profile) throws IOException {
        g.writeArrayFieldStart("attachment");
        if (profile != null && ContentHtml.isWebUrl(profile.website())) {
            propertyValue(g, "Website", ContentHtml.link(profile.website(), profile.website(), true));
        }
        if (profile != null && profile.location() != null && !profile.location().isBlank()) {
            propertyValue(g, "Location", Encode.forHtml(profile.location()));
        }
        g.writeEndArray();
    }

    private static void propertyValue(JsonGenerator g, String name, String valueHtml) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "PropertyValue");
        g.writeStringField("name", name);
        g.writeStringField("value", valueHtml);
        g.writeEndObject();
    }
}
