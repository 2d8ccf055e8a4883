package org.frontline.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.frontline.model.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences: first into lines (paragraphs, headlines, captions) (a headline or a caption never runs
 * into the next paragraph), then each paragraph with OpenNLP's sentence model (UD English EWT).
 * Thread-safe: the model is shared, the detector (which keeps state) is one per thread.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** A line: pages keep one paragraph, caption or headline a line, and a sentence never spans two. */
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");

    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter() {
        SentenceModel model = loadModel();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(text);
        SentenceDetectorME me = detector.get();
        while (paragraph.find()) {
            String para = paragraph.group();
            if (para.isBlank()) {
                continue;
            }
            for (Span span : me.sentPosDetect(para)) {
                Span trimmed = span.trim(para);
                int start = paragraph.start() + trimmed.getStart();
                int end = paragraph.start() + trimmed.getEnd();
                if (end > start) {
                    sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
                }
            }
        }
        return sentences;
    }
}
