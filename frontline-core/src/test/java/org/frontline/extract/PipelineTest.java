package org.frontline.extract;

import org.frontline.actors.ActorDictionary;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The extraction rules on sentences written for the tests, one form of English at a time. */
class PipelineTest {
    private static final Pipeline PIPELINE = new Pipeline(ActorDictionary.loadDefault(), 0.0);
    private static final LocalDate WEDNESDAY = LocalDate.of(2017, 5, 31);

    private static Extraction run(String text) {
        return PIPELINE.extract(new Article("t", null, null, WEDNESDAY, null, text));
    }

    private static List<Event> events(String text, EventType type) {
        return run(text).events().stream().filter(e -> e.type() == type).toList();
    }

    private static Event one(String text, EventType type) {
        List<Event> found = events(text, type);
        assertThat(found).as("%s events in: %s", type, text).hasSize(1);
        return found.get(0);
    }

    private static List<String> names(Event e) {
        return e.places().stream().map(Place::name).toList();
    }

    @Test
    void activeCaptureWithTargetPlaceAndDate() {
        Event e = one("The Popular Mobilisation Forces pushed Islamic State out of the village of Tal Banat on Monday.", EventType.CAPTURE);
        assertThat(e.actor()).isEqualTo("PMF");
        assertThat(e.target()).isEqualTo("IS");
        assertThat(names(e)).containsExactly("Tal Banat");
        assertThat(e.date()).isEqualTo(LocalDate.of(2017, 5, 29));
        assertThat(e.dateText()).isEqualTo("on Monday");
        assertThat(e.evidence()).contains("pushed Islamic State out of");
    }

    @Test
    void passiveSiegeNamesTheBesiegerAfterByAndTheBesiegedBefore() {
        Event e = one("American troops near Tanf were recently encircled by the Iranian-sponsored pro-Syrian forces.", EventType.SIEGE);
        assertThat(e.actor()).isEqualTo("SYR_GOV");
        assertThat(e.target()).isEqualTo("USA");
    }

    @Test
    void anActorAfterAPrepositionAndACommaIsNotTheSubject() {
        Event e = one("Under the cover of air strikes by the U.S.-led coalition, Islamic State fighters withdrew from the village of Sousa.",
                EventType.WITHDRAW);
        assertThat(e.actor()).isEqualTo("IS");
    }

    @Test
    void aHeadlineListsItsActorsWithCommas() {
        Event e = one("Turkey, Free Syrian Army take complete control of Afrin", EventType.CAPTURE);
        assertThat(e.actor()).isEqualTo("TUR");
    }

    @Test
    void passiveCaptureNamesTheActorAfterBy() {
        Event e = one("The town of Hajin was recaptured by the Syrian Democratic Forces from Daesh.", EventType.CAPTURE);
        assertThat(e.actor()).isEqualTo("SDF");
        assertThat(e.target()).isEqualTo("IS");
        assertThat(names(e)).containsExactly("Hajin");
    }

    @Test
    void fellTo() {
        Event e = one("In June 2014 the city of Mosul fell to Islamic State.", EventType.CAPTURE);
        assertThat(e.actor()).isEqualTo("IS");
        assertThat(names(e)).containsExactly("Mosul");
    }

    @Test
    void nominalCaptureWithBy() {
        Event e = one("Officials welcomed the capture of Tabqa by the SDF.", EventType.CAPTURE);
        assertThat(e.actor()).isEqualTo("SDF");
        assertThat(names(e)).containsExactly("Tabqa");
    }

    @Test
    void prefixHold() {
        Event e = one("Aircraft flew over the IS-held town of Baaj.", EventType.HOLD);
        assertThat(e.actor()).isEqualTo("IS");
        assertThat(names(e)).containsExactly("Baaj");
        assertThat(e.date()).isEqualTo(WEDNESDAY);
    }

    @Test
    void coordinatedPlacesAndCount() {
        Event e = one("Iraqi forces took the three villages of Aliah, Khalaf and Riyadh from Islamic State.", EventType.CAPTURE);
        assertThat(names(e)).containsExactly("Aliah", "Khalaf", "Riyadh");
        assertThat(e.count()).isEqualTo(3);
        assertThat(one("The Syrian army seized nine villages west of Deir Ezzor.", EventType.CAPTURE).count()).isEqualTo(9);
    }

