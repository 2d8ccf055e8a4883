package org.frontline.extract;

import org.frontline.actors.ActorDictionary;
import org.frontline.actors.ActorMatcher;
import org.frontline.actors.ActorMention;
import org.frontline.actors.StandingRelations;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The actors of one article and how prominent each is, so that a generic reference ("the militants",
 * "the army", "Kurdish forces") goes to the actor the article is about and the unnamed other side of an
 * event can be inferred from who fights whom.
 */
final class ArticleActors {
    private final Map<String, Integer> salience = new HashMap<>();
    private final Map<String, Integer> presence = new HashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    private final Map<String, Integer> countryWords = new HashMap<>();
    /** Where each actor is last named before a position: actor ids by the offsets of their named mentions. */
    private final TreeMap<Integer, String> named = new TreeMap<>();
    /** Article offsets of the sentence-relative copies of mentions the extractors work with. */
    private final Map<ActorMention, Integer> articleStarts = new IdentityHashMap<>();
    private final ActorDictionary dictionary;
    private final StandingRelations standing;
    private final Integer year;

    ArticleActors(String text, List<ActorMention> mentions, ActorDictionary dictionary, ActorMatcher matcher,
                  StandingRelations standing, Integer year) {
        this.dictionary = dictionary;
        this.standing = standing;
        this.year = year;
        for (ActorMention m : mentions) {
            if (!m.entry().generic() && m.kind() != ActorDictionary.Kind.STATE) {
                String id = m.entry().ids().get(0);
                salience.merge(id, 1, Integer::sum);
                firstSeen.putIfAbsent(id, m.start());
                named.put(m.start(), id);
            }
        }
        countryWords.putAll(matcher.countryWords(text));
        // the generic references count too, for the actor they resolve to, when telling who is in the story
        for (ActorMention m : mentions) {
            if (m.kind() != ActorDictionary.Kind.STATE) {
                String id = resolve(m);
                presence.merge(id, 1, Integer::sum);
                firstSeen.putIfAbsent(id, m.start());
            }
        }
    }

    /** A mention with offsets relative to the sentence starting at {@code sentenceStart}, still resolvable in the article. */
    ActorMention inSentence(ActorMention mention, int sentenceStart) {
        ActorMention relative = new ActorMention(mention.start() - sentenceStart, mention.end() - sentenceStart, mention.entry());
        articleStarts.put(relative, mention.start());
        return relative;
    }

    /**
     * The actor a mention stands for in this article: of the actors a generic reference may mean, the one
     * named last before it ("Turkey-backed rebels … the rebels"), else the most prominent one.
     */
    String resolve(ActorMention mention) {
        List<String> ids = mention.entry().ids();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        int start = articleStarts.getOrDefault(mention, mention.start());
        for (Map.Entry<Integer, String> before = named.lowerEntry(start); before != null;
             before = named.lowerEntry(before.getKey())) {
            if (ids.contains(before.getValue())) {
                return before.getValue();
            }
        }
        String best = ids.get(0);
        double bestScore = -1;
        for (String id : ids) {
            double score = salience.getOrDefault(id, 0) * 10.0 + homeScore(id);
            if (score > bestScore) {
                best = id;
                bestScore = score;
            }
        }
        return best;
    }

    private int homeScore(String id) {
        String home = dictionary.home(id);
        return home == null ? 0 : countryWords.getOrDefault(home, 0);
    }

    boolean hostile(String a, String b) {
        return standing.hostile(a, b, year);
    }

    /** The most prominent actor of the article that fights {@code actor}, or null. */
    String enemyOf(String actor) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : presence.entrySet()) {
            String other = e.getKey();
            if (other.equals(actor) || !standing.hostile(actor, other, year)) {
                continue;
            }
            int count = e.getValue();
            if (count > bestCount || (count == bestCount && firstSeen.get(other) < firstSeen.get(best))) {
                best = other;
                bestCount = count;
            }
        }
        return best;
    }
}
