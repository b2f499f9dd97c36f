package org.disclosure.parser.internal.report;

import java.util.regex.Pattern;
import org.disclosure.contracts.report.Region;
import org.disclosure.parser.internal.text.SourceDocument;

/**
 * Names the publishing agency. The title usually names it in full; when it names only a place
 * ("桦川县2021年…"), the signature at the end names the agency; failing that, a place that is a
 * county or city stands for its people's government ("伊春市友好区人民政府").
 */
public final class AgencyNamer {

    private static final Pattern INSTITUTION = Pattern.compile(
            ".*(人民政府|政府|办公室|办公厅|办事处|委员会|管委会|局|委|厅|办|中心|院|署|会|所|站|队|处|部|公司)");
    private static final int SIGNATURE_SEARCH_LINES = 8;
    private static final int MAX_SIGNATURE_LENGTH = 30;

    private AgencyNamer() {
    }

    /** Whether a name ends with the word for an institution, as agency names do and place names do not. */
    static boolean isInstitution(String name) {
        return !name.isEmpty() && INSTITUTION.matcher(name).matches();
    }

    public static String fromTitle(String issuer) {
        return isInstitution(issuer) ? issuer : null;
    }

    /** The name signed at the end of the report, above the date: a short line naming an institution. */
    public static String fromSignature(SourceDocument document) {
        int seen = 0;
        for (int line = document.lineCount() - 1; line >= 0 && seen < SIGNATURE_SEARCH_LINES; line--) {
            String text = document.normalizedLine(line);
            if (text.isEmpty()) continue;
            seen++;
            if (text.length() <= MAX_SIGNATURE_LENGTH && text.indexOf('。') < 0 && text.indexOf('，') < 0
                    && text.indexOf(',') < 0 && isInstitution(text) && !PublicationDateReader.isDate(text)) {
                return text;
            }
        }
        return null;
    }

    /** A place named alone stands for its people's government, named with its city as agencies sign. */
    public static String fromPlace(String place, Region region) {
        if (place.isEmpty() || region == null) return null;
        String name = place;
        if (region.county() != null && region.city() != null && !place.contains(region.city())
                && !region.city().equals(region.province())) {
            name = region.city() + place;
        }
        return name + "人民政府";
    }
}
