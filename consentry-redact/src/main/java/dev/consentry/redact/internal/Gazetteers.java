package dev.consentry.redact.internal;

import dev.consentry.redact.internal.text.TokenDictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word lists behind the name and address detectors, loaded once per engine from bundled resources.
 *
 * <p>They are one {@link TokenDictionary}, {@link #words()}, whose value packs what each list says about
 * a word, so the person detector learns everything about a token from one probe of one table (a probe of
 * a table this size is a cache miss; four of them per capitalized word were a tenth of the engine's time):
 *
 * <ul>
 *   <li>bits 0-5, {@link #nameBits}: the name lists the word is in ({@link #SSA_FIRST}, {@link #WORLD_FIRST},
 *       {@link #CENSUS_SURNAME}, ...). SSA given names count from {@link #MIN_SSA_FIRST_COUNT} births; the
 *       Census surnames are the most frequent of 2010; the world lists are given names and surnames of
 *       datafaker's locales and the full names of real public figures it lists (athletes, scientists,
 *       artists), see the resource's NOTICE;</li>
 *   <li>bits 6-7, {@link #commonClass}: an ordinary lowercase English word ({@link EnglishWords}, SCOWL),
 *       a hand-written ambiguous given name, or a function word, month, day or place — a name that is
 *       also a word needs more evidence;</li>
 *   <li>bits 8-30, {@link #firstCount}: the SSA given name's number of births (a proxy for how name-like a
 *       word is), every count, capped at {@value #MAX_COUNT}.</li>
 * </ul>
 */
public record Gazetteers(TokenDictionary words, List<String> fakeFirstNames, List<String> fakeSurnames) {

    private static final int NAME_BITS = 0x3F;
    private static final int COMMON_SHIFT = 6;
    private static final int COUNT_SHIFT = 8;
    /** Larger than any SSA total (James: 5.25 million), and 23 bits keep the packed value positive. */
    static final int MAX_COUNT = (1 << 23) - 1;

    /** The name-list bits of a {@link #words()} value, 0 for an absent word. */
    public static int nameBits(int word) {
        return word < 0 ? 0 : word & NAME_BITS;
    }

    /** {@link #COMMON_WORD}, {@link #AMBIGUOUS_NAME}, {@link #FUNCTION_WORD}, or {@link TokenDictionary#ABSENT}. */
    public static int commonClass(int word) {
        int c = word < 0 ? 0 : (word >>> COMMON_SHIFT) & 3;
        return c == 0 ? TokenDictionary.ABSENT : c;
    }

    /** The SSA births of a given name, or {@link TokenDictionary#ABSENT} when it is none. */
    public static int firstCount(int word) {
        int c = word < 0 ? 0 : word >>> COUNT_SHIFT;
        return c == 0 ? TokenDictionary.ABSENT : c;
    }

    /** In the SSA list with at least {@link #MIN_SSA_FIRST_COUNT} births. */
    public static final int SSA_FIRST = 1;
    /** A given name in some datafaker locale. */
    public static final int WORLD_FIRST = 2;
    /** A surname in the Census list. */
    public static final int CENSUS_SURNAME = 4;
    /** A surname in some datafaker locale. */
    public static final int WORLD_SURNAME = 8;
    /** The first word of a public figure's name ("Lionel"). */
    public static final int FIGURE_FIRST = 16;
    /** A later word of a public figure's name ("Messi"). */
    public static final int FIGURE_LAST = 32;
    /** Rare SSA entries include many words and typos. */
    public static final int MIN_SSA_FIRST_COUNT = 30;

    /**
     * Words that are given names but far more often something else in English text. Hand-written from
     * general knowledge (months, virtues, verbs, colours), never from an evaluation set.
     */
    private static final String AMBIGUOUS = "will may june april august mark grace hope joy faith summer autumn winter "
            + "rose lily ruby pearl crystal amber jade iris ivy daisy violet dawn eve sky rain storm river brook "
            + "hunter mason carter baker cook king prince bishop major earl duke rich bill pat sue rob art sterling "
            + "chase price miles lane dale glen cliff gene ray bob jack frank guy don ben max bud chip chuck buck "
            + "drew dean page pierce wade ward young long short white black brown green gray grey love christian "
            + "christmas easter sunny honey angel precious genesis destiny trinity harmony melody miracle justice "
            + "royal star unique sincere blessing heaven nova london paris sydney austin dallas houston phoenix "
            + "denver jordan israel india china georgia virginia carolina florida dakota memphis orlando chelsea "
            + "madison brooklyn savannah charlotte victoria florence lincoln washington jackson kingston york "
            + "camden bristol chester dover ford harley tesla mercedes porsche lexus bentley apple amazon "
            + "google nike dior chanel gucci prada cash money bunny baby kitty lucky happy sugar candy cookie "
            + "pepper ginger coco cocoa olive sage basil rosemary clay stone rock flint forest wood woods field "
            + "ocean lake bay shore beach hill hall marsh moss reed holly heather hazel laurel willow aspen "
            + "cedar oak birch ash rowan clove jasmine poppy sunflower tulip lotus bloom blossom petal early "
            + "mid late noon night day week month year today tomorrow weekend season lord god jesus christ "
            + "allah buddha church temple saint st father mother sister brother son daughter aunt uncle "
            + "grandma grandpa mom dad mama papa baby kid boy girl man woman lady gentleman sir madam miss "
            + "chef doctor nurse judge general captain colonel sergeant officer pilot coach boss team "
            + "santa claus elf king queen princess knight ace champion hero legend ranger scout "
            + "deal sale free best top new old big little real true happy merry blue red pink gold silver "
            + "echo delta alpha beta omega sierra tango victor whiskey zulu kilo lima oscar "
            + "north south east west central upper lower";

    private static final String FUNCTION_WORDS = "a an the and or but if then so as at by for from in into of off on "
            + "onto out over to up upon with within without about above across after against along among around "
            + "before behind below beneath beside between beyond down during except inside near since through "
            + "toward under until via i me my mine myself you your yours he him his she her hers it its we us our "
            + "they them their this that these those who whom whose which what when where why how all any both "
            + "each few more most other some such no nor not only own same than too very can could shall should "
            + "would must might is am are was were be been being have has had do does did done yes ok okay hi "
            + "hello hey dear thanks thank please sorry welcome bye goodbye congrats cheers regards best sincerely "
            + "mr mrs ms mx dr prof jr sr ii iii iv phd md esq monday tuesday wednesday thursday friday saturday "
            + "sunday january february march july september october november december jan feb mar apr jun jul "
            + "aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun am pm re fw fwd subject "
            + "dear name address phone email mobile fax office desk website home work street road avenue "
            + "lol omg wtf lmao rt via apt suite ste unit box inc ltd llc corp gmbh plc co orchestra "
            + "nan null none n/a";

    /** Countries, continents and region words: capitalized like names, never a person. General knowledge. */
    private static final String PLACES = "afghanistan albania algeria andorra angola argentina armenia australia austria "
            + "azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia "
            + "botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile colombia comoros congo "
            + "croatia cuba cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini "
            + "ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti "
            + "honduras hungary iceland indonesia iran iraq ireland italy jamaica japan kazakhstan kenya kiribati "
            + "korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania "
            + "luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia "
            + "moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands "
            + "nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland "
            + "portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia "
            + "somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga "
            + "trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican "
            + "venezuela vietnam yemen zambia zimbabwe greenland greenlander scotland wales england britain "
            + "europe asia africa america americas antarctica oceania arctic united kingdom states emirates "
            + "republic federation islands island northern southern eastern western new saint usa uk eu "
            + "american british english french german spanish italian dutch swedish danish norwegian finnish "
            + "russian chinese japanese korean indian african european asian canadian australian mexican "
            + "brazilian polish greek turkish irish scottish welsh hungarian czech austrian swiss belgian "
            + "portuguese jewish muslim christian catholic hindu";

    /** Loads the bundled lists; called once per engine, a few tens of milliseconds. */
    public static Gazetteers load() {
        Map<String, Integer> first = new HashMap<>();
        List<String> fakeFirst = new java.util.ArrayList<>();
        for (String line : BundledResources.lines("us-first-names-ssa.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2 && !f[0].equals("name")) {
                int count = Integer.parseInt(f[1].strip());
                first.merge(f[0].strip().toLowerCase(Locale.ROOT), count, Integer::sum);
                if (count >= 200_000 && fakeFirst.size() < 400) {
                    fakeFirst.add(f[0].strip());
                }
            }
        }
        Map<String, Integer> last = new HashMap<>();
        List<String> fakeLast = new java.util.ArrayList<>();
        for (String line : BundledResources.lines("us-surnames-census2010-top.csv")) {
            String[] f = line.split(",");
            if (f.length == 2 && !f[0].equals("name")) {
                String name = f[0].strip().toLowerCase(Locale.ROOT);
                last.put(name, Integer.parseInt(f[1].strip()));
                if (fakeLast.size() < 400) {
                    fakeLast.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
            }
        }
        Map<String, Integer> common = new HashMap<>();
        for (String w : EnglishWords.list()) {
            common.put(w, COMMON_WORD);
        }
        for (String w : AMBIGUOUS.split(" ")) {
            common.put(w, 2);
        }
        for (String w : FUNCTION_WORDS.split(" ")) {
            common.put(w, 3);
        }
        for (String w : PLACES.split(" ")) {
            common.put(w, 3);
        }
        Map<String, Integer> bits = new HashMap<>();
        first.forEach((name, count) -> {
            if (count >= MIN_SSA_FIRST_COUNT) {
                bits.merge(name, SSA_FIRST, (a, b) -> a | b);
            }
        });
        last.keySet().forEach(name -> bits.merge(name, CENSUS_SURNAME, (a, b) -> a | b));
        for (String line : BundledResources.lines("world-names-datafaker.tsv")) {
            int tab = line.indexOf('\t');
            if (tab != 1) {
                continue;
            }
            String value = line.substring(2).strip().toLowerCase(Locale.ROOT);
            switch (line.charAt(0)) {
                case 'F' -> bits.merge(value, WORLD_FIRST, (a, b) -> a | b);
                case 'L' -> bits.merge(value, WORLD_SURNAME, (a, b) -> a | b);
                case 'P' -> {
                    String[] words = value.split(" ");
                    for (int k = 0; k < words.length; k++) {
                        if (words[k].length() >= 3 && words[k].indexOf('.') < 0) {
                            bits.merge(words[k], k == 0 ? FIGURE_FIRST : FIGURE_LAST, (a, b) -> a | b);
                        }
                    }
                }
                default -> { }
            }
        }
        Map<String, Integer> words = new HashMap<>(bits);
        common.forEach((word, c) -> words.merge(word, c << COMMON_SHIFT, (a, b) -> a | b));
        first.forEach((name, count) -> words.merge(name, Math.min(count, MAX_COUNT) << COUNT_SHIFT, (a, b) -> a | b));
        return new Gazetteers(TokenDictionary.of(words), List.copyOf(fakeFirst), List.copyOf(fakeLast));
    }

    /** An ordinary English word (SCOWL); a very frequent given name still counts as a name. */
    public static final int COMMON_WORD = 1;
    public static final int AMBIGUOUS_NAME = 2;
    public static final int FUNCTION_WORD = 3;
}
