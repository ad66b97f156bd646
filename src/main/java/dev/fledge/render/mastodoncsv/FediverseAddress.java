package dev.fledge.render.mastodoncsv;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * A fediverse account address {@code username@domain} as Mastodon's importer needs it: no leading {@code @}, no
 * {@code acct:} prefix, no URL, and always a domain (a bare name would be read as an account of the importing
 * server, i.e. a stranger). Created only through {@link #parse} or {@link #of}, which check both parts.
 *
 * <p>User names follow Mastodon's rule ({@code [a-z0-9_]} with inner {@code .} and {@code -}, case-insensitive);
 * domains must be real host names: at least two labels, letters (Unicode allowed), digits and inner hyphens, no
 * port, no IP address. The domain is kept lower-cased.
 */
public record FediverseAddress(String username, String domain) {

    private static final int MAX_USERNAME = 64;
    private static final int MAX_LABEL = 63;
    /** The last domain found valid: most addresses of one export share a few domains (a bridge: all of them). */
    private static volatile String lastValidDomain;

    public FediverseAddress {
        if (username == null || !isUsername(username)) {
            throw new IllegalArgumentException("not a fediverse user name");
        }
        if (domain == null || (!domain.equals(lastValidDomain) && domainProblem(domain).isPresent())) {
            throw new IllegalArgumentException("not a domain");
        }
        lastValidDomain = domain;
        domain = domain.toLowerCase(Locale.ROOT);
    }

    /** The outcome of {@link #parse}: an address, or what is wrong with the text (never quoting it). */
    public record Parsed(FediverseAddress address, String problem) {
        public boolean valid() {
            return address != null;
        }
    }

    /**
     * Reads an address as a person writes it: surrounding spaces and one leading {@code @} are dropped, as
     * Mastodon's importer does. Everything else must already be {@code username@domain}.
     */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return problem("the fediverse address is empty");
        }
        String value = text.strip();
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        if (value.regionMatches(true, 0, "acct:", 0, 5) || value.contains("://") || value.contains("/")) {
            return problem("the fediverse address must be user@domain, not a link or acct: URI");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return problem("the fediverse address contains a space or control character");
            }
        }
        int at = value.indexOf('@');
        if (at < 0) {
            return problem("the fediverse address has no domain (write user@domain; a bare name would be an "
                    + "account on the importing server)");
        }
        if (value.indexOf('@', at + 1) >= 0) {
            return problem("the fediverse address has more than one '@' (write user@domain)");
        }
        String username = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (username.isEmpty()) {
            return problem("the fediverse address has no user name before the '@'");
        }
        if (!isUsername(username)) {
            return problem("the user name of the fediverse address is not valid (letters, digits and '_', with '.' "
                    + "or '-' only inside)");
        }
        Optional<String> domainProblem = domainProblem(domain);
        if (domainProblem.isPresent()) {
            return problem("the domain of the fediverse address " + domainProblem.get());
        }
        return new Parsed(new FediverseAddress(username, domain), null);
    }

    /** {@code username@domain}, or empty when either part is not valid. */
    public static Optional<FediverseAddress> of(String username, String domain) {
        if (username == null || domain == null || !isUsername(username)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FediverseAddress(username, domain)); // checks the domain once
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code name} is a user name an address may carry (Mastodon's user-name rule). */
    public static boolean isUsername(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_USERNAME) {
            return false;
        }
        int last = name.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = name.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            boolean inner = (c == '.' || c == '-') && i > 0 && i < last;
            if (!word && !inner) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is wrong with {@code domain} as the domain of an address or a bridge, phrased to follow "the domain",
     * or empty when it is a valid host name. Never quotes the value.
     */
    public static Optional<String> domainProblem(String domain) {
        if (domain == null || domain.isEmpty()) {
            return Optional.of("is empty");
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return Optional.of("contains a space or control character");
            }
            if (c == ':') {
                return Optional.of("has a port or a colon (write the host name only)");
            }
            if (c == '@' || c == '/' || c == ',' || c == '"' || c == '\\') {
                return Optional.of("contains a character a host name cannot have");
            }
        }
        if (domain.length() > 253) {
            return Optional.of("is longer than 253 characters");
        }
        if (domain.indexOf('.') < 0) {
            return Optional.of("has no dot (a domain such as example.social is needed)");
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Optional.of("has an empty part between dots");
            }
        }
        String ascii = domain.toLowerCase(Locale.ROOT);
        if (!isAscii(ascii)) {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return Optional.of("is not a valid host name");
            }
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("has an empty part between dots");
            }
            if (!isAsciiLabel(label)) {
                return Optional.of("is not a valid host name (letters, digits and inner hyphens between dots)");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("is an IP address or ends in a number, not a domain name");
        }
        return Optional.empty();
    }

    /** A host-name label: letters, digits, inner hyphens, 1 to 63 characters (lower case already). */
    private static boolean isAsciiLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            return false;
        }
        int last = label.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = label.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && i > 0 && i < last)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The case-insensitive identity of the address, for finding duplicates. */
    public String key() {
        return username.toLowerCase(Locale.ROOT) + "@" + domain;
    }

    /** {@code username@domain}, as written in the import files. */
    @Override
    public String toString() {
        return username + "@" + domain;
    }

    private static Parsed problem(String problem) {
        return new Parsed(null, problem);
    }
}
