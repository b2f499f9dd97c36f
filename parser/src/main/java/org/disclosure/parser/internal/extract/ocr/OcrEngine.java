package org.disclosure.parser.internal.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.tesseract.StringVector;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * One Tesseract instance pair: a text reader (Simplified Chinese, digits and punctuation included) and a number
 * reader restricted to digits. Tesseract instances are not thread-safe and take a moment to load, so engines are
 * lent out by {@link #acquire()} one per document and come back with {@link #close()}; there are never more
 * engines than documents read at once (parse-service bounds that with its worker pool).
 */
final class OcrEngine implements AutoCloseable {

    /** What a number cell may hold: digits, a decimal point (万元 amounts), and the blank marks "-" and "/". */
    static final String NUMBER_CHARACTERS = "0123456789.-/";

    private static final ConcurrentLinkedQueue<OcrEngine> IDLE = new ConcurrentLinkedQueue<>();

    /** Text Tesseract read from an image, and how sure it is (0–100). */
    record Reading(String text, float confidence) {
    }

    /** A line of text and its box in the image it was read from. */
    record Line(String text, float confidence, int left, int top, int right, int bottom) {
    }

    private final TessBaseAPI text;
    private final TessBaseAPI digits;

    private OcrEngine() {
        String tessdata = TesseractModel.directory().toString();
        text = open(tessdata);
        text.SetVariable("preserve_interword_spaces", "1");
        digits = open(tessdata);
        digits.SetVariable("tessedit_char_whitelist", NUMBER_CHARACTERS);
    }

    private static TessBaseAPI open(String tessdata) {
        TessBaseAPI api = new TessBaseAPI();
        // chi_sim names chi_sim_vert (vertical writing) as a sub-language; reports are printed horizontally
        int status;
        try (StringVector names = new StringVector("tessedit_load_sublangs");
                StringVector values = new StringVector("");
                BytePointer path = new BytePointer(tessdata);
                BytePointer language = new BytePointer(TesseractModel.LANGUAGE)) {
            status = api.Init(path, language, tesseract.OEM_LSTM_ONLY, (PointerPointer<?>) null, 0, names, values, false);
        }
        if (status != 0) {
            api.close();
            throw new IllegalStateException("Tesseract cannot load " + TesseractModel.LANGUAGE + " from " + tessdata);
        }
        api.SetVariable("debug_file", "/dev/null"); // Tesseract's warnings would go to stderr, one per odd image
        return api;
    }

    /** An idle engine, or a new one. */
    static OcrEngine acquire() {
        OcrEngine engine = IDLE.poll();
        return engine != null ? engine : new OcrEngine();
    }

    @Override
    public void close() {
        IDLE.offer(this);
    }

    /** One line (or a short block, {@code block}) of text. */
    Reading text(GrayImage image, boolean block) {
        text.SetPageSegMode(block ? tesseract.PSM_SINGLE_BLOCK : tesseract.PSM_SINGLE_LINE);
        return read(text, image);
    }

    /**
     * A number: digits only. Tesseract's line finder sometimes finds no line in a lone small digit; such a cell is
     * read again as a single word, then as a single character.
     */
    Reading number(GrayImage image) {
        for (int mode : new int[] {tesseract.PSM_SINGLE_LINE, tesseract.PSM_SINGLE_WORD, tesseract.PSM_SINGLE_CHAR}) {
            digits.SetPageSegMode(mode);
            Reading reading = read(digits, image);
            if (!reading.text().isBlank()) return reading;
        }
        return new Reading("", 0);
    }

    /** The lines of a block of running text, each with its box. */
    List<Line> lines(GrayImage image) {
        text.SetPageSegMode(tesseract.PSM_SINGLE_BLOCK);
        text.SetImage(image.pixels(), image.width(), image.height(), 1, image.width());
        List<Line> lines = new ArrayList<>();
        if (text.Recognize(null) != 0) return lines;
        try (ResultIterator iterator = text.GetIterator()) {
            if (iterator == null) return lines;
            IntPointer left = new IntPointer(1);
            IntPointer top = new IntPointer(1);
            IntPointer right = new IntPointer(1);
            IntPointer bottom = new IntPointer(1);
            do {
                BytePointer utf8 = iterator.GetUTF8Text(tesseract.RIL_TEXTLINE);
                if (utf8 == null) continue;
                String line = utf8.getString(java.nio.charset.StandardCharsets.UTF_8);
                utf8.deallocate();
                iterator.BoundingBox(tesseract.RIL_TEXTLINE, left, top, right, bottom);
                lines.add(new Line(line.strip(), iterator.Confidence(tesseract.RIL_TEXTLINE),
                        left.get(), top.get(), right.get(), bottom.get()));
            } while (iterator.Next(tesseract.RIL_TEXTLINE));
            left.close();
            top.close();
            right.close();
            bottom.close();
        } finally {
            text.Clear();
        }
        return lines;
    }

    private static Reading read(TessBaseAPI api, GrayImage image) {
        api.SetImage(image.pixels(), image.width(), image.height(), 1, image.width());
        try {
            BytePointer utf8 = api.GetUTF8Text();
            if (utf8 == null) return new Reading("", 0);
            String result = utf8.getString(java.nio.charset.StandardCharsets.UTF_8);
            utf8.deallocate();
            return new Reading(result.strip(), api.MeanTextConf());
        } finally {
            api.Clear();
        }
    }
}