    @Test
    void coordinatedSubjectsGiveTheFirstActor() {
        Event e = one("Turkish forces and Free Syrian Army (FSA) rebels captured the centre of Afrin on Sunday.", EventType.CAPTURE);
        assertThat(e.actor()).isEqualTo("TUR");
        assertThat(e.target()).isNull();
    }

    @Test
    void deniedFailedAndPlannedCapturesAreNotCaptures() {
        assertThat(events("Islamic State denied capturing the town of Rawa.", EventType.CAPTURE)).isEmpty();
        assertThat(events("The Peshmerga failed to take the village of Gwer.", EventType.CAPTURE)).isEmpty();
        assertThat(events("The Syrian army plans to retake Palmyra.", EventType.CAPTURE)).isEmpty();
    }

    @Test
    void attemptToTakeIsAnAttack() {
        Event e = one("Militants of Hayat Tahrir al-Sham attempted to take the fortress of Qalaat al-Madiq.", EventType.ATTACK);
        assertThat(e.actor()).isEqualTo("HTS");
        assertThat(events("Militants of Hayat Tahrir al-Sham attempted to take the fortress of Qalaat al-Madiq.", EventType.CAPTURE)).isEmpty();
    }

    @Test
    void pronounRefersToTheActorInView() {
        Extraction x = run("The Peshmerga launched an assault on Sinjar.\nOn Friday they seized the town of Sinjar from Islamic State.");
        Event capture = x.events().stream().filter(e -> e.type() == EventType.CAPTURE).findFirst().orElseThrow();
        assertThat(capture.actor()).isEqualTo("KRG");
        assertThat(capture.target()).isEqualTo("IS");
    }

    @Test
    void theTroopsAreTheForceLastSeenActingNotOneNamedInPassing() {
        Extraction x = run("The Popular Mobilisation Forces recaptured the village of Tal Banat on Monday.\n"
                + "Qairawan is a main Islamic State bastion near the border.\n"
                + "The troops also advanced towards Tal Ghaza.");
        Event advance = x.events().stream().filter(e -> e.type() == EventType.ADVANCE).findFirst().orElseThrow();
        assertThat(advance.actor()).isEqualTo("PMF");
    }

    @Test
    void theMilitantsAreTheJihadistGroupOfTheArticle() {
        Extraction x = run("Hayat Tahrir al-Sham fighters held the town for months.\nThe militants withdrew from Khan Sheikhoun on Tuesday.");
        Event w = x.events().stream().filter(e -> e.type() == EventType.WITHDRAW).findFirst().orElseThrow();
        assertThat(w.actor()).isEqualTo("HTS");
        assertThat(names(w)).containsExactly("Khan Sheikhoun");
    }

    @Test
    void aGenericReferenceMeansTheCandidateNamedLast() {
        Extraction x = run("The Free Syrian Army was formed in 2011.\nTurkey-backed rebels entered Jarablus on Wednesday.\n"
                + "The rebels took the village of Amarna on Thursday.");
        Event capture = x.events().stream().filter(e -> e.type() == EventType.CAPTURE).findFirst().orElseThrow();
        assertThat(capture.actor()).isEqualTo("SNA");
    }

    @Test
    void theLeadWithoutAPlaceHappensAtTheStorysMainPlace() {
        Extraction x = run("Army retakes town\nThe army captured the militants' last stronghold on Wednesday.\n"
                + "Many residents fled the fighting in Albu Kamal.\nThe town of Albu Kamal lies on the Euphrates.\n"
                + "Shelling continued near Albu Kamal.");
        Event capture = x.events().stream().filter(e -> e.type() == EventType.CAPTURE).findFirst().orElseThrow();
        assertThat(names(capture)).containsExactly("Albu Kamal");
        assertThat(capture.places().get(0).approximate()).isTrue();
    }

    @Test
    void casualtiesBelongToTheDead() {
        Event e = one("The army said it killed 40 Daesh militants near Rawa.", EventType.CASUALTIES);
        assertThat(e.actor()).isEqualTo("IS");
        assertThat(e.count()).isEqualTo(40);
    }

