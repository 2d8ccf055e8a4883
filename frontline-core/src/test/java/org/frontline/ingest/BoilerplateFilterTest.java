package org.frontline.ingest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter();

    private BoilerplateFilter.Cleaned clean(String... lines) {
        return filter.clean(Arrays.stream(lines).map(TextBlock::paragraph).toList(), null);
    }

    @Test
    void keepsShortNewsSentences() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "Kurdish forces handed over Makhmour and the Mosul Dam on Tuesday, officials said.",
                "Khanaqin and Mandali were also given back.",
                "The city was cut off.");
        assertThat(cleaned.paragraphs()).hasSize(3);
    }

    @Test
    void takesTheHeadlineAndDropsItsRepeats() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "Rebels take border town of Jarablus",
                "Rebels take border town of Jarablus",
                "Rebels take border town of Jarablus Turkish-backed rebels took the town on Wednesday, officials said.",
                "The operation began at dawn.");
        assertThat(cleaned.title()).isEqualTo("Rebels take border town of Jarablus");
        assertThat(cleaned.paragraphs()).containsExactly(
                "Turkish-backed rebels took the town on Wednesday, officials said.", "The operation began at dawn.");
    }

    @Test
    void noTitleWhenTheTextStartsWithASentence() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "The army said on Saturday it had recaptured the town after two days of fighting.",
                "Fighting moves east");
        assertThat(cleaned.title()).isNull();
        assertThat(cleaned.paragraphs()).containsExactly(
                "The army said on Saturday it had recaptured the town after two days of fighting.");
    }

    @Test
    void dropsDateStampsButStripsOnlyTheStampGluedToAParagraph() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "Sunday, September 22, 2019",
                "27 May 2019 04:02 (UTC+04:00)",
                "Reuters| Last Updated: Sunday, August 27, 2017 - 15:55",
                "date 2019-08-23 BEIRUT (12:40 P.M.) – The army has taken the whole pocket this morning.");
        assertThat(cleaned.paragraphs()).containsExactly("BEIRUT (12:40 P.M.) – The army has taken the whole pocket this morning.");
    }

    @Test
    void dropsUiBoxesButNotAnArticleParagraphThatMentionsAUiWord() {
        String article = "The militia urged residents to stay indoors. Its statement, posted on a messaging channel, "
                + "gave no figures. Local officials said they could not confirm the claim. They asked people to "
                + "subscribe to official channels only and to ignore rumours.";
        BoilerplateFilter.Cleaned cleaned = clean(
                "Skip to main content",
                "Sign up to get the latest alerts and analysis, delivered to your inbox every morning",
                "Your email address will not be published.",
                "Example News delivers independent coverage of the region. To learn more about republishing this "
                        + "content, please fill out this form. More about Example News can be found here.",
                article);
        assertThat(cleaned.paragraphs()).containsExactly(article);
    }

    @Test
    void dropsCaptionsCreditsAndBylines() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "Fighters gather in the town of Sinjar, November 13, 2015",
                "Fighters gather in the town of Sinjar, November 13, 2015. REUTERS/Staff",
                "The aftermath of an airstrike on Tuesday. Photo courtesy of the Civil Defense.",
                "By Laila Haddad and Angus Reed",
                "(Source: GardaWorld)",
                "Soldiers of the brigade.",
                "Soldiers of the brigade.",
                "Peshmerga forces seized the town of Sinjar on Friday, a witness said.");
        assertThat(cleaned.paragraphs()).containsExactly("Peshmerga forces seized the town of Sinjar on Friday, a witness said.");
    }

    @Test
    void dropsRelatedHeadlinesByTheirLinkLabelOrHeading() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "Forces reached the border on Monday, the ministry said.",
                "Syrian Kurds seek alliance with Baghdad to end their isolation",
                "Read More »",
                "Elsewhere, the offensive continued in west Mosul.",
                "Check Also",
                "Upon directives of the president, the army carries out tactical drills with live ammunition",
                "Damascus, SANA-Upon the directives of the Commander-in-Chief, the army carried …");
        assertThat(cleaned.paragraphs()).containsExactly(
                "Forces reached the border on Monday, the ministry said.",
                "Elsewhere, the offensive continued in west Mosul.");
    }

    @Test
    void dropsHeadingsShareButtonsTagsAndMarkupDebris() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "The army entered the town at dawn, a commander said.",
                "Guerrilla tactics",
                "Share on Facebook",
                "|",
                "string(405) \"[{\"id\":\"1978552\",\"title\":\"Forces advance\"},{\"id\":\"1979022\",\"title\":\"Base set up\"}]\"",
                "IraqTal AfarIslamic stateMosul");
        assertThat(cleaned.paragraphs()).containsExactly("The army entered the town at dawn, a commander said.");
    }

    @Test
    void keepsLongParagraphsWithoutFinalPunctuationAndListItems() {
        String truncated = "Free Syrian Army spokesman Mohammad al-Hamadeen said Kurdish forces pulled back to areas aro";
        BoilerplateFilter.Cleaned cleaned = clean(
                "The villages taken on Friday were:",
                "- Tal Ezzo",
                "- Tal Banat",
                truncated);
        assertThat(cleaned.paragraphs()).containsExactly("The villages taken on Friday were:", "- Tal Ezzo", "- Tal Banat", truncated);
    }

    @Test
    void dropsAStandfirstThatTheFirstParagraphRepeatsAfterItsDateline() {
        BoilerplateFilter.Cleaned cleaned = clean(
                "Iraqi forces have retaken almost all of Tal Afar, the military said on Sunday.",
                "Baghdad: Iraqi forces have retaken almost all of Tal Afar, the military said on Sunday.");
        assertThat(cleaned.paragraphs()).containsExactly(
                "Baghdad: Iraqi forces have retaken almost all of Tal Afar, the military said on Sunday.");
    }

    @Test
    void usesLinkDensityAndRolesFromMarkup() {
        BoilerplateFilter.Cleaned cleaned = filter.clean(List.of(
                new TextBlock("Army vehicles on a desert road near the town, August 23, 2017.", TextBlock.Role.CAPTION, 0),
                new TextBlock("Related: Offensive on Tal Afar begins with air strikes on the old citadel", TextBlock.Role.PARAGRAPH, 0.9),
                new TextBlock("Troops retook three villages on Thursday, the command said.", TextBlock.Role.PARAGRAPH, 0.1)),
                "Troops retake villages");
        assertThat(cleaned.title()).isEqualTo("Troops retake villages");
        assertThat(cleaned.paragraphs()).containsExactly("Troops retook three villages on Thursday, the command said.");
    }

    @Test
    void recognisesDateStamps() {
        assertThat(DateStamp.isStamp("Sat Jun 10, 2017 11:05:27")).isTrue();
        assertThat(DateStamp.isStamp("Updated: 2015-05-18 08:34")).isTrue();
        assertThat(DateStamp.isStamp("date 2017-08-27 close")).isTrue();
        assertThat(DateStamp.isStamp("4 September 2018")).isTrue();
        assertThat(DateStamp.isStamp("On March 18, 2018 troops entered the town centre")).isFalse();
        assertThat(DateStamp.isStamp("Syrian army reaches border with Iraq")).isFalse();
        assertThat(DateStamp.stripLeading("date 2018-12-14 BEIRUT — Fighters captured the town.")).isEqualTo("BEIRUT — Fighters captured the town.");
        assertThat(DateStamp.stripLeading("2017-08-27 close")).isEqualTo("2017-08-27 close");
    }

    /** The patterns the end-of-sentence test was written with, before it read from the end instead. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
    private static final Pattern COLON_END = Pattern.compile(":[\"'”’»)\\]]*$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    @Test
    void endsSentenceAgreesWithTheEndAnchoredPatterns() {
        List<String> texts = List.of("", ".", "The town fell.", "The town fell", "Did the town fall?", "It fell!",
                "He said \"the town fell.\"", "He said (the town fell.)", "She wrote: «the town fell.»",
                "He said ‘the town fell.’”", "Officials in the capital said:", "Said:", "Officials said: \"",
                "The town fell.\n", "The town fell.\r\n", "The town fell.\r", "The town fell.\u2028",
                "The town fell.\n\n", "The town fell. \n", "The town fell.)]\n", "Officials in the capital said:\n",
                "The town fell…", "The town fell...", "The town fell.x", "The town fell .", "(.)", "\"", ")",
                "Five people in the town said:\r\n", "The town fell\n.");
        for (String t : texts) {
            boolean expected = SENTENCE_END.matcher(t).find()
                    || (COLON_END.matcher(t).find() && (t.isBlank() ? 0 : t.strip().split("\\s+").length) >= 5);
            assertThat(BoilerplateFilter.endsSentence(t)).as("%s", t).isEqualTo(expected);
        }
    }

    @Test
    void normalizeSpaceAgreesWithReplacingEveryRun() {
        List<String> texts = List.of("", " ", "one", "one two", "one  two", " one two ", "one\ttwo", "one\u00A0two",
                "one \u2007two", "one\u202Ftwo", "one\n\ntwo", "one\r\ntwo ", "one\u2003two", "  ", "one \u000Btwo");
        for (String t : texts) {
            assertThat(BoilerplateFilter.normalizeSpace(t)).as("[%s]", t).isEqualTo(SPACE.matcher(t).replaceAll(" ").strip());
        }
    }
}
