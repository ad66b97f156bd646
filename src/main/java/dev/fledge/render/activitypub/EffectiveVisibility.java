package dev.fledge.render.activitypub;

import dev.fledge.model.Account;

/**
 * The addressing an export uses and why: the {@code visibility} option when given; otherwise public, except for an
 * account that was protected when the archive was made: its posts are addressed to followers only, so a locked
 * account's posts are never republished publicly by default.
 *
 * @param reason {@code option}, {@code default} or {@code protected-account}
 */
public record EffectiveVisibility(Visibility value, String reason) {

    public static EffectiveVisibility of(ConversionOptions options, Account account) {
        if (options.visibility() != null) {
            return new EffectiveVisibility(options.visibility(), "option");
        }
        if (account != null && Boolean.TRUE.equals(account.protectedAccount())) {
            return new EffectiveVisibility(Visibility.FOLLOWERS, "protected-account");
        }
        return new EffectiveVisibility(Visibility.PUBLIC, "default");
    }
}
