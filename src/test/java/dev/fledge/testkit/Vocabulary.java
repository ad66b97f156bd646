package dev.fledge.testkit;

import java.util.SplittableRandom;

/**
 * Made-up but varied text for the synthetic generator: words from a few hundred-word vocabulary, numbers,
 * emoji and the characters X escapes ({@code &}, {@code <}, {@code >}), so that data files compress like real
 * ones (about 5–15:1) rather than like repeated text.
 */
final class Vocabulary {
    static final String[] WORDS = ("""
            the a an and or but so because if when while then than as at by for from in into of on onto to with without
            about above after again against all almost also always among another any around away back before being
            below between both during each early either enough even every far few first found further good great half
            here high however just last late least less little long many maybe more most much near never new next
            nothing now often old once only other over own perhaps quite rather really same several should since small
            some soon still such sure there these they this those though through today together tomorrow too under
            until very well what where which while who why will yesterday yet you your we our us me my i he she it
            coffee bread garden river mountain city street train bicycle station market window kitchen library museum
            school office meeting project release version update feature bug test build deploy server cloud database
            query index cache network browser phone laptop screen keyboard camera photo video music concert album song
            guitar piano podcast episode book chapter story poem novel author reader writer editor paper article news
            weather rain snow sun wind storm summer winter spring autumn morning evening night weekend holiday trip
            flight airport hotel beach forest lake island bridge tower castle harbour village farm field flower tree
            bird cat dog horse fox owl whale bee butterfly dragon robot rocket planet star moon galaxy comet satellite
            friend family team neighbour colleague teacher student doctor chef artist designer engineer developer
            player coach fan crowd people everyone someone nobody anyone game match goal score win lose draw league
            season race marathon run walk swim climb ride dance sing cook bake paint draw write read learn teach share
            think know feel want need like love hate hope wish try start stop finish open close move wait watch listen
            look see hear say tell ask answer call send post reply follow block mute save delete edit fix break make
            take give keep find lose choose change grow plan check agree argue explain remember forget imagine notice
            happy sad tired busy quiet loud bright dark warm cold fresh slow fast easy hard simple strange funny serious
            lovely awful amazing boring curious brave gentle wild calm strong weak clever silly honest lucky proud
            blue green red yellow orange purple black white grey golden silver wooden glass paper plastic electric
            tea soup pasta pizza salad cake cookie apple banana cherry lemon orange tomato potato cheese chocolate
            """).trim().split("\\s+");

    static final String[] EMOJI = {"😀", "😂", "🥲", "😍", "🤔", "🙃", "😴", "🎉", "🔥", "✨", "🌧️", "☀️", "🌱", "🐦",
            "🐈", "🦊", "🍕", "☕", "📚", "🎸", "🚲", "🚀", "💡", "✅", "❤️", "👍", "👀", "🙌", "👨‍💻", "🏳️‍🌈"};

    private Vocabulary() {
    }

    static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** A sentence of {@code minWords}..{@code maxWords} words with numbers, emoji and escapable characters. */
    static String sentence(SplittableRandom random, int minWords, int maxWords) {
        int count = random.nextInt(minWords, maxWords + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            int roll = random.nextInt(100);
            if (roll < 6) {
                out.append(random.nextInt(1, 10_000));
            } else if (roll < 8) {
                out.append(EMOJI[random.nextInt(EMOJI.length)]);
            } else if (roll < 10) {
                out.append('&');
            } else if (roll < 11) {
                out.append(random.nextBoolean() ? "<3" : "->");
            } else {
                String word = word(random);
                out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
        }
        out.append(random.nextInt(4) == 0 ? "!" : random.nextInt(3) == 0 ? "?" : ".");
        return out.toString();
    }

    /** Several sentences, about {@code characters} long in all. */
    static String paragraph(SplittableRandom random, int characters) {
        StringBuilder out = new StringBuilder();
        while (out.length() < characters) {
            if (out.length() > 0) {
                out.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            out.append(sentence(random, 5, 18));
        }
        return out.toString();
    }

    /** A handle such as {@code garden_fox42}. */
    static String screenName(SplittableRandom random) {
        String name = word(random) + (random.nextBoolean() ? "_" : "") + word(random);
        if (random.nextBoolean()) {
            name += random.nextInt(1, 1000);
        }
        return name.length() > 15 ? name.substring(0, 15) : name;
    }

    /** A display name such as {@code Quiet Harbour} (sometimes with an emoji). */
    static String displayName(SplittableRandom random) {
        String name = capitalize(word(random)) + " " + capitalize(word(random));
        return random.nextInt(8) == 0 ? name + " " + EMOJI[random.nextInt(EMOJI.length)] : name;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
