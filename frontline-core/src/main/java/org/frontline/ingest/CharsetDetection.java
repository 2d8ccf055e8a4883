package org.frontline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the character encoding of bytes that may not declare one. Order: a byte order mark, then UTF-8 when
 * the bytes are valid UTF-8 (other encodings almost never are, beyond plain ASCII), then what the caller knows
 * (an HTML meta declaration), then ICU's statistical detector, which knows the Arabic code pages
 * (windows-1256, ISO-8859-6) that the Mozilla-derived detectors lack.
 */
final class CharsetDetection {

    private CharsetDetection() {
    }

    /** Decodes plain text whose encoding is not declared. */
    static String decodeText(byte[] bytes) throws IngestException {
        return decode(bytes, null, false);
    }

    /**
     * Decodes bytes, using {@code declared} when there is no byte order mark and the bytes are not UTF-8.
     *
     * @param declared the encoding the document names for itself, null if none or unknown to Java
     * @param markup   whether the bytes are HTML or XML, whose tags the detector should skip
     */
    static String decode(byte[] bytes, Charset declared, boolean markup) throws IngestException {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            return strictDecode(bytes, bom.get()).orElseThrow(() ->
                    new IngestException("cannot decode: the bytes are not valid " + bom.get().name()
                            + " although the file starts with its byte order mark"));
        }
        Optional<String> utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        if (declared != null) {
            Optional<String> text = strictDecode(bytes, declared);
            if (text.isPresent()) {
                return text.get();
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Optional<Charset> charset = javaCharset(match.getName());
            Optional<String> text = charset.flatMap(c -> strictDecode(bytes, c));
            if (text.isPresent()) {
                return text.get();
            }
        }
        throw new IngestException("cannot decode: the bytes are not UTF-8 and fit no known character encoding");
    }

    /** The Java charset of an encoding name, empty if the name is unknown or unsupported. */
    static Optional<Charset> javaCharset(String name) {
        try {
            return name != null && Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    static Optional<Charset> byteOrderMark(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text if every byte decodes, without the byte order mark. */
    private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
