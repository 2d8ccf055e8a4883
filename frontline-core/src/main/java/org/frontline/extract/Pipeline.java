package org.frontline.extract;

import org.frontline.actors.ActorDictionary;
import org.frontline.actors.ActorMatcher;
import org.frontline.actors.ActorMention;
import org.frontline.actors.StandingRelations;
import org.frontline.extract.PlaceFinder.PlaceName;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.Extraction;
import org.frontline.model.Relation;
import org.frontline.model.Sentence;
import org.frontline.text.MatchText;
import org.frontline.text.SentenceSplitter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.model.RelationType;

/**
 * The extraction pipeline: an article in, its events and relations out, each tied to its sentence.
 * Stages: fold the text, split sentences, find actors (one Aho-Corasick pass over the article), dates and
 * place names per sentence, then events and relations by shallow rules.
 * Thread-safe: one instance serves all threads.
 */
public final class Pipeline {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ActorDictionary dictionary;
    private final ActorMatcher matcher;
    private final StandingRelations standing;
    private final DateResolver dates = new DateResolver();
    private final PlaceFinder placeFinder = new PlaceFinder();
    private final EventExtractor events;
    private final RelationExtractor relations;
    private final double minConfidence;

    /** Events below this confidence lack an actor named in their sentence or any word of where they happened. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.85;

    public Pipeline() {
        this(ActorDictionary.loadDefault(), DEFAULT_MIN_CONFIDENCE);
    }

    /**
     * @param dictionary    the actors to recognise
     * @param minConfidence events below it are not reported (0 reports every candidate)
     */
    public Pipeline(ActorDictionary dictionary, double minConfidence) {
        this.dictionary = dictionary;
        this.minConfidence = minConfidence;
        this.matcher = new ActorMatcher(dictionary);
        this.standing = StandingRelations.loadDefault();
        this.events = new EventExtractor(TriggerLexicon.loadDefault(), dates, placeFinder);
        this.relations = new RelationExtractor(matcher);
    }

    public Extraction extract(Article article) {
        String text = MatchText.fold(article.fullText());
        List<Sentence> sentences = splitter.split(text);
        List<ActorMention> mentions = matcher.find(text);
        Integer year = article.published() == null ? null : article.published().getYear();
        ArticleActors actors = new ArticleActors(text, mentions, dictionary, matcher, standing, year);
        // without a publication date, the latest full date the article gives places "on May 18" in its year
        LocalDate reference = article.published() != null ? article.published() : dates.latestFullDate(text);
        List<EventExtractor.Clause> clauses = new ArrayList<>(sentences.size());
        int next = 0;
        for (Sentence s : sentences) {
            List<ActorMention> inSentence = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).start() < s.start()) {
                next++;
            }
            for (int i = next; i < mentions.size() && mentions.get(i).end() <= s.end(); i++) {
                inSentence.add(actors.inSentence(mentions.get(i), s.start()));
            }
            List<PlaceName> places = new ArrayList<>();
            for (PlaceName p : placeFinder.find(s.text())) {
                if (inSentence.stream().noneMatch(m -> m.start() < p.end() && p.start() < m.end()
                        && m.kind() != ActorDictionary.Kind.STATE)) {
                    places.add(p);
                }
            }
            clauses.add(new EventExtractor.Clause(s, inSentence, dates.find(s.text(), article.published(), reference), places));
        }
        List<Event> found = events.extract(article, clauses, actors).stream()
                .filter(e -> e.confidence() >= minConfidence)
                .map(e -> e.date() == null && e.dateText() == null && article.published() != null ? e.withDate(article.published()) : e)
                .toList();
        List<Relation> stated = relations.extract(article, clauses, actors);
        for (ActorDictionary.AlliedAs rule : dictionary.alliedAs()) {
            boolean applies = stated.stream().anyMatch(r -> r.type() == RelationType.ALLIED
                    && Set.of(r.source(), r.target()).equals(Set.of(rule.member(), rule.ally())));
            if (applies) {
                found = found.stream().map(e -> e.withActors(rename(e.actor(), rule), rename(e.target(), rule))).toList();
                stated = stated.stream().map(r -> new Relation(r.type(), rename(r.source(), rule), rename(r.target(), rule),
                        r.evidence(), r.provenance(), r.confidence()).canonical()).distinct().toList();
            }
        }
        return new Extraction(article, found, stated);
    }

    private static String rename(String id, ActorDictionary.AlliedAs rule) {
        return rule.member().equals(id) ? rule.becomes() : id;
    }
}
