package org.frontline.actors;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every dictionary phrase in a text in one pass (Aho-Corasick), on whole words, keeping the longest
 * where phrases overlap. Acronyms match case-sensitively, everything else case-insensitively.
 * Thread-safe once built.
 */
public final class ActorMatcher {
    private final Trie exact;
    private final Trie folded;
    private final Map<String, ActorDictionary.Entry> byExact = new HashMap<>();
    private final Map<String, ActorDictionary.Entry> byFolded = new HashMap<>();
    private final Trie countryTrie;
    private final Map<String, String> countryOfWord = new HashMap<>();

    public ActorMatcher(ActorDictionary dictionary) {
        Trie.TrieBuilder exactBuilder = Trie.builder().onlyWholeWords();
        Trie.TrieBuilder foldedBuilder = Trie.builder().onlyWholeWords().ignoreCase();
        for (ActorDictionary.Entry e : dictionary.entries()) {
            if (e.caseSensitive()) {
                byExact.putIfAbsent(e.phrase(), e);
                exactBuilder.addKeyword(e.phrase());
            } else {
                byFolded.putIfAbsent(e.phrase().toLowerCase(Locale.ROOT), e);
                foldedBuilder.addKeyword(e.phrase());
            }
        }
        this.exact = exactBuilder.build();
        this.folded = foldedBuilder.build();
        Trie.TrieBuilder countries = Trie.builder().onlyWholeWords().ignoreCase();
        dictionary.countryWords().forEach((country, words) -> words.forEach(w -> {
            countryOfWord.put(w.toLowerCase(Locale.ROOT), country);
            countries.addKeyword(w);
        }));
        this.countryTrie = countries.build();
    }

    /** How many words of each country's {@code @country} list the text has: what country it is about. */
    public Map<String, Integer> countryWords(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Emit emit : countryTrie.parseText(text)) {
            counts.merge(countryOfWord.get(emit.getKeyword().toLowerCase(Locale.ROOT)), 1, Integer::sum);
        }
        return counts;
    }

    /** Mentions in text order, none overlapping another. */
    public List<ActorMention> find(String text) {
        List<ActorMention> all = new ArrayList<>();
        for (Emit emit : exact.parseText(text)) {
            all.add(new ActorMention(emit.getStart(), emit.getEnd() + 1, byExact.get(emit.getKeyword())));
        }
        for (Emit emit : folded.parseText(text)) {
            all.add(new ActorMention(emit.getStart(), emit.getEnd() + 1, byFolded.get(emit.getKeyword().toLowerCase(Locale.ROOT))));
        }
        // longest first, then leftmost: a greedy pass keeps the longest of overlapping phrases
        all.sort(Comparator.comparingInt((ActorMention m) -> m.start() - m.end()).thenComparingInt(ActorMention::start));
        List<ActorMention> kept = new ArrayList<>();
        for (ActorMention m : all) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(ActorMention::start));
        return kept;
    }
}