    @Test
    void siegeAndWithdrawal() {
        assertThat(one("Syrian government forces encircled the town of Douma.", EventType.SIEGE).actor()).isEqualTo("SYR_GOV");
        Event w = one("Peshmerga forces withdrew from Makhmour.", EventType.WITHDRAW);
        assertThat(w.actor()).isEqualTo("KRG");
        assertThat(w.target()).isNull();
    }

    @Test
    void theOneBesiegedInAPlaceIsTheTarget() {
        Event e = one("The Syrian Democratic Forces attacked Hajin.\nMost Islamic State fighters besieged in Hajin are foreigners.",
                EventType.SIEGE);
        assertThat(e.actor()).isEqualTo("SDF");
        assertThat(e.target()).isEqualTo("IS");
    }

    @Test
    void theWithdrawalOfAForce() {
        Event e = one("Residents feared the withdrawal of Peshmerga forces from Sinjar on Tuesday.", EventType.WITHDRAW);
        assertThat(e.actor()).isEqualTo("KRG");
        assertThat(names(e)).containsExactly("Sinjar");
    }

    @Test
    void enteringAnAgreementIsNoAdvance() {
        assertThat(events("Turkey entered into an agreement with Russia on Monday.", EventType.ADVANCE)).isEmpty();
        assertThat(events("Turkish troops entered the town of Jarablus on Monday.", EventType.ADVANCE)).hasSize(1);
    }

    @Test
    void anOffensiveInAPlaceIsNoNewAttackButOneAgainstAForceIs() {
        assertThat(events("The Syrian army continues the offensive in the Badiya desert.", EventType.ATTACK)).isEmpty();
        assertThat(events("Iraqi forces pressed on with their operation against Islamic State in west Mosul on Monday.",
                EventType.ATTACK)).hasSize(1);
    }

    @Test
    void surroundingVillagesAreNoSiege() {
        assertThat(events("Iraqi forces were waiting to retake the city's surrounding areas near Tal Afar.", EventType.SIEGE)).isEmpty();
        assertThat(events("Iraqi forces surrounded Tal Afar on Monday.", EventType.SIEGE)).hasSize(1);
    }

    @Test
    void oneHappeningToldTwiceIsOneEvent() {
        Extraction x = run("SDF captures Manbij\n\nThe Syrian Democratic Forces captured Manbij from Islamic State on Friday.");
        assertThat(x.events().stream().filter(e -> e.type() == EventType.CAPTURE)).hasSize(1);
    }

    @Test
    void everyEventKeepsItsSentence() {
        String text = "Calm returned.\nThe Syrian army entered Albu Kamal.";
        Extraction x = run(text);
        Event e = x.events().get(0);
        assertThat(e.provenance().sentenceIndex()).isEqualTo(1);
        assertThat(text.substring(e.provenance().start(), e.provenance().end())).isEqualTo("The Syrian army entered Albu Kamal.");
    }

    @Test
    void relationsFromWording() {
        List<Relation> r = run("An Iraqi Shia Muslim force backed by Iran took villages.\n"
                + "US-backed Syrian Kurdish groups hold the other side.\n"
                + "While reporting nominally to Iraq's Shia-led government, Popular Mobilisation keeps its own command.\n"
                + "Fighters from Lebanon's Hezbollah are working closely with Iranian military commanders.").relations();
        assertThat(r).extracting(x -> x.type() + " " + x.source() + " " + x.target()).contains(
                "BACKS IRN PMF", "BACKS USA SDF", "PART_OF PMF IRQ_GOV", "ALLIED HEZBOLLAH IRN");
        assertThat(r).allMatch(x -> x.type() != RelationType.ALLIED || x.source().compareTo(x.target()) < 0);
    }

    @Test
    void advisersAndTrainersBack() {
        List<Relation> r = run("Popular Mobilisation has Iranian military advisers in the field.\n"
                + "The Syrian Kurdish YPG was trained by US special forces.").relations();
        assertThat(r).extracting(x -> x.type() + " " + x.source() + " " + x.target()).contains("BACKS IRN PMF", "BACKS USA SDF");
    }

    @Test
    void aFrontedBackerBacksTheSubjectAfterTheCommaAndNoOneBacksItsEnemy() {
        List<Relation> r = run("Backed by the U.S.-led coalition, Iraqi troops stormed the town of Hit.\n"
                + "The army moved on Tikrit, an Islamic State stronghold, with air support from the U.S.-led coalition.").relations();
        assertThat(r).extracting(x -> x.type() + " " + x.source() + " " + x.target())
                .contains("BACKS COALITION IRQ_GOV").doesNotContain("BACKS COALITION IS");
    }

