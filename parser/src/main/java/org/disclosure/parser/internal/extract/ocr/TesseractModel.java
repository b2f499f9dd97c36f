package org.disclosure.parser.internal.extract.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Tesseract's Simplified Chinese model, shipped gzipped in the parser jar (the build fetches it: parser/ocr-model.sh)
 * and written once per JVM to a temporary tessdata directory, since Tesseract reads its models from files.
 */
final class TesseractModel {

    static final String LANGUAGE = "chi_sim";
    private static final String RESOURCE = "tessdata/" + LANGUAGE + ".traineddata.gz";

    private TesseractModel() {
    }

    /** The tessdata directory holding the model. */
    static Path directory() {
        return Holder.DIRECTORY;
    }

    private static final class Holder {
        static final Path DIRECTORY = unpack();
    }

    private static Path unpack() {
        try (InputStream packed = TesseractModel.class.getResourceAsStream(RESOURCE)) {
            if (packed == null) {
                throw new IllegalStateException("the OCR model " + RESOURCE + " is not on the classpath (parser/ocr-model.sh)");
            }
            Path directory = Files.createTempDirectory("disclosure-tessdata");
            Path model = directory.resolve(LANGUAGE + ".traineddata");
            try (InputStream in = new GZIPInputStream(packed)) {
                Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
            }
            model.toFile().deleteOnExit();
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the OCR model", e);
        }
    }
}
