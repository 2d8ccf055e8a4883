package org.frontline.gazetteer;

import com.google.common.cache.CacheBuilder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places and their name index: a Lucene index in memory with, per place, every name lower-cased
 * ({@code exact}), folded by {@link PlaceNameAnalyzer} ({@code folded}) and folded with every short vowel alike
 * ({@code vowels}). A search takes exact and folded matches first; when there are none, the name without the kind
 * of site it ends in ("Fatha Bridge" as Fatha); then the same consonants with other vowels; and only then (or when
 * those are all outside the text's countries) fuzzy matches (edit distance on the folded keys). So a better kind
 * of match ranks above a worse one but for other vowels abroad. Thread-safe; immutable but for caches of lookups.
 */
public final class Gazetteer {
    private static final int MAX_HITS = 200;
    /** Fuzzy lookups remembered (the least recently used go first). News repeats its unknown names. */
    private static final int FUZZY_CACHE_SIZE = 50_000;
    /** Exact and folded lookups remembered, by name as written (the least recently used go first). */
    private static final int LOOKUP_CACHE_SIZE = 100_000;

    /** Compiled once: every name of every place is keyed when the index is built. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * Sites named after the town they are at: "Fatha Bridge", "Rabia border crossing". A dam is not among them:
     * Mosul Dam is 40 km from Mosul.
     */
    private static final Pattern SITE = Pattern.compile("(?i)\\s+(?:bridge|border crossing|crossing|checkpoint)$");
    /** Shorter folded keys have too many neighbours with other vowels ("kusur", "kasar"). */
    static final int VOWELS_MIN_LENGTH = 6;

    private final List<GazetteerEntry> places;
    /** Each place's distinct folded names, to count a fuzzy match's edits without folding again. */
    private final String[][] foldedNames;
    private final IndexSearcher searcher;
    /** The index's one segment: exact and folded lookups read its postings directly, without query machinery. */
    private final LeafReader leaf;
    private final CountryBorders borders;
    /** Folded key → places a fuzzy query finds for it: building Levenshtein automata is most of a lookup's cost. */
    private final Map<String, List<Integer>> fuzzyHits = CacheBuilder.newBuilder().maximumSize(FUZZY_CACHE_SIZE)
            .<String, List<Integer>>build().asMap();
    /**
     * Name → what a search finds for it before fuzzy matching ({@link Lookup}): a run looks the same names up again and
     * again (every story of a battle names its town), and each lookup folds the name through the analysis chain and
     * walks the terms dictionary two to five times.
     */
    private final Map<String, Lookup> lookups = CacheBuilder.newBuilder().maximumSize(LOOKUP_CACHE_SIZE)
            .<String, Lookup>build().asMap();

    private Gazetteer(List<GazetteerEntry> places, String[][] foldedNames, IndexSearcher searcher, CountryBorders borders) {
        this.places = places;
        this.foldedNames = foldedNames;
        this.searcher = searcher;
        this.leaf = searcher.getIndexReader().leaves().get(0).reader();
        this.borders = borders;
    }

    /** Indexes the places; the borders fill in missing countries and judge "on the border with" phrases. */
    public static Gazetteer of(List<GazetteerEntry> entries, CountryBorders borders) {
        return of(entries, PlaceNameAnalyzer::fold, borders);
    }

    /** As {@link #of(List, CountryBorders)}, with the names folded by {@code fold} (as {@link PlaceNameAnalyzer#fold} would). */
    static Gazetteer of(List<GazetteerEntry> entries, Function<String, String> fold, CountryBorders borders) {
        List<GazetteerEntry> places = entries.stream()
                .map(p -> p.country() == null && borders != null ? p.withCountry(borders.countryAt(p.lat(), p.lon())) : p)
                .toList();
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            Analyzer keyword = new KeywordAnalyzer(); // fields are indexed pre-analysed, one term per name
            // LogDocMergePolicy merges adjacent segments only, so after forceMerge(1) a document's id is its place's index
            // and without compound files: the merge policy would otherwise rewrite the one flushed compound segment
            // as a plain one, which was half the time of building the index
            IndexWriterConfig config = new IndexWriterConfig(keyword).setMergePolicy(new LogDocMergePolicy())
                    .setRAMBufferSizeMB(64).setUseCompoundFile(false).setCommitOnClose(true);
            String[][] foldedNames = new String[places.size()][];
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < places.size(); i++) {
                    GazetteerEntry p = places.get(i);
                    Document doc = new Document();
                    Set<String> exact = new HashSet<>();
                    Set<String> folded = new HashSet<>();
                    Set<String> vowels = new HashSet<>();
                    for (String n : p.names()) {
                        exact.add(exactKey(n));
                        String f = fold.apply(n);
                        if (!f.isEmpty()) {
                            folded.add(f);
                            vowels.add(PlaceNameAnalyzer.vowelKey(f));
                        }
                    }
                    exact.forEach(k -> doc.add(new StringField("exact", k, Field.Store.NO)));
                    folded.forEach(k -> doc.add(new StringField("folded", k, Field.Store.NO)));
                    vowels.forEach(k -> doc.add(new StringField("vowels", k, Field.Store.NO)));
                    foldedNames[i] = folded.toArray(String[]::new);
                    w.addDocument(doc);
                }
                w.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            return new Gazetteer(places, foldedNames, new IndexSearcher(reader), borders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory name index", e); // memory does not fail so
        }
    }

    static String exactKey(String name) {
        return WHITE_SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** The country borders the gazetteer scores with; null when built without them. */
    CountryBorders borders() {
        return borders;
    }

    public List<GazetteerEntry> places() {
        return places;
    }

    public int size() {
        return places.size();
    }

    public List<Candidate> search(String name, int limit) {
        return search(name, SearchContext.NONE, limit);
    }

    /**
     * Candidates for a name, best first: exact and folded matches, else those of the name without its site, else
     * those with other vowels, else (or when those are all abroad) fuzzy ones; ranked in the context.
     */
    public List<Candidate> search(String name, SearchContext context, int limit) {
        Lookup lookup = lookup(name);
        String folded = lookup.folded();
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        add(out, seen, lookup.exact(), MatchKind.EXACT, folded, context);
        add(out, seen, lookup.foldedHits(), MatchKind.FOLDED, folded, context);
        add(out, seen, lookup.townExact(), MatchKind.WITHOUT_SITE, lookup.townKey(), context);
        add(out, seen, lookup.townFolded(), MatchKind.WITHOUT_SITE, lookup.townKey(), context);
        add(out, seen, lookup.vowelHits(), MatchKind.VOWELS, folded, context);
        int maxEdits = folded.length() < 5 ? 0 : folded.length() < 10 ? 1 : 2;
        if (out.stream().allMatch(c -> c.match() == MatchKind.VOWELS && !inCountries(c, context)) && maxEdits > 0) {
            for (int i : fuzzyHits(folded, maxEdits)) {
                if (seen.add(i)) {
                    int edits = maxEdits;
                    for (String k : foldedNames[i]) {
                        edits = Math.min(edits, EditDistance.of(k, folded));
                    }
                    out.add(CandidateScore.score(places.get(i), MatchKind.FUZZY, edits, folded, context, borders));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Scores the places not yet among the candidates as matched this way. */
    private void add(List<Candidate> out, Set<Integer> seen, List<Integer> ids, MatchKind match, String folded, SearchContext context) {
        for (int i : ids) {
            if (seen.add(i)) {
                out.add(CandidateScore.score(places.get(i), match, 0, folded, context, borders));
            }
        }
    }

    private static boolean inCountries(Candidate c, SearchContext context) {
        return context.countries().isEmpty() || c.place().country() != null && context.countries().contains(c.place().country());
    }

    /** The same candidates ranked again in another context (no new lookups). */
    public List<Candidate> rerank(List<Candidate> candidates, SearchContext context) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(CandidateScore.score(c.place(), c.match(), c.edits(), c.folded(), context, borders));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /**
     * What a search finds for a name before fuzzy matching, none of which depends on the context: its folded key and the
     * places under its exact and folded keys; when there are none, those of the town a site is named after ("Fatha
     * Bridge"), under that town's folded key; when there are none either, those with the same consonants and other
     * vowels. Empty lists where a search does not look.
     */
    private record Lookup(String folded, List<Integer> exact, List<Integer> foldedHits,
                          String townKey, List<Integer> townExact, List<Integer> townFolded, List<Integer> vowelHits) {
    }

    private Lookup lookup(String name) {
        return lookups.computeIfAbsent(name, this::lookUp);
    }

    private Lookup lookUp(String name) {
        String folded = PlaceNameAnalyzer.fold(name);
        if (folded.isEmpty()) {
            return new Lookup(folded, List.of(), List.of(), folded, List.of(), List.of(), List.of());
        }
        List<Integer> exact = List.copyOf(postings("exact", exactKey(name)));
        List<Integer> foldedHits = List.copyOf(postings("folded", folded));
        String townKey = folded;
        List<Integer> townExact = List.of();
        List<Integer> townFolded = List.of();
        Matcher site = SITE.matcher(name);
        if (exact.isEmpty() && foldedHits.isEmpty() && site.find() && site.start() > 0) {
            String town = name.substring(0, site.start());
            townKey = PlaceNameAnalyzer.fold(town);
            townExact = List.copyOf(postings("exact", exactKey(town)));
            townFolded = townKey.isEmpty() ? List.of() : List.copyOf(postings("folded", townKey));
        }
        List<Integer> vowelHits = exact.isEmpty() && foldedHits.isEmpty() && townExact.isEmpty() && townFolded.isEmpty()
                && folded.length() >= VOWELS_MIN_LENGTH ? List.copyOf(postings("vowels", PlaceNameAnalyzer.vowelKey(folded))) : List.of();
        return new Lookup(folded, exact, foldedHits, townKey, townExact, townFolded, vowelHits);
    }

    private List<Integer> fuzzyHits(String folded, int maxEdits) {
        return fuzzyHits.computeIfAbsent(folded,
                key -> List.copyOf(hits(new FuzzyQuery(new Term("folded", key), maxEdits, 1, 50, true))));
    }

    private List<Integer> postings(String field, String key) {
        try {
            Terms terms = leaf.terms(field);
            TermsEnum te = terms == null ? null : terms.iterator();
            if (te == null || !te.seekExact(new BytesRef(key))) {
                return List.of();
            }
            List<Integer> ids = new ArrayList<>();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && ids.size() < MAX_HITS; d = docs.nextDoc()) {
                ids.add(d);
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory name index", e);
        }
    }

    private List<Integer> hits(Query q) {
        try {
            List<Integer> ids = new ArrayList<>();
            for (ScoreDoc d : searcher.search(q, MAX_HITS).scoreDocs) {
                ids.add(d.doc);
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory name index", e);
        }
    }
}