    @Test
    void clashesBetweenTwoSidesAreAnAttackOfTheFirstOnTheSecondAndNoAlliance() {
        Extraction x = run("Fierce clashes between the Turkish army and the SDF continued near Tal Abyad on Monday.");
        Event e = x.events().stream().filter(ev -> ev.type() == EventType.ATTACK).findFirst().orElseThrow();
        assertThat(e.actor()).isEqualTo("TUR");
        assertThat(e.target()).isEqualTo("SDF");
        assertThat(names(e)).containsExactly("Tal Abyad");
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.ALLIED);
    }

    @Test
    void eachSideCountedAmongTheDeadHasItsCasualties() {
        List<Event> passive = events("In the fighting, 67 members of the Iraqi security forces as well as 300 Islamic State fighters were killed.",
                EventType.CASUALTIES);
        assertThat(passive).extracting(Event::actor).containsExactlyInAnyOrder("IRQ_GOV", "IS");
        assertThat(passive).extracting(Event::count).containsExactlyInAnyOrder(67, 300);
        List<Event> active = events("A suicide bomber struck a checkpoint near Samarra, killing two soldiers and four Shia fighters.",
                EventType.CASUALTIES);
        assertThat(active).extracting(Event::actor).containsExactlyInAnyOrder("IRQ_GOV", "PMF");
    }

    @Test
    void countedGunmenOfANamedGroupAreThatGroupsDead() {
        Event e = one("Kurdish fighters killed 14 gunmen from the pro-Turkish factions near Tal Tamr on Monday.", EventType.CASUALTIES);
        assertThat(e.actor()).isEqualTo("SNA");
        assertThat(e.count()).isEqualTo(14);
    }

    @Test
    void deadKilledByASideAreThatSidesAttack() {
        String text = "Four Iraqi soldiers were killed by Islamic State militants near Baiji on Sunday.";
        assertThat(one(text, EventType.CASUALTIES).actor()).isEqualTo("IRQ_GOV");
        Event attack = one(text, EventType.ATTACK);
        assertThat(attack.actor()).isEqualTo("IS");
        assertThat(attack.target()).isEqualTo("IRQ_GOV");
        assertThat(names(attack)).containsExactly("Baiji");
        assertThat(events("Four Iraqi soldiers were killed near Baiji on Sunday.", EventType.ATTACK)).isEmpty();
    }

    @Test
    void wagingWarRespondingWithFireAndFiringRocketsAreAttacks() {
        Event war = one("Iraqi troops wage a fierce war with the militants in the eastern neighbourhoods of Mosul.", EventType.ATTACK);
        assertThat(war.actor()).isEqualTo("IRQ_GOV");
        assertThat(names(war)).containsExactly("Mosul");
        assertThat(one("The Islamic State responded with drones and rockets near Hajin.", EventType.ATTACK).actor()).isEqualTo("IS");
        assertThat(one("Syrian army forces fired rockets at Kurdish positions near Hasakeh.", EventType.ATTACK).actor()).isEqualTo("SYR_GOV");
    }

    @Test
    void isisWrittenAsAWordIsTheIslamicState() {
        assertThat(one("The raid in Qayyarah resulted in the death of dozens of Isis members.", EventType.CASUALTIES).actor()).isEqualTo("IS");
    }

    @Test
    void aNilTollIsNoCasualty() {
        assertThat(events("An officer said no coalition soldiers were injured in the shelling near Hit.", EventType.CASUALTIES)).isEmpty();
        assertThat(events("An officer said two coalition soldiers were injured in the shelling near Hit.", EventType.CASUALTIES))
                .extracting(Event::actor).contains("COALITION");
    }

    @Test
    void aTollToldAfterThePlaceIsLocatedByItAndReported() {
        Event e = one("Iraqi forces stormed the town of Hit on Monday.\nThree Iraqi soldiers were killed, an officer said.", EventType.CASUALTIES);
        assertThat(e.actor()).isEqualTo("IRQ_GOV");
        assertThat(names(e)).containsExactly("Hit");
        assertThat(e.confidence()).isGreaterThanOrEqualTo(Pipeline.DEFAULT_MIN_CONFIDENCE);
    }

    @Test
    void whereAWithdrawingForceGoesIsNotThePlaceItLeaves() {
        Event e = one("Islamic State fighters withdrew from Rutba and fled to the city of al-Qaim.", EventType.WITHDRAW);
        assertThat(names(e)).containsExactly("Rutba");
    }

    @Test
    void warplanesThatStrikeAreTheActor() {
        Event e = one("Russian warplanes hit rebel positions in Idlib on Tuesday.", EventType.ATTACK);
        assertThat(e.actor()).isEqualTo("RUS");
        assertThat(e.target()).isEqualTo("FSA");
    }

    @Test
    void aHyphenedBesiegerAndARecoveredControl() {
        Event siege = one("Kurdish fighters left the Turkish-besieged town of Ras al-Ain on Sunday.", EventType.SIEGE);
        assertThat(siege.actor()).isEqualTo("TUR");
        assertThat(names(siege)).containsExactly("Ras al-Ain");
        Event capture = one("The YPG said it had recovered full control of the town of Tal Abyad on Saturday.", EventType.CAPTURE);
        assertThat(capture.actor()).isEqualTo("SDF");
        assertThat(names(capture)).containsExactly("Tal Abyad");
    }

    @Test
    void aPurposeDoesNotCutTheScopeOfTheEventBeforeIt() {
        String text = "The Iraqi army launched an offensive on Monday to retake Mosul.";
        Event e = one(text, EventType.ATTACK);
        assertThat(e.actor()).isEqualTo("IRQ_GOV");
        assertThat(names(e)).containsExactly("Mosul");
        assertThat(events(text, EventType.CAPTURE)).isEmpty();
    }

    @Test
    void anActorQualifyingANounOfAttackIsTheAttacker() {
        Event strikes = one("Islamic State fighters took the town of Palmyra despite a wave of Russian airstrikes.", EventType.ATTACK);
        assertThat(strikes.actor()).isEqualTo("RUS");
        assertThat(strikes.target()).isEqualTo("IS");
        Event shelling = one("Turkish artillery shelling hit the town of Tal Abyad on Monday.", EventType.ATTACK);
        assertThat(shelling.actor()).isEqualTo("TUR");
        assertThat(names(shelling)).containsExactly("Tal Abyad");
    }

    @Test
    void aBackersStrikesAreSupportNotAnAttack() {
        assertThat(events("Kurdish peshmerga fighters backed by U.S. air strikes seized the town of Sinjar on Friday.", EventType.ATTACK))
                .isEmpty();
    }

    @Test
    void aFlightThatNamesOnlyWhereTheForceGoesIsNoWithdrawal() {
        assertThat(events("Iraqi forces stormed the town of Hit on Monday.\nThe Islamic State militants fled to nearby villages.",
                EventType.WITHDRAW)).isEmpty();
        assertThat(names(one("The Islamic State militants withdrew from the town of Hit on Monday.", EventType.WITHDRAW)))
                .containsExactly("Hit");
    }

    @Test
    void aFlightToNamedVillagesIsNoWithdrawalFromThem() {
        assertThat(events("Iraqi troops entered the town of Baiji on Sunday. The militants fled to the villages of Tal Kaif and"
                + " Bartella, officials said.", EventType.WITHDRAW)).isEmpty();
    }

    @Test
    void aStrongholdIsThePlaceItDescribesNotThePlaceItLiesNear() {
        Event named = one("Iraqi troops shelled Hit, an Islamic State stronghold near Ramadi, on Monday.", EventType.HOLD);
        assertThat(named.actor()).isEqualTo("IS");
        assertThat(names(named)).containsExactly("Hit");
        Event ofHolder = one("Iraqi troops shelled Hit, a bastion of the Islamic State near Ramadi, on Monday.", EventType.HOLD);
        assertThat(ofHolder.actor()).isEqualTo("IS");
        assertThat(names(ofHolder)).containsExactly("Hit");
    }

    @Test
    void anOperationToRetakeAPlaceIsAnAttackOnItAndNoCapture() {
        String text = "The Iraqi army's operation to retake Baiji began on Monday.";
        Event e = one(text, EventType.ATTACK);
        assertThat(e.actor()).isEqualTo("IRQ_GOV");
        assertThat(names(e)).containsExactly("Baiji");
        assertThat(events(text, EventType.CAPTURE)).isEmpty();
    }

    @Test
    void anAttackOnANamedSideIsReportedWithoutAPlace() {
        Event e = one("Turkey launched an offensive against the Kurdish YPG militia on October 9.", EventType.ATTACK);
        assertThat(e.target()).isEqualTo("SDF");
        assertThat(e.confidence()).isGreaterThanOrEqualTo(Pipeline.DEFAULT_MIN_CONFIDENCE);
        // a side the rules infer from the actor's enemies is no statement of the text
        assertThat(one("Turkey launched an offensive on October 9.", EventType.ATTACK).confidence())
                .isLessThan(Pipeline.DEFAULT_MIN_CONFIDENCE);
    }

    @Test
    void aHoldOfPartsOfACountryIsLocatedEnoughToBeReported() {
        Event e = one("Islamic State still controls parts of Iraq and Syria.", EventType.HOLD);
        assertThat(e.actor()).isEqualTo("IS");
        assertThat(e.confidence()).isGreaterThanOrEqualTo(Pipeline.DEFAULT_MIN_CONFIDENCE);
        assertThat(one("Islamic State controls the border town.", EventType.HOLD).confidence())
                .isGreaterThanOrEqualTo(Pipeline.DEFAULT_MIN_CONFIDENCE);
    }

    @Test
    void aPlaceOpeningASentenceBeforeIsHasWhatTheSentenceSays() {
        Event e = one("Raqqa is the de facto capital of Islamic State.", EventType.HOLD);
        assertThat(e.actor()).isEqualTo("IS");
        assertThat(names(e)).containsExactly("Raqqa");
    }

    @Test
    void gainsLeavingClosingInAndBombsInOtherWords() {
        Event gains = one("Kurdish peshmerga fighters made gains near the town of Gwer on Monday.", EventType.CAPTURE);
        assertThat(gains.actor()).isEqualTo("KRG");
        Event left = one("YPG fighters left the town of Tal Tamr on Sunday.", EventType.WITHDRAW);
        assertThat(left.actor()).isEqualTo("SDF");
        assertThat(names(left)).containsExactly("Tal Tamr");
        assertThat(events("YPG fighters left five dead behind them.", EventType.WITHDRAW)).isEmpty();
        Event inching = one("Iraqi forces are inching closer to Mosul.", EventType.ADVANCE);
        assertThat(inching.actor()).isEqualTo("IRQ_GOV");
        assertThat(names(inching)).containsExactly("Mosul");
        assertThat(one("The Syrian Democratic Forces were closing in on Baghouz on Saturday.", EventType.ADVANCE).actor()).isEqualTo("SDF");
        Event bomb = one("Islamic State militants detonated a car bomb in Hajin on Monday.", EventType.ATTACK);
        assertThat(bomb.actor()).isEqualTo("IS");
        assertThat(names(bomb)).containsExactly("Hajin");
        assertThat(one("The operation to liberate Tikrit was conducted by the Iraqi army.", EventType.ATTACK).actor()).isEqualTo("IRQ_GOV");
    }

    @Test
    void aStatesAdjectiveBeforeItsForcesNamesThatSide() {
        Event e = one("Syrian army troops shelled a Turkish observation post in the town of Morek on Tuesday.", EventType.ATTACK);
        assertThat(e.actor()).isEqualTo("SYR_GOV");
        assertThat(e.target()).isEqualTo("TUR");
        assertThat(names(e)).containsExactly("Morek");
        // without its forces after it, the adjective stays a description
        assertThat(one("Syrian army troops shelled the Turkish border near Morek on Tuesday.", EventType.ATTACK).target())
                .isNotEqualTo("TUR");
    }

    @Test
    void aPlaceOnlyInferredForAWithdrawalChangesNoHands() {
        String shelled = "Syrian army troops shelled rebel-held Idlib on Monday.\n";
        String inferred = shelled + "The rebels withdrew from the area on Tuesday.";
        assertThat(names(one(inferred, EventType.WITHDRAW))).containsExactly("Idlib");
        assertThat(events(inferred, EventType.HOLD)).hasSize(1);
        assertThat(events(shelled + "The rebels withdrew from Idlib on Tuesday.", EventType.HOLD)).isEmpty();
    }
}
