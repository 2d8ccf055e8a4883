package org.frontline.gazetteer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.text.Normalizer;

/**
 * The places and their name index: a Lucene index in memory with, per place, every name lower-cased
 * ({@code exact}) and folded by {@link PlaceNameAnalyzer} ({@code folded}). A search takes exact and folded
 * matches first and asks for fuzzy ones (edit distance on the folded keys) only when there are none, so
 * exact and folded matches always rank above fuzzy ones. Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final int MAX_HITS = 200;

    private final List<GazetteerEntry> places;
    private final IndexSearcher searcher;
    private final CountryBorders borders;

    private Gazetteer(List<GazetteerEntry> places, IndexSearcher searcher, CountryBorders borders) {
        this.places = places;
        this.searcher = searcher;
        this.borders = borders;
    }

    /** Indexes the places; the borders fill in missing countries and judge "on the border with" phrases. */
    public static Gazetteer of(List<GazetteerEntry> entries, CountryBorders borders) {
        List<GazetteerEntry> places = entries.stream()
                .map(p -> p.country() == null && borders != null ? p.withCountry(borders.countryAt(p.lat(), p.lon())) : p)
                .toList();
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            Analyzer keyword = new KeywordAnalyzer(); // fields are indexed pre-analysed, one term per name
            // LogDocMergePolicy merges adjacent segments only, so after forceMerge(1) a document's id is its place's index
            IndexWriterConfig config = new IndexWriterConfig(keyword).setMergePolicy(new LogDocMergePolicy())
                    .setRAMBufferSizeMB(64).setCommitOnClose(true);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (GazetteerEntry p : places) {
                    Document doc = new Document();
                    Set<String> exact = new HashSet<>();
                    Set<String> folded = new HashSet<>();
                    for (String n : p.names()) {
                        exact.add(exactKey(n));
                        String f = PlaceNameAnalyzer.fold(n);
                        if (!f.isEmpty()) {
                            folded.add(f);
                        }
                    }
                    exact.forEach(k -> doc.add(new StringField("exact", k, Field.Store.NO)));
                    folded.forEach(k -> doc.add(new StringField("folded", k, Field.Store.YES)));
                    w.addDocument(doc);
                }
                w.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            return new Gazetteer(places, new IndexSearcher(reader), borders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory name index", e); // memory does not fail so
        }
    }

    static String exactKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    public List<GazetteerEntry> places() {
        return places;
    }

    public int size() {
        return places.size();
    }

    public CountryBorders borders() {
        return borders;
    }

    public List<Candidate> search(String name, int limit) {
        return search(name, SearchContext.NONE, limit);
    }

    /** Candidates for a name, best first: exact and folded matches, else fuzzy ones; ranked in the context. */
    public List<Candidate> search(String name, SearchContext context, int limit) {
        String folded = PlaceNameAnalyzer.fold(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        Map<Integer, Candidate> found = new LinkedHashMap<>();
        hits(new TermQuery(new Term("exact", exactKey(name)))).forEach(i -> found.put(i, null));
        Set<Integer> exact = new HashSet<>(found.keySet());
        hits(new TermQuery(new Term("folded", folded))).forEach(i -> found.putIfAbsent(i, null));
        List<Candidate> out = new ArrayList<>();
        for (int i : found.keySet()) {
            out.add(CandidateScore.score(places.get(i), exact.contains(i) ? MatchKind.EXACT : MatchKind.FOLDED, 0,
                    folded, context, borders));
        }
        int maxEdits = folded.length() < 5 ? 0 : folded.length() < 10 ? 1 : 2;
        if (out.isEmpty() && maxEdits > 0) {
            for (int i : hits(new FuzzyQuery(new Term("folded", folded), maxEdits, 1, 50, true))) {
                GazetteerEntry p = places.get(i);
                int edits = p.names().stream().map(PlaceNameAnalyzer::fold).mapToInt(k -> EditDistance.of(k, folded))
                        .min().orElse(maxEdits);
                out.add(CandidateScore.score(p, MatchKind.FUZZY, edits, folded, context, borders));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
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
